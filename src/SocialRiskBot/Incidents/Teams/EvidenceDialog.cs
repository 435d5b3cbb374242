using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using SocialRiskBot.BotFramework.Hosting;
using SocialRiskBot.BotFramework.Schema;
using SocialRiskBot.Cards;
using SocialRiskBot.Conversations;
using SocialRiskBot.Evidence;
using SocialRiskBot.Incidents;
using SocialRiskBot.Organization.Teams;

namespace SocialRiskBot.Incidents.Teams;

/// <summary>
/// "View evidence" on a case card: Teams asks for a dialog (<c>task/fetch</c>), and the bot answers with one only
/// the responder who pressed sees, holding a short-lived signed download link per file. Anyone who may not act on
/// the case gets a one-line refusal in the dialog instead, and no link.
/// </summary>
public sealed class EvidenceDialog(
    CaseService cases,
    ResponderCheck responders,
    CaseCardComposer composer,
    EvidenceLinks links,
    CardRenderer cards,
    IOptions<EvidenceOptions> options,
    TimeProvider time)
{
    public const string InvokeName = "task/fetch";

    public async Task OnTaskFetchAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var data = turn.Activity.Value is { ValueKind: JsonValueKind.Object } value && value.TryGetProperty("data", out var d) && d.ValueKind == JsonValueKind.Object ? d : default;
        var caseNumber = data.ValueKind == JsonValueKind.Object && CardValues.Text(data, "command") == "case.evidence" ? CardValues.Text(data, "case") : null;
        var (incident, _) = CaseNumber.TryParse(caseNumber, out _) ? await cases.GetAsync(caseNumber!, cancellationToken).ConfigureAwait(false) : (null, null);
        if (incident is null)
        {
            turn.InvokeResponse = Message("That card doesn't point at a case I know.");
            return;
        }

        if (!await responders.MayActAsync(turn, incident.OwnerId, cancellationToken).ConfigureAwait(false))
        {
            turn.InvokeResponse = Message($"Only {composer.OwnerName(incident)}'s responders (and the risk committee) can open this case's evidence.");
            return;
        }

        if (incident.EvidenceFiles.Count == 0)
        {
            turn.InvokeResponse = Message($"Case {incident.CaseNumber} has no files.");
            return;
        }

        var now = time.GetUtcNow();
        var files = new List<EvidenceLinksCard.File>();
        foreach (var file in incident.EvidenceFiles)
        {
            var url = await links.CreateAbsoluteAsync(incident.CaseNumber, file.Id, now, cancellationToken).ConfigureAwait(false);
            files.Add(new EvidenceLinksCard.File(file.FileName, file.Kind, file.Size, CardTime.Local(file.AddedAt), file.Sha256, url.AbsoluteUri));
        }

        var lifetime = options.Value.LinkLifetime;
        var card = cards.Render(new EvidenceLinksCard(incident.CaseNumber, (int)lifetime.TotalMinutes, CardTime.Local(now + lifetime), files));
        turn.InvokeResponse = Task(new JsonObject
        {
            ["type"] = "continue",
            ["value"] = new JsonObject
            {
                ["title"] = $"Evidence for {incident.CaseNumber}",
                ["height"] = "medium",
                ["width"] = "medium",
                ["card"] = new JsonObject
                {
                    ["contentType"] = card.ContentType,
                    ["content"] = JsonNode.Parse(card.Content!.Value.GetRawText()),
                },
            },
        });
    }

    /// <summary>A dialog answer that is one line of text.</summary>
    public static InvokeResponse Message(string text) => Task(new JsonObject { ["type"] = "message", ["value"] = text });

    private static InvokeResponse Task(JsonObject task)
    {
        using var body = JsonDocument.Parse(new JsonObject { ["task"] = task }.ToJsonString());
        return new InvokeResponse(200, body.RootElement.Clone());
    }
}
