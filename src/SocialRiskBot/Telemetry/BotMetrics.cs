using System.Diagnostics.Metrics;

namespace SocialRiskBot.Telemetry;

/// <summary>
/// What an operator watches: turns and errors, FAQ outcomes, cases opened, SLA breaches, the outbox backlog and
/// training completions. Tags are bounded sets (kinds, ids from configuration), never free text.
/// </summary>
public sealed class BotMetrics
{
    private readonly Counter<long> _turns;
    private readonly Counter<long> _turnErrors;
    private readonly Histogram<double> _turnDuration;
    private readonly Counter<long> _commands;
    private readonly Counter<long> _faqQuestions;
    private readonly Counter<long> _casesOpened;
    private readonly Counter<long> _slaBreaches;
    private readonly Counter<long> _trainingCompletions;
    private OutboxBacklog _backlog = new(0, TimeSpan.Zero);

    public BotMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(BotTelemetry.Name);
        _turns = meter.CreateCounter<long>("socialriskbot.turns", "{turn}", "Activities handled, by type and outcome (ok, duplicate, error).");
        _turnErrors = meter.CreateCounter<long>("socialriskbot.turn.errors", "{turn}", "Turns that ended in the error boundary.");
        _turnDuration = meter.CreateHistogram<double>("socialriskbot.turn.duration", "ms", "Time to handle one activity.");
        _commands = meter.CreateCounter<long>("socialriskbot.commands", "{message}", "Messages by the command or card they carried.");
        _faqQuestions = meter.CreateCounter<long>("socialriskbot.faq.questions", "{question}", "FAQ questions by outcome: answered, suggested, fallback.");
        _casesOpened = meter.CreateCounter<long>("socialriskbot.cases.opened", "{case}", "Cases opened, by category and severity.");
        _slaBreaches = meter.CreateCounter<long>("socialriskbot.sla.breaches", "{breach}", "Service-level deadlines missed (escalated), by target and severity.");
        _trainingCompletions = meter.CreateCounter<long>("socialriskbot.training.completions", "{run}", "Quizzes finished, by module and result.");
        meter.CreateObservableGauge("socialriskbot.outbox.backlog", () => _backlog.Messages, "{message}", "Messages waiting in the outbox at the last delivery pass.");
        meter.CreateObservableGauge("socialriskbot.outbox.oldest_age", () => _backlog.OldestAge.TotalSeconds, "s", "Age of the oldest waiting message at the last delivery pass.");
    }

    public void TurnHandled(string? activityType, string outcome, TimeSpan duration)
    {
        var type = new KeyValuePair<string, object?>("activity.type", activityType ?? "none");
        var result = new KeyValuePair<string, object?>("outcome", outcome);
        _turns.Add(1, type, result);
        _turnDuration.Record(duration.TotalMilliseconds, type, result);
        if (outcome == TurnOutcomes.Error)
        {
            _turnErrors.Add(1, type);
        }
    }

    public void Command(string command) => _commands.Add(1, new KeyValuePair<string, object?>("command", command));

    public void FaqQuestion(string outcome) => _faqQuestions.Add(1, new KeyValuePair<string, object?>("outcome", outcome));

    public void CaseOpened(string category, string severity) =>
        _casesOpened.Add(1, new KeyValuePair<string, object?>("category", category), new KeyValuePair<string, object?>("severity", severity));

    public void SlaBreached(string target, string severity) =>
        _slaBreaches.Add(1, new KeyValuePair<string, object?>("target", target), new KeyValuePair<string, object?>("severity", severity));

    public void TrainingCompleted(string module, bool passed) =>
        _trainingCompletions.Add(1, new KeyValuePair<string, object?>("module", module), new KeyValuePair<string, object?>("result", passed ? "passed" : "not passed"));

    public void OutboxPass(OutboxBacklog backlog) => _backlog = backlog;
}
