using System.Text.Json;
using SocialRiskBot.BotFramework.Hosting;
using SocialRiskBot.Conversations;
using SocialRiskBot.Organization;
using SocialRiskBot.Training;
using SocialRiskBot.Training.Campaigns;
using SocialRiskBot.Training.Teams;

namespace SocialRiskBot.Incidents.Teams;

/// <summary>
/// The learning loop on a case card: the training a responder may assign when resolving, read from the resolve
/// form, checked like an admin's <c>assign</c>, and turned into a training campaign.
/// </summary>
public sealed class CaseTrainingAssignment(TrainingCatalog catalog, DepartmentDirectory departments, CampaignAssigner assigner, TimeProvider time)
{
    /// <returns>No request and no problem when the responder chose no training.</returns>
    public (AssignRequest? Request, string? Problem) Read(JsonElement form)
    {
        var module = CardValues.Text(form, "trainingModule");
        if (module is null or CaseCardComposer.NoTraining)
        {
            return (null, null);
        }

        if (CardValues.Text(form, "trainingScope") is not { } scope)
        {
            return (null, "Choose who should take the training (a department, or everyone), or choose No training.");
        }

        return AssignRequest.Check(module, scope, CardValues.Text(form, "trainingDue"), catalog, departments, DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime));
    }

    /// <summary>For the case history: "Keeping company accounts safe to Marketing, due Tue 8 Dec 2026".</summary>
    public static string Describe(AssignRequest request) =>
        $"{request.Module.Title} to {request.Department?.Name ?? "everyone"}, due {TrainingCardComposer.Date(request.DueDate)}";

    /// <summary>Idempotent: the same module, people and date make the same campaign.</summary>
    public Task AssignAsync(AssignRequest request, TurnContext turn, string actorName, CancellationToken cancellationToken) =>
        assigner.AssignAsync(request, UserNames.KeyOf(turn), actorName, cancellationToken);
}
