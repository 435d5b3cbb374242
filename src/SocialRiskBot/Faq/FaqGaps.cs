using Microsoft.Extensions.Options;
using SocialRiskBot.Faq.Search;

namespace SocialRiskBot.Faq;

/// <summary>
/// For content owners: the questions the FAQ did not answer (or answered unhelpfully), grouped when they mean
/// the same thing (by the sentence model, so "expense linkedin premium" and "who pays for my LinkedIn
/// subscription" meet), each group with its count, the entry closest to it and what to do about it; and the
/// policy teams' answers waiting to be added to <c>content/faq.yaml</c>.
/// </summary>
public sealed class FaqGaps(AskedQuestionStore questions, FaqLibrary library, IOptionsMonitor<FaqOptions> options, TimeProvider time)
{
    public async Task<FaqGapsReport> BuildAsync(TimeSpan window, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var gaps = new List<AskedQuestion>();
        var answered = new List<PolicyAnswer>();
        await foreach (var (question, _) in questions.SinceAsync(now - window, now, cancellationToken).ConfigureAwait(false))
        {
            if (question.PolicyTeam is { IsAnswered: true } team)
            {
                answered.Add(new PolicyAnswer(question.Text, team.Answer!, team.DepartmentId, team.AnsweredBy!, team.AnsweredAt!.Value, Advice(question)));
            }

            if (question.IsGap)
            {
                gaps.Add(question);
            }
        }

        var snapshot = library.Current;
        var vectors = await snapshot.Vectors.Value.WaitAsync(cancellationToken).ConfigureAwait(false);
        var groups = GapGrouping.Group(gaps, library.Semantics.Encoder, cancellationToken);
        return new FaqGapsReport(
            window,
            [.. groups.Select(g => g.ToGap(snapshot.Content.Entries, vectors)).OrderByDescending(g => g.Count).ThenBy(g => g.Examples[0], StringComparer.Ordinal)],
            [.. answered.OrderByDescending(a => a.AnsweredAt)]);
    }

    /// <summary>Where a policy team's answer might go in the content.</summary>
    private string Advice(AskedQuestion question)
    {
        var near = question.ShownEntryId ?? (question.Confidence >= options.CurrentValue.SuggestThreshold ? question.BestGuessId : null);
        return library.Current.Find(near ?? string.Empty) is { } entry
            ? question.Helpful == false || question.RejectedSuggestions
                ? $"a new entry next to '{entry.Id}' (topic {entry.Topic}), which did not answer it"
                : $"an alternate of '{entry.Id}' if the answer is the same, or a new entry in topic {entry.Topic}"
            : "a new entry";
    }
}

/// <summary>What <see cref="FaqGaps"/> found over <see cref="Window"/>.</summary>
public sealed record FaqGapsReport(TimeSpan Window, IReadOnlyList<FaqGap> Gaps, IReadOnlyList<PolicyAnswer> Answers)
{
    public int Unanswered => Gaps.Sum(g => g.Unanswered);

    public int NotHelpful => Gaps.Sum(g => g.NotHelpful);
}

/// <summary>Questions meaning the same that the FAQ did not answer: how many, of which kind, a few as asked, and what to do about them.</summary>
/// <param name="Closest">The entry closest in meaning to the group, if any comes near.</param>
/// <param name="Advice">Add the questions as alternates of that entry, or write a new one.</param>
public sealed record FaqGap(int Count, int Unanswered, int NotHelpful, IReadOnlyList<string> Examples, FaqEntry? Closest, string Advice)
{
    public const int MaxExamples = 3;
}

/// <summary>A policy team's answer to an employee's question, and where it might go in the FAQ.</summary>
public sealed record PolicyAnswer(string Question, string Answer, string DepartmentId, string AnsweredBy, DateTimeOffset AnsweredAt, string Advice);
