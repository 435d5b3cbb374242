using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Trace;
using SocialRiskBot.Telemetry;
using SocialRiskBot.Tests.Harness;

namespace SocialRiskBot.Tests.Telemetry;

/// <summary>
/// What an operator sees of a turn: one span with its activity type, command and outcome, storage calls under it,
/// and the turn, FAQ, case, training and outbox metrics, all without a word of what the person typed.
/// </summary>
public sealed class TurnTelemetryTests : IAsyncDisposable
{
    private const string Secret = "can I post the Zanzibar merger plans on my personal TikTok";

    private readonly ConversationHarness _bot = new(settings: TrainingDriver.Settings());
    private readonly MetricsRecorder _metrics;
    private readonly List<Activity> _spans = [];
    private readonly TracerProvider _tracing;

    public TurnTelemetryTests()
    {
        _metrics = new MetricsRecorder(_bot.Services);
        _tracing = Sdk.CreateTracerProviderBuilder().AddSource([.. BotTelemetry.Sources]).AddInMemoryExporter(_spans).Build()!;
    }

    [Fact]
    public async Task A_help_message_is_one_turn_span_with_its_command_and_outcome_and_its_storage_calls_under_it()
    {
        var trace = await InTraceAsync(() => _bot.SendAsync(_bot.PersonalMessage("help")));

        var turn = Assert.Single(trace, s => s.OperationName == "bot.turn");
        Assert.Equal(("message", "Help", "ok"), (Tag(turn, "bot.activity.type"), Tag(turn, "bot.command"), Tag(turn, "bot.outcome")));
        var storage = trace.Where(s => s.Source.Name == SocialRiskBot.Storage.StorageTelemetry.Name).ToList();
        Assert.NotEmpty(storage);
        Assert.All(storage, s => Assert.Equal(turn.SpanId, s.ParentSpanId));
        Assert.All(storage, s => Assert.Equal("sqlite", Tag(s, "db.system")));
        Assert.Equal(1, _metrics.Sum("socialriskbot.turns", ("activity.type", "message"), ("outcome", "ok")));
        Assert.Equal(1, _metrics.Sum("socialriskbot.commands", ("command", "Help")));
        Assert.Single(_metrics.Of("socialriskbot.turn.duration"));
    }

    [Fact]
    public async Task A_repeated_activity_counts_as_a_duplicate_turn()
    {
        var message = _bot.PersonalMessage("help");
        await _bot.SendAsync(message);
        await _bot.SendAsync(message);

        Assert.Equal(1, _metrics.Sum("socialriskbot.turns", ("outcome", "duplicate")));
    }

    [Fact]
    public async Task A_failed_turn_is_an_error_span_and_counts_as_an_error()
    {
        _bot.Connector.Fault = (_, _) => throw new InvalidOperationException("the connector broke");

        var trace = await InTraceAsync(() => _bot.SendAsync(_bot.PersonalMessage("help")));

        var turn = Assert.Single(trace, s => s.OperationName == "bot.turn");
        Assert.Equal((ActivityStatusCode.Error, "error"), (turn.Status, Tag(turn, "bot.outcome")));
        Assert.Equal(1, _metrics.Sum("socialriskbot.turn.errors"));
    }

    [Fact]
    public async Task FAQ_outcomes_are_counted_and_no_span_or_measurement_carries_the_question()
    {
        var trace = await InTraceAsync(async () =>
        {
            await _bot.SendAsync(_bot.PersonalMessage("Can I say where I work on LinkedIn?"));
            await _bot.SendAsync(_bot.PersonalMessage("what is the airspeed velocity of an unladen swallow"));
            return await _bot.SendAsync(_bot.PersonalMessage(Secret));
        });

        Assert.Equal(1, _metrics.Sum("socialriskbot.faq.questions", ("outcome", "answered")));
        Assert.Equal(3, _metrics.Sum("socialriskbot.faq.questions"));
        var everything = trace.SelectMany(s => s.TagObjects.Select(t => t.Value?.ToString() ?? string.Empty).Append(s.DisplayName))
            .Concat(_metrics.Of("socialriskbot.faq.questions").SelectMany(m => m.Tags.Values));
        Assert.DoesNotContain(everything, v => v.Contains("Zanzibar", StringComparison.OrdinalIgnoreCase) || v.Contains("LinkedIn", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task A_sent_report_counts_one_case_by_category_and_severity_and_the_outbox_pass_reports_its_backlog()
    {
        await new ReportDriver(_bot).ReportHackedAccountAsync();
        Assert.Equal(1, _metrics.Sum("socialriskbot.cases.opened", ("category", "account-compromise")));
        Assert.Single(_metrics.Of("socialriskbot.cases.opened"), m => m.Tags["severity"].Length > 0);

        _bot.Connector.Fault = (_, _) => Task.FromResult(new HttpResponseMessage(System.Net.HttpStatusCode.BadGateway));
        await _bot.Services.GetRequiredService<SocialRiskBot.Outbox.OutboxDispatcher>().DispatchDueAsync(CancellationToken.None);
        _metrics.Observe();

        Assert.True(_metrics.Of("socialriskbot.outbox.backlog").Last().Value >= 1, "the undelivered case card waits in the outbox");
        Assert.True(_metrics.Of("socialriskbot.outbox.oldest_age").Last().Value >= 0);
    }

    [Fact]
    public async Task A_finished_quiz_counts_as_a_completion_of_its_module_with_its_result()
    {
        var alex = new TrainingDriver(_bot);
        var module = alex.Catalog.Modules[0].Id;

        await alex.TakeAsync(module);

        Assert.Equal(1, _metrics.Sum("socialriskbot.training.completions", ("module", module), ("result", "passed")));
    }

    private async Task<List<Activity>> InTraceAsync<T>(Func<Task<T>> turn)
    {
        using var source = new ActivitySource("SocialRiskBot.Tests.Telemetry");
        using var listener = new ActivityListener
        {
            ShouldListenTo = s => s.Name == source.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
        };
        ActivitySource.AddActivityListener(listener);
        using (var root = source.StartActivity("test")!)
        {
            await turn();
            _tracing.ForceFlush();
            return [.. _spans.Where(s => s.TraceId == root.TraceId)];
        }
    }

    private static string? Tag(Activity span, string name) => span.GetTagItem(name)?.ToString();

    public async ValueTask DisposeAsync()
    {
        _tracing.Dispose();
        _metrics.Dispose();
        await _bot.DisposeAsync();
    }
}
