using System.Text.Json;
using SocialRiskBot.BotFramework.Hosting;
using SocialRiskBot.BotFramework.Schema;
using SocialRiskBot.Cards;
using SocialRiskBot.Conversations;
using SocialRiskBot.Organization;
using SocialRiskBot.Organization.Teams;
using SocialRiskBot.Training;
using SocialRiskBot.Training.Campaigns;
using SocialRiskBot.Training.Outreach;
using SocialRiskBot.Training.Summaries;

namespace SocialRiskBot.Training.Teams;

/// <summary>
/// Admins' training commands: <c>assign &lt;module&gt; to &lt;department|everyone&gt; by &lt;date&gt;</c> (or the assign card) and
/// <c>report training</c>. Everyone else is told kindly that these are for admins.
/// </summary>
public sealed class TrainingAdminConversation(
    AdminCheck admins,
    CampaignAssigner assigner,
    TrainingCatalog catalog,
    DepartmentDirectory departments,
    KnownLearners learners,
    TrainingSummaryBuilder summaries,
    CardRenderer cards,
    TimeProvider time)
{
    internal const string AdminsOnly =
        "Assigning training and the training report are for admins (the risk committee). Type **train** to see your own training.";

    internal const string AlreadyAssigned = "That module is already assigned to the same people by the same date, so nothing changed.";

    /// <summary>The typed <c>assign</c>: alone, the assign card; with its words, the assignment (or how to write it).</summary>
    public async Task AssignAsync(TurnContext turn, AssignCommand command, CancellationToken cancellationToken)
    {
        if (!await admins.IsAdminAsync(turn, cancellationToken).ConfigureAwait(false))
        {
            await turn.SendAsync(Replies.Text(AdminsOnly), cancellationToken).ConfigureAwait(false);
            return;
        }

        if (command.Kind == AssignCommandKind.Form)
        {
            await turn.SendAsync(Replies.Card(cards.Render(Form())), cancellationToken).ConfigureAwait(false);
            return;
        }

        var (request, problem) = command.Kind == AssignCommandKind.Malformed
            ? (null, AssignCommand.HowToWrite)
            : AssignRequest.Check(command.Module, command.Audience, command.Due, catalog, departments, Today());
        await AssignAsync(turn, request, problem, fromCard: false, cancellationToken).ConfigureAwait(false);
    }

    /// <summary><c>train.assign</c>: the assign card sent.</summary>
    public async Task OnAssignCardAsync(TurnContext turn, JsonElement form, CancellationToken cancellationToken)
    {
        if (!await admins.IsAdminAsync(turn, cancellationToken).ConfigureAwait(false))
        {
            await turn.SendAsync(Replies.Text(AdminsOnly), cancellationToken).ConfigureAwait(false);
            return;
        }

        var (request, problem) = AssignRequest.Check(CardValues.Text(form, "module"), CardValues.Text(form, "scope"), CardValues.Text(form, "due"), catalog, departments, Today());
        await AssignAsync(turn, request, problem, fromCard: true, cancellationToken).ConfigureAwait(false);
    }

    public async Task ReportAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        if (!await admins.IsAdminAsync(turn, cancellationToken).ConfigureAwait(false))
        {
            await turn.SendAsync(Replies.Text(AdminsOnly), cancellationToken).ConfigureAwait(false);
            return;
        }

        var data = await summaries.BuildAsync(cancellationToken).ConfigureAwait(false);
        await turn.SendAsync(Replies.Card(cards.Render(Card(data))), cancellationToken).ConfigureAwait(false);
    }

    internal static TrainingSummaryCard Card(TrainingSummary data)
    {
        var assigned = data.Departments.Sum(d => d.Assigned);
        var done = data.Departments.Sum(d => d.Done);
        var overdue = data.Departments.Sum(d => d.Overdue);
        var modules = data.Standings.Where(s => s.Assigned).Select(s => s.ModuleId).Distinct().Count();
        var summary = assigned == 0
            ? "No training is assigned yet. Type **assign** to assign a module to a department or to everyone."
            : $"{TrainingCardComposer.Count(modules, "module")} assigned · {done} of {assigned} done ({Percent(done, assigned)}%) · {overdue} overdue. The full list: `report training --csv`.";
        return new TrainingSummaryCard(
            summary,
            [
                .. data.Departments.Where(d => d.People > 0 || d.Assigned > 0).Select(d =>
                {
                    var percent = Percent(d.Done, d.Assigned);
                    var line = d.Assigned == 0
                        ? $"{People(d.People)} · nothing assigned"
                        : $"{d.Done} of {d.Assigned} done ({percent}%) · {People(d.People)}";
                    return new TrainingSummaryCard.Department(d.Name, line, Math.Clamp(percent, 1, 99), 100 - Math.Clamp(percent, 1, 99), d.Overdue > 0, $"{d.Overdue} overdue");
                }),
            ],
            data.Unreachable > 0,
            $"{People(data.Unreachable)} could not be reached (they blocked or removed the bot). They are listed in the CSV export.");
    }

    private async Task AssignAsync(TurnContext turn, AssignRequest? request, string? problem, bool fromCard, CancellationToken cancellationToken)
    {
        if (request is null)
        {
            await turn.SendAsync(Replies.Text(problem!), cancellationToken).ConfigureAwait(false);
            if (fromCard)
            {
                await turn.SendAsync(Replies.Card(cards.Render(Form())), cancellationToken).ConfigureAwait(false);
            }

            return;
        }

        if (await assigner.AssignAsync(request, UserNames.KeyOf(turn), turn.Activity.From?.Name, cancellationToken).ConfigureAwait(false) is not { } campaign)
        {
            await turn.SendAsync(Replies.Text(AlreadyAssigned), cancellationToken).ConfigureAwait(false);
            return;
        }

        var inScope = 0;
        await foreach (var learner in learners.AllAsync(cancellationToken).ConfigureAwait(false))
        {
            inScope += learner.HasPersonalChat && campaign.Includes(learner.Profile.DepartmentId) ? 1 : 0;
        }

        var who = request.Department is null ? "everyone" : $"everyone in {request.Department.Name}";
        var notice = new TrainingNoticeCard(
            "Training assigned",
            $"**{request.Module.Title}** is assigned to {who}, due by {TrainingCardComposer.Date(request.DueDate)}. "
                + $"{(inScope == 1 ? "1 person gets" : $"{inScope} people get")} an invitation in their working hours, and reminders before the due date until they pass. "
                + "People who choose that department later are invited too. Type **report training** to follow completion.",
            []);
        var reply = Replies.Card(cards.Render(notice));
        if (fromCard)
        {
            await turn.ReplaceSubmittedCardAsync(reply, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await turn.SendAsync(reply, cancellationToken).ConfigureAwait(false);
        }
    }

    private TrainingAssignCard Form() => new(
        [.. catalog.Modules.Select(m => new CardChoice(m.Id, m.Title))],
        [new CardChoice(Campaign.Everyone, "Everyone"), .. departments.All.Select(d => new CardChoice(d.Id, d.Name))],
        Today().AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));

    private DateOnly Today() => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);

    private static string People(int count) => count == 1 ? "1 person" : $"{count} people";

    private static int Percent(int part, int whole) => whole == 0 ? 0 : part * 100 / whole;
}
