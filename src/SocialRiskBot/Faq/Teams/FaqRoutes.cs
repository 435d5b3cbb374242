using SocialRiskBot.Content;
using SocialRiskBot.Conversations;

namespace SocialRiskBot.Faq.Teams;

/// <summary>
/// The commands and card actions of the FAQ: <c>ask</c>, <c>topics</c>, the admins' <c>faq gaps</c>, the buttons of
/// the answer, suggestion, topic and policy-team cards; and any text that names no command, as a question. Questions
/// go through the <see cref="QuestionRateLimit"/>.
/// </summary>
internal static class FaqRoutes
{
    private const string FaqCard = "FaqCard";

    public static void Register(FeatureRoutes routes, IServiceProvider services)
    {
        var faq = services.GetRequiredService<FaqConversation>();
        var gaps = services.GetRequiredService<FaqGapsConversation>();
        var limits = services.GetRequiredService<QuestionRateLimit>();

        routes.Command([ChatCommands.Ask], "Ask", static text => text.Argument,
            (turn, question, cancellationToken) => limits.AskAsync(turn, question, faq.AskAsync, cancellationToken));
        routes.Command([ChatCommands.Topics, "browse topics"], "Topics", faq.ShowTopicsAsync);
        routes.Command([ChatCommands.FaqGaps], "FaqGaps", gaps.ShowAsync);

        routes.CardAction("faq.show", FaqCard, faq.OnShowAsync);
        routes.CardAction("faq.feedback", FaqCard, faq.OnFeedbackAsync);
        routes.CardAction("faq.none", FaqCard, faq.OnNoneAsync);
        routes.CardAction("faq.topics", FaqCard, faq.OnTopicsAsync);
        routes.CardAction("faq.topic", FaqCard, faq.OnTopicAsync);
        routes.CardAction("faq.askteam", FaqCard, (turn, form, cancellationToken) => limits.AskTeamAsync(turn, form, faq.OnAskTeamAsync, cancellationToken));
        routes.CardAction("faq.answer", FaqCard, faq.OnAnswerAsync);
        routes.OtherCardActionsOf("faq", FaqCard, faq.OnUnknownAsync);

        routes.Question((turn, text, cancellationToken) => limits.AskAsync(turn, text.Text, faq.AskAsync, cancellationToken));
    }
}
