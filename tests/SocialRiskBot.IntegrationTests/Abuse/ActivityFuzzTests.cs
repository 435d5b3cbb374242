using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using SocialRiskBot.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace SocialRiskBot.IntegrationTests.Abuse;

/// <summary>
/// Malformed and mutated activities of every kind the bot handles, POSTed with real channel tokens to the real
/// host: never a 500, never an exception in the logs, and a request the bot refuses (400, 401, 413) leaves
/// storage exactly as it was. The cases come from a seed, printed with every run; <c>SRB_FUZZ_SEED</c> replays
/// a run and <c>SRB_FUZZ_CASE</c> one case of it.
/// </summary>
public sealed class ActivityFuzzTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int Cases = 1_200;
    private const int DefaultSeed = 20261123;

    private FuzzHost _host = null!;

    public async Task InitializeAsync() => _host = await FuzzHost.StartAsync(new Dictionary<string, string?>
    {
        ["Bot:MaxActivityBytes"] = "2097152",

        // The limits would turn most of the fuzz into refusals; they have their own tests.
        ["Abuse:ReportsPerHour"] = "1000",
        ["Abuse:QuestionsPerMinute"] = "1000",
    });

    [Fact]
    public async Task Mutated_activities_never_get_a_500_never_log_an_exception_and_refused_ones_change_nothing()
    {
        var seed = int.TryParse(Environment.GetEnvironmentVariable("SRB_FUZZ_SEED"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var s) ? s : DefaultSeed;
        var only = int.TryParse(Environment.GetEnvironmentVariable("SRB_FUZZ_CASE"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var c) ? c : (int?)null;
        output.WriteLine($"Fuzz seed {seed} (replay with SRB_FUZZ_SEED={seed}, one case with SRB_FUZZ_CASE=<n>)");

        var failures = new List<string>();
        var statuses = new SortedDictionary<int, int>();
        var clock = Stopwatch.StartNew();
        var before = StorageSnapshot.Take(_host.DatabasePath);
        foreach (var number in only is { } one ? [one] : Enumerable.Range(0, Cases))
        {
            var fuzzCase = FuzzCase.Make(seed, number, _host);
            var logsBefore = _host.Logs.Failures.Count;
            var response = await _host.PostAsync(fuzzCase.Body, fuzzCase.Token);
            var status = (int)response.StatusCode;
            statuses[status] = statuses.GetValueOrDefault(status) + 1;
            var after = StorageSnapshot.Take(_host.DatabasePath);

            var problems = new List<string>();
            if (status >= 500 && status != 501)
            {
                problems.Add($"answered {status}");
            }

            if (_host.Logs.Failures.Count > logsBefore)
            {
                problems.Add("logged " + string.Join("\n", _host.Logs.Failures.Skip(logsBefore)));
            }

            if (status is 400 or 401 or 403 or 413 && after.DifferencesFrom(before) is { Count: > 0 } changed)
            {
                problems.Add($"answered {status} but changed storage: {string.Join(", ", changed.Take(5))}");
            }

            if (problems.Count > 0)
            {
                failures.Add($"case {number} (SRB_FUZZ_SEED={seed} SRB_FUZZ_CASE={number}) [{fuzzCase.What}]: {string.Join("; ", problems)}\n  body: {Excerpt(fuzzCase.Body)}");
            }

            before = after;
        }

        output.WriteLine($"{(only is null ? Cases : 1)} cases in {clock.Elapsed.TotalSeconds:0.0} s; statuses: {string.Join(", ", statuses.Select(p => $"{p.Key}×{p.Value}"))}; {before.Count} rows stored");
        Assert.True(failures.Count == 0, $"{failures.Count} of the fuzz cases failed (seed {seed}):\n{string.Join("\n", failures.Take(10))}");
        Assert.True(only is not null || statuses.Keys.Count(k => k is 200 or 400 or 401) == 3, "The fuzz should reach the turn (200) as well as the parser (400) and authentication (401).");
    }

    [Fact]
    public async Task A_body_over_Bot_MaxActivityBytes_gets_413_and_changes_nothing()
    {
        var activity = Valid("help");
        activity["text"] = new string('x', 2_200_000);
        var before = StorageSnapshot.Take(_host.DatabasePath);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, (await _host.PostAsync(activity)).StatusCode);
        Assert.Empty(StorageSnapshot.Take(_host.DatabasePath).DifferencesFrom(before));
        Assert.Empty(_host.Connector.Requests);
    }

    [Theory]
    [InlineData(100)]
    [InlineData(100_000)]
    public async Task Deeply_nested_json_gets_400_not_a_stack_overflow_and_changes_nothing(int depth)
    {
        var json = Valid("help").ToJsonString();
        var nested = new StringBuilder(json[..^1]).Append(",\"value\":");
        nested.Append('[', depth).Append(']', depth).Append('}');
        var before = StorageSnapshot.Take(_host.DatabasePath);

        var response = await _host.PostAsync(nested.ToString(), _host.TokenFor(null));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(StorageSnapshot.Take(_host.DatabasePath).DifferencesFrom(before));
        Assert.Empty(_host.Logs.Failures);
    }

    [Theory]
    [InlineData("{\"type\":\"message\",\"text\":\"\\uD800\"")]
    [InlineData("{\"type\":\"message\"")]
    [InlineData("\"message\"")]
    [InlineData("null")]
    [InlineData("{\"type\":\"message\",\"type\":\"invoke\"}")]
    public async Task Broken_json_gets_400_and_changes_nothing(string body)
    {
        var before = StorageSnapshot.Take(_host.DatabasePath);

        Assert.Equal(HttpStatusCode.BadRequest, (await _host.PostAsync(body, _host.TokenFor(null))).StatusCode);
        Assert.Empty(StorageSnapshot.Take(_host.DatabasePath).DifferencesFrom(before));
        Assert.Empty(_host.Logs.Failures);
    }

    [Fact]
    public async Task A_megabyte_story_inside_the_size_limit_gets_a_kind_refusal_a_card_Teams_accepts_and_nothing_stored()
    {
        // The report card is message "card-1", the one its submits name: a report has one live card.
        _host.Connector.Respond = (_, _) => Task.FromResult(new LoopbackResponse(201, """{"id":"card-1"}"""));
        var card = await SendAsync(Valid("report"));
        card = await SendAsync(Submit(card, new JsonObject { ["command"] = "report.category", ["category"] = "account-compromise" }));
        var before = StorageSnapshot.Take(_host.DatabasePath);
        var story = string.Concat(Enumerable.Repeat("Our account was taken over \u202E and \u200B posts ads. ", 25_000))[..1_000_000];

        var refusal = await SendAsync(Submit(card, new JsonObject
        {
            ["command"] = "report.details", ["platform"] = "instagram", ["whatHappened"] = story, ["urgency"] = "high",
        }));

        Assert.Contains("to 2,000 characters (it is 1,000,000 now)", refusal, StringComparison.Ordinal);
        Assert.True(Encoding.UTF8.GetByteCount(refusal) < 28 * 1024, $"The refusal card is {Encoding.UTF8.GetByteCount(refusal):N0} bytes: Teams refuses cards over 28 KB.");
        // Only the turn's bookkeeping (the activity id, for redeliveries) may change; the draft stays as it was.
        Assert.DoesNotContain(StorageSnapshot.Take(_host.DatabasePath).DifferencesFrom(before), d => !d.StartsWith("added rows_inboundactivities ", StringComparison.Ordinal));
        Assert.Empty(_host.Logs.Failures);
    }

    /// <summary>What the fuzzer found: each of these used to fail half-way through a turn with an exception in the log.</summary>
    [Theory]
    [InlineData("no from", "from", null)]
    [InlineData("from without id", "from", "{\"name\":\"Alex\"}")]
    [InlineData("conversation id of 9,000 characters", "conversation", "{\"id\":\"LONG\"}")]
    [InlineData("activity id with control characters", "id", "\"act-1\\u0000\\u001b[31m\"")]
    [InlineData("from id of 9,000 characters", "from", "{\"id\":\"LONG\"}")]
    public async Task Activities_no_Teams_client_sends_get_400_and_change_nothing(string what, string field, string? json)
    {
        var activity = Valid("help");
        if (json is null)
        {
            activity.Remove(field);
        }
        else
        {
            activity[field] = JsonNode.Parse(json.Replace("LONG", new string('a', 9_000), StringComparison.Ordinal));
        }

        var before = StorageSnapshot.Take(_host.DatabasePath);

        Assert.True(HttpStatusCode.BadRequest == (await _host.PostAsync(activity)).StatusCode, what);
        Assert.Empty(StorageSnapshot.Take(_host.DatabasePath).DifferencesFrom(before));
        Assert.Empty(_host.Logs.Failures);
        Assert.Empty(_host.Connector.Requests);
    }

    [Theory]
    [InlineData("entities")]
    [InlineData("membersAdded")]
    public async Task A_null_inside_a_list_is_ignored_not_a_crash(string list)
    {
        var activity = Valid("help");
        activity[list] = new JsonArray(null, new JsonObject { ["type"] = "clientInfo", ["id"] = "28:bot" });
        if (list == "membersAdded")
        {
            activity["type"] = "conversationUpdate";
        }

        Assert.Equal(HttpStatusCode.OK, (await _host.PostAsync(activity)).StatusCode);
        Assert.Empty(_host.Logs.Failures);
    }

    /// <summary>Posts the activity and returns the body of what the bot sent the connector in answer (a new card or a replaced one).</summary>
    private async Task<string> SendAsync(JsonObject activity)
    {
        var sent = _host.Connector.Requests.Count;
        Assert.Equal(HttpStatusCode.OK, (await _host.PostAsync(activity)).StatusCode);
        return Assert.Single(_host.Connector.Requests.Skip(sent)).Body;
    }

    /// <summary>A submit of the card in <paramref name="cardJson"/>: its draft and version, and the inputs.</summary>
    private JsonObject Submit(string cardJson, JsonObject inputs)
    {
        var token = System.Text.RegularExpressions.Regex.Match(cardJson, "\"draft\":\"([0-9a-f]+)\",\"version\":\"?(\\d+)");
        inputs["draft"] = token.Groups[1].Value;
        inputs["version"] = int.Parse(token.Groups[2].Value, CultureInfo.InvariantCulture);
        var activity = Valid(string.Empty);
        activity.Remove("text");
        activity["value"] = inputs;
        activity["replyToId"] = "card-1";
        return activity;
    }

    /// <summary>A message from Alex in personal chat, with a fresh id.</summary>
    private JsonObject Valid(string text)
    {
        var activity = ActivitySeeds.All[0](new Random(), _host.ServiceUrl);
        activity["from"] = new JsonObject { ["id"] = "29:alex", ["name"] = "Alex Wilber", ["aadObjectId"] = "aad-alex" };
        activity["conversation"] = new JsonObject { ["id"] = "a:personal-alex", ["conversationType"] = "personal", ["tenantId"] = ActivitySeeds.Tenant };
        activity["text"] = text;
        return activity;
    }

    private static string Excerpt(string body) => body.Length > 400 ? body[..400] + $"… ({body.Length} chars)" : body;

    public async Task DisposeAsync() => await _host.DisposeAsync();

    /// <summary>One case: the body and token to send and what was done to them, all from (seed, number).</summary>
    private sealed record FuzzCase(string Body, string? Token, string What)
    {
        public static FuzzCase Make(int seed, int number, FuzzHost host)
        {
            var random = new Random(unchecked((seed * 1_000_003) + number));
            var seedIndex = random.Next(ActivitySeeds.All.Count);
            var activity = ActivitySeeds.All[seedIndex](random, host.ServiceUrl);
            var what = $"seed activity {seedIndex}";
            if (random.Next(10) > 0)
            {
                what += ": " + ActivityMutator.Mutate(activity, random);
            }

            var body = activity.ToJsonString();
            string? token;
            switch (random.Next(20))
            {
                case 0:
                    token = null;
                    what += "; no token";
                    break;
                case 1:
                    token = host.TokenFor("https://smba.trafficmanager.net/emea/");
                    what += "; token for another service URL";
                    break;
                case 2:
                    body = body[..random.Next(body.Length)];
                    token = host.TokenFor(null);
                    what += "; body cut short";
                    break;
                default:
                    token = host.TokenFor(activity["serviceUrl"] is JsonValue v && v.TryGetValue<string>(out var url) ? url : null);
                    break;
            }

            return new FuzzCase(body, token, what);
        }
    }
}
