using System.Text.Json.Nodes;

namespace SocialRiskBot.IntegrationTests.Abuse;

/// <summary>
/// Well-formed activities of every kind the bot handles, as Teams sends them: typed commands and free text,
/// card submits (<c>report.*</c>, <c>case.*</c>, <c>train.*</c>, <c>faq.*</c>, <c>relay.answer</c>,
/// <c>settings.save</c>), install events and the <c>task/fetch</c> invoke. The fuzzer mutates copies of them.
/// </summary>
internal static class ActivitySeeds
{
    public const string Tenant = "tenant-fuzz";

    private static readonly string[] Users = ["29:alex", "29:sam", "29:lee"];

    public static IReadOnlyList<Func<Random, string, JsonObject>> All { get; } =
    [
        (r, url) => Message(r, url, "help"),
        (r, url) => Message(r, url, "report"),
        (r, url) => Message(r, url, "my reports"),
        (r, url) => Message(r, url, "settings"),
        (r, url) => Message(r, url, "train"),
        (r, url) => Message(r, url, "refresh"),
        (r, url) => Message(r, url, "cancel"),
        (r, url) => Message(r, url, "ask can I say where I work on LinkedIn?"),
        (r, url) => Message(r, url, "can I post a photo from the office party?"),
        (r, url) => Message(r, url, "faq gaps"),
        (r, url) => Message(r, url, "assign account-security to everyone by 2030-01-31"),
        (r, url) => Submit(r, url, new JsonObject { ["command"] = "report.category", ["draft"] = "0123456789abcdef", ["version"] = 1, ["category"] = "account-compromise" }),
        (r, url) => Submit(r, url, new JsonObject
        {
            ["command"] = "report.details", ["draft"] = "0123456789abcdef", ["version"] = "2", ["platform"] = "instagram", ["link"] = "https://instagram.com/p/1",
            ["noticedDate"] = "2026-11-23", ["noticedTime"] = "14:30", ["whatHappened"] = "Our account posts crypto ads.",
            ["stillVisible"] = "true", ["personalData"] = "false", ["officialAccount"] = "true", ["mediaAttention"] = "false", ["urgency"] = "high",
        }),
        (r, url) => Submit(r, url, new JsonObject { ["command"] = "report.submit", ["draft"] = "0123456789abcdef", ["version"] = 3, ["anonymous"] = "true" }),
        (r, url) => Submit(r, url, new JsonObject { ["command"] = "report.edit", ["draft"] = "0123456789abcdef", ["version"] = 3 }),
        (r, url) => Submit(r, url, new JsonObject { ["command"] = "report.cancel", ["draft"] = "0123456789abcdef", ["version"] = 1 }),
        (r, url) => Submit(r, url, new JsonObject { ["command"] = "report.files", ["case"] = "SMR-2026-0001" }),
        (r, url) => Submit(r, url, new JsonObject { ["command"] = "case.acknowledge", ["case"] = "SMR-2026-0001", ["version"] = 1 }, channel: true),
        (r, url) => Submit(r, url, new JsonObject { ["command"] = "case.note", ["case"] = "SMR-2026-0001", ["version"] = 2, ["note"] = "Called the platform." }, channel: true),
        (r, url) => Submit(r, url, new JsonObject { ["command"] = "case.ask", ["case"] = "SMR-2026-0001", ["version"] = 2, ["question"] = "Which account?" }, channel: true),
        (r, url) => Submit(r, url, new JsonObject
        {
            ["command"] = "case.resolve", ["case"] = "SMR-2026-0001", ["version"] = 3, ["resolution"] = "Password reset.",
            ["trainingModule"] = "account-security", ["trainingScope"] = "department", ["trainingDue"] = "2030-01-01",
        }, channel: true),
        (r, url) => Submit(r, url, new JsonObject { ["command"] = "case.severity", ["case"] = "SMR-2026-0001", ["version"] = 2, ["severity"] = "critical" }, channel: true),
        (r, url) => Submit(r, url, new JsonObject { ["command"] = "case.reroute", ["case"] = "SMR-2026-0001", ["version"] = 2, ["department"] = "legal-compliance" }, channel: true),
        (r, url) => Submit(r, url, new JsonObject { ["command"] = "train.start", ["module"] = "account-security" }),
        (r, url) => Submit(r, url, new JsonObject { ["command"] = "train.answer", ["run"] = "run-1", ["index"] = 0, ["choice"] = "1", ["version"] = 1 }),
        (r, url) => Submit(r, url, new JsonObject { ["command"] = "train.next", ["run"] = "run-1", ["version"] = 2 }),
        (r, url) => Submit(r, url, new JsonObject { ["command"] = "train.assign", ["module"] = "account-security", ["scope"] = "everyone", ["due"] = "2030-01-31" }),
        (r, url) => Submit(r, url, new JsonObject { ["command"] = "faq.show", ["entry"] = "linkedin-employer", ["question"] = "q-1" }),
        (r, url) => Submit(r, url, new JsonObject { ["command"] = "faq.feedback", ["question"] = "q-1", ["entry"] = "linkedin-employer", ["helpful"] = "true" }),
        (r, url) => Submit(r, url, new JsonObject { ["command"] = "faq.topic", ["topic"] = "personal-accounts" }),
        (r, url) => Submit(r, url, new JsonObject { ["command"] = "faq.askteam", ["question"] = "q-1" }),
        (r, url) => Submit(r, url, new JsonObject { ["command"] = "faq.answer", ["question"] = "q-1", ["answer"] = "Yes, with care." }, channel: true),
        (r, url) => Submit(r, url, new JsonObject { ["command"] = "relay.answer", ["case"] = "SMR-2026-0001", ["question"] = "1", ["answer"] = "The main one." }),
        (r, url) => Submit(r, url, new JsonObject { ["command"] = "settings.save", ["department"] = "hr", ["reminders"] = "true" }),
        (r, url) => Submit(r, url, new JsonObject { ["command"] = "ask", ["question"] = "can I post photos?" }),
        (r, url) => WithBase(r, url, "conversationUpdate", a => a["membersAdded"] = new JsonArray(new JsonObject { ["id"] = "28:bot" }, new JsonObject { ["id"] = a["from"]!["id"]!.GetValue<string>() })),
        (r, url) => WithBase(r, url, "conversationUpdate", a => a["membersRemoved"] = new JsonArray(new JsonObject { ["id"] = "28:bot" })),
        (r, url) => WithBase(r, url, "installationUpdate", a => a["action"] = r.Next(2) == 0 ? "add" : "remove"),
        (r, url) => WithBase(r, url, "invoke", a =>
        {
            a["name"] = "task/fetch";
            a["value"] = new JsonObject { ["data"] = new JsonObject { ["command"] = "case.evidence", ["case"] = "SMR-2026-0001" } };
        }, channel: true),
    ];

