using SocialRiskBot.Abuse;
using SocialRiskBot.Abuse.Teams;
using SocialRiskBot.BotFramework.Hosting;

namespace SocialRiskBot.Faq.Teams;

/// <summary>
/// Each question for the FAQ counts against the person's limit (<see cref="AbuseOptions.QuestionsPerMinute"/>); an
/// empty one (which only gets the "what would you like to know?" prompt) is not counted.
/// </summary>
public sealed class QuestionRateLimit(RateLimitReply limits)
{
    public async Task AskAsync(TurnContext turn, string question, Func<TurnContext, string, CancellationToken, Task> ask, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(ask);
        if (question.Trim().Length > 0
            && !await limits.TryAcquireAsync(turn, LimitedAction.Question, TooManyQuestions, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        await ask(turn, question, cancellationToken).ConfigureAwait(false);
    }

    internal static string TooManyQuestions(string when) =>
        $"That's a lot of questions in a short time, so I'm taking a short breather. Please ask again {when}.";
}
