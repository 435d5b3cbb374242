using System.Globalization;

namespace SocialRiskBot.MixedBench;

/// <summary>
/// The organisation the bot is started with: eight departments, IT security and the risk committee with
/// channels in one team, and the simulated responders listed by Entra object id in the risk committee, whose
/// responders may act on every case (see ResponderCheck). The abuse limits are raised, not switched off.
/// </summary>
public static class BotSettings
{
    public const string TeamId = "19:bench-team@thread.tacv2";
    public const string ItSecurityChannel = "19:bench-it-security@thread.tacv2";
    public const string RiskCommitteeChannel = "19:bench-risk-committee@thread.tacv2";

    /// <summary>A responder's Entra object id: a GUID, as the department options require.</summary>
    public static string ResponderAadId(int responder) => $"00000000-0000-0000-0000-{responder.ToString("D12", CultureInfo.InvariantCulture)}";

    public static Dictionary<string, string> For(int responders)
    {
        (string Id, string Name, string? Channel)[] all =
        [
            ("it-security", "IT security", ItSecurityChannel), ("marketing", "Marketing", null), ("risk-committee", "Social-media risk committee", RiskCommitteeChannel),
            ("legal-compliance", "Legal & compliance", null), ("hr", "HR", null), ("communications", "Communications", null),
            ("customer-care", "Customer care", null), ("vendor-management", "Vendor management", null),
            ("corporate-security", "Corporate security", null), ("privacy", "Privacy & data protection", null), ("investor-relations", "Investor relations", null),
        ];
        var settings = new Dictionary<string, string>();
        for (var i = 0; i < all.Length; i++)
        {
            settings[$"Departments__{i}__Id"] = all[i].Id;
            settings[$"Departments__{i}__Name"] = all[i].Name;
            if (all[i].Channel is { } channel)
            {
                settings[$"Departments__{i}__TeamId"] = TeamId;
                settings[$"Departments__{i}__ChannelId"] = channel;
            }
        }

        var committee = Array.FindIndex(all, d => d.Id == "risk-committee");
        for (var r = 0; r < responders; r++)
        {
            settings[$"Departments__{committee}__Responders__{r}"] = ResponderAadId(r);
        }

        // Simulated people ask up to one question a second, far beyond what a person types; the limits stay on
        // (their counting is part of every measured question and report) but high enough never to refuse.
        settings["Abuse__QuestionsPerMinute"] = "1000";
        settings["Abuse__ReportsPerHour"] = "1000";
        return settings;
    }
}
