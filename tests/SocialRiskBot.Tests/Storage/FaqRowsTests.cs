using SocialRiskBot.Faq;
using SocialRiskBot.Storage.Tables;

namespace SocialRiskBot.Tests.Storage;

/// <summary>Questions already asked load as deployed bots hold them, and a change writes them back with the same columns.</summary>
public sealed class FaqRowsTests : IAsyncDisposable
{
    private const string Id = "202611-8dd2b3c4e5f6a7b8c4d2e1";

    private readonly StoredRows _rows = new();

    [Fact]
    public async Task An_asked_question_row_loads_is_listed_and_changes_in_the_same_shape()
    {
        var askedAt = new DateTimeOffset(2026, 11, 20, 9, 20, 0, TimeSpan.Zero);
        var stored = new TableRow("202611", "q|" + Id)
        {
            Properties = new Dictionary<string, object?>
            {
                ["Question"] = $$"""
                    {"id":"{{Id}}","text":"Can I say where I work on LinkedIn?","askerKey":"aad-alex","askedAt":"2026-11-20T09:20:00+00:00",
                     "outcome":1,"entryId":null,"bestGuessId":"linkedin-employer","confidence":0.61,"pickedEntryId":null,
                     "rejectedSuggestions":false,"helpful":null,"policyTeam":null,"shownEntryId":null,"isGap":true}
                    """,
                ["Outcome"] = "DidYouMean",
                ["AskedAt"] = askedAt,
            },
        };
        await _rows.PutAsync(AskedQuestionStore.TableName, stored);
        var questions = _rows.Get<AskedQuestionStore>();

        var (question, etag) = await questions.GetAsync(Id, CancellationToken.None);
        Assert.NotNull(etag);
        Assert.Equal(("Can I say where I work on LinkedIn?", AskedOutcome.DidYouMean, "linkedin-employer", askedAt), (question!.Text, question.Outcome, question.BestGuessId, question.AskedAt));
        var listed = Assert.Single(await questions.SinceAsync(askedAt.AddDays(-1), StoredRows.Now, CancellationToken.None).ToListAsync());
        Assert.Equal(Id, listed.Question.Id);

        var picked = await questions.UpdateAsync(Id, q => q with { PickedEntryId = "linkedin-employer" }, CancellationToken.None);

        Assert.Equal("linkedin-employer", picked!.PickedEntryId);
        var written = await _rows.ReadAsync(AskedQuestionStore.TableName, "202611", "q|" + Id);
        Assert.Equal(StoredRows.Shape(stored), StoredRows.Shape(written));
        Assert.Equal(("DidYouMean", askedAt), (written.Properties["Outcome"], written.Properties["AskedAt"]));
    }

    public ValueTask DisposeAsync() => _rows.DisposeAsync();
}
