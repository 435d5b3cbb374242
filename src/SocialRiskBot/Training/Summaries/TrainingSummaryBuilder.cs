using SocialRiskBot.Organization;

namespace SocialRiskBot.Training.Summaries;

/// <summary>Completion evidence across everyone the bot knows, read from each user's training partition.</summary>
public sealed class TrainingSummaryBuilder(KnownLearners learners, TrainingStore store, TrainingCatalog catalog, DepartmentDirectory departments, TimeProvider time)
{
    public const string NoDepartment = "No department chosen";

    public async Task<TrainingSummary> BuildAsync(CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var standings = new List<TrainingStanding>();
        await foreach (var learner in learners.AllAsync(cancellationToken).ConfigureAwait(false))
        {
            var file = await store.LoadAsync(learner.UserKey, cancellationToken).ConfigureAwait(false);
            foreach (var module in catalog.Modules)
            {
                var progress = file.Module(module.Id).Value;
                var due = file.Invitations.Values.Where(i => i.Value.ModuleId == module.Id).Select(i => (DateOnly?)i.Value.DueDate).Min();
                var status = progress switch
                {
                    { Passed: true } => TrainingStanding.Passed,
                    { CurrentAttemptId: not null } => TrainingStanding.InProgress,
                    { Attempts: > 0 } => TrainingStanding.NotPassed,
                    _ => TrainingStanding.NotStarted,
                };
                standings.Add(new TrainingStanding(
                    learner.UserKey, file.Learner.Value.Name, learner.Profile.DepartmentId, module.Id, status, progress.BestPercent, progress.LastPercent,
                    progress.Attempts, progress.PassedAt, progress.PassedVersion, progress.LastFinishedAt, due,
                    due is { } d && !progress.Passed && d < today, file.Learner.Value.Unreachable));
            }
        }

        return new TrainingSummary(Completion(standings), standings);
    }

    private List<DepartmentCompletion> Completion(List<TrainingStanding> standings)
    {
        var groups = departments.All.Select(d => (Id: (string?)d.Id, d.Name)).ToList();
        if (standings.Any(s => departments.Find(s.DepartmentId) is null))
        {
            groups.Add((null, NoDepartment));
        }

        return
        [
            .. groups.Select(g =>
            {
                var mine = standings.Where(s => g.Id is null ? departments.Find(s.DepartmentId) is null : s.DepartmentId == g.Id).ToList();
                var assigned = mine.Where(s => s.Assigned).ToList();
                return new DepartmentCompletion(g.Id, g.Name, mine.Select(s => s.UserKey).Distinct().Count(), assigned.Count,
                    assigned.Count(s => s.Status == TrainingStanding.Passed), assigned.Count(s => s.Overdue));
            }),
        ];
    }
}