    private static JsonObject Message(Random random, string serviceUrl, string text) =>
        WithBase(random, serviceUrl, "message", a => a["text"] = text);

    private static JsonObject Submit(Random random, string serviceUrl, JsonObject value, bool channel = false) =>
        WithBase(random, serviceUrl, "message", a =>
        {
            a["value"] = value;
            a["replyToId"] = "card-" + random.Next(1000);
        }, channel);

    private static JsonObject WithBase(Random random, string serviceUrl, string type, Action<JsonObject> shape, bool channel = false)
    {
        var user = Users[random.Next(Users.Length)];
        var conversation = channel
            ? new JsonObject { ["id"] = "19:it-security@thread.tacv2;messageid=17000", ["conversationType"] = "channel", ["isGroup"] = true, ["tenantId"] = Tenant }
            : new JsonObject { ["id"] = "a:personal-" + user[3..], ["conversationType"] = "personal", ["tenantId"] = Tenant };
        var activity = new JsonObject
        {
            ["type"] = type,
            ["id"] = $"fuzz-{random.Next():x8}{random.Next():x8}",
            ["timestamp"] = "2026-11-23T14:30:00.000Z",
            ["localTimezone"] = "Europe/London",
            ["channelId"] = "msteams",
            ["serviceUrl"] = serviceUrl,
            ["from"] = new JsonObject { ["id"] = user, ["name"] = "Fuzz " + user[3..], ["aadObjectId"] = "aad-" + user[3..] },
            ["recipient"] = new JsonObject { ["id"] = "28:bot", ["name"] = "SocialRiskBot" },
            ["conversation"] = conversation,
            ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = Tenant } },
            ["entities"] = new JsonArray(new JsonObject { ["type"] = "clientInfo", ["locale"] = "en-US", ["timezone"] = "Europe/London" }),
            ["locale"] = "en-US",
        };
        shape(activity);
        return activity;
    }
}
