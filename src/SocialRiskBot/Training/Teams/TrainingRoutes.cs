using SocialRiskBot.Content;
using SocialRiskBot.Conversations;

namespace SocialRiskBot.Training.Teams;

/// <summary>
/// The commands and card actions of training: <c>train</c>, <c>refresh</c>, the reminder switch, the admins'
/// <c>assign</c> and <c>report training</c>, and the buttons of the quiz, refresher and assign cards.
/// </summary>
internal static class TrainingRoutes
{
    private const string TrainCard = "TrainCard";

    public static void Register(FeatureRoutes routes, IServiceProvider services)
    {
        var training = services.GetRequiredService<TrainingConversation>();
        var admin = services.GetRequiredService<TrainingAdminConversation>();

        routes.Command([ChatCommands.Train, "training", "quiz"], "Train", training.ShowAsync);
        routes.Command([ChatCommands.Refresh, "refresher"], "Refresh", training.RefreshAsync);
        routes.Command([ChatCommands.StopReminders], "StopReminders", (turn, cancellationToken) => training.SetRemindersAsync(turn, false, cancellationToken));
        routes.Command([ChatCommands.StartReminders], "StartReminders", (turn, cancellationToken) => training.SetRemindersAsync(turn, true, cancellationToken));
        routes.Command([ChatCommands.Assign], "Assign", AssignCommand.Parse, admin.AssignAsync);
        routes.Command([ChatCommands.ReportTraining], "TrainingReport", admin.ReportAsync);

        routes.CardAction("train.start", TrainCard, training.OnStartAsync);
        routes.CardAction("train.answer", TrainCard, training.OnAnswerAsync);
        routes.CardAction("train.next", TrainCard, training.OnNextAsync);
        routes.CardAction("train.missed", TrainCard, training.OnMissedAsync);
        routes.CardAction("train.refresh", TrainCard, training.OnRefreshAsync);
        routes.CardAction("train.reminders", TrainCard, training.OnRemindersAsync);
        routes.CardAction("train.department", TrainCard, training.OnDepartmentAsync);
        routes.CardAction("train.assign", TrainCard, admin.OnAssignCardAsync);
        routes.OtherCardActionsOf("train", TrainCard, training.OnOtherAsync);
    }
}
