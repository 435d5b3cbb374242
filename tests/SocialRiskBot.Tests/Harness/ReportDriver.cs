using System.Text.Json;
using System.Text.RegularExpressions;
using SocialRiskBot.BotFramework.Schema;

namespace SocialRiskBot.Tests.Harness;

/// <summary>Drives the report flow the way a reporter's Teams client does: press buttons, fill forms, read cards.</summary>
public sealed partial class ReportDriver(ConversationHarness bot)
{
    public const string TeamId = "19:team@thread.tacv2";
    public const string ItSecurityChannel = "19:it-security@thread.tacv2";
    public const string RiskCommitteeChannel = "19:risk-committee@thread.tacv2";

    /// <summary>The eleven departments; IT security and the risk committee have channels in one team.</summary>
    public static IReadOnlyDictionary<string, string?> Departments { get; } = Build();

    public async Task<(string CardId, Activity Card)> StartAsync()
    {
        var card = Assert.Single(await bot.SendAsync(bot.PersonalMessage("report")));
        Assert.Contains("report.category", Json(card), StringComparison.Ordinal);
        return (IdOf(card), card);
    }

    /// <summary>The message id the connector gave an activity the bot sent (ids are numbered in call order).</summary>
    public string IdOf(Activity sent) =>
        $"bot-msg-{bot.Connector.Calls.Select((c, i) => (c, i)).Single(x => ReferenceEquals(x.c.Activity, sent)).i + 1}";

    /// <summary>Submits a card as Teams does: its action's data (draft and version from the card) merged with the inputs.</summary>
    public Activity Submit(string cardId, Activity card, object inputs)
    {
        var values = JsonSerializer.SerializeToNode(inputs)!.AsObject();
        var token = Regex.Match(Json(card), "\"draft\":\"([0-9a-f]+)\",\"version\":\"?(\\d+)");
        values["draft"] = token.Groups[1].Value;
        values["version"] = int.Parse(token.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture);
        return bot.PersonalSubmit(values, cardId);
    }

    /// <summary>Submits and expects the card to be replaced in place.</summary>
    public async Task<Activity> SubmitAsync(string cardId, Activity card, object inputs)
    {
        var update = Assert.Single(await bot.SendAsync(Submit(cardId, card, inputs)));
        Assert.True(bot.Connector.Calls.Last().Method == HttpMethod.Put, $"Expected the card to be replaced in place, but the bot sent: {Json(update)}");
        return update;
    }

    /// <summary>A whole report of a hacked company Instagram account, named or anonymous; returns the case number.</summary>
    public async Task<string> ReportHackedAccountAsync(bool anonymous = false)
    {
        var (cardId, form) = await StartAsync();
        var details = await SubmitAsync(cardId, form, new { command = "report.category", category = "account-compromise" });
        var review = await SubmitAsync(cardId, details, new
        {
            command = "report.details", platform = "instagram", whatHappened = "Our Instagram posts crypto ads and nobody can log in.",
            officialAccount = "true", stillVisible = "true", urgency = "high",
        });
        return CaseNumberPattern().Match(Json(await SubmitAsync(cardId, review, new { command = "report.submit", anonymous = anonymous ? "true" : "false" }))).Value;
    }

    /// <summary>A responder pressing <c>case.&lt;action&gt;</c> on the case card in the IT security channel's thread, with the card's version and any inputs.</summary>
    public static Activity CaseCardPress(ConversationHarness bot, string caseNumber, string action, int version, string user, IReadOnlyDictionary<string, object>? inputs = null)
    {
        var values = new Dictionary<string, object> { ["command"] = "case." + action, ["case"] = caseNumber, ["version"] = version };
        foreach (var (key, value) in inputs ?? new Dictionary<string, object>())
        {
            values[key] = value;
        }

        var press = bot.ChannelMessage(string.Empty, ItSecurityChannel, user);
        press.From!.Name = null; // responders' names come from the roster, as in Teams
        press.Value = JsonSerializer.SerializeToElement(values);
        press.ReplyToId = "case-card-msg";
        return press;
    }

    public static string Json(Activity activity) =>
        activity.Attachments is { Count: > 0 } a ? JsonSerializer.Serialize(a[0].Content!.Value, BotJson.Wire.JsonElement) : activity.Text ?? string.Empty;

    [GeneratedRegex(@"SMR-\d{4}-\d{4,}")]
    public static partial Regex CaseNumberPattern();

    private static Dictionary<string, string?> Build()
    {
        (string Id, string Name, string? Channel)[] all =
        [
            ("it-security", "IT security", ItSecurityChannel), ("marketing", "Marketing", null), ("risk-committee", "Social-media risk committee", RiskCommitteeChannel),
            ("legal-compliance", "Legal & compliance", null), ("hr", "HR", null), ("communications", "Communications", null),
            ("customer-care", "Customer care", null), ("vendor-management", "Vendor management", null),
            ("corporate-security", "Corporate security", null), ("privacy", "Privacy & data protection", null), ("investor-relations", "Investor relations", null),
        ];
        var settings = new Dictionary<string, string?>();
        for (var i = 0; i < all.Length; i++)
        {
            settings[$"Departments:{i}:Id"] = all[i].Id;
            settings[$"Departments:{i}:Name"] = all[i].Name;
            if (all[i].Channel is { } channel)
            {
                settings[$"Departments:{i}:TeamId"] = TeamId;
                settings[$"Departments:{i}:ChannelId"] = channel;
            }
        }

        return settings;
    }
}
