using SocialRiskBot.Abuse;
using SocialRiskBot.Abuse.Teams;
using System.Text.Json;
using Microsoft.Extensions.Options;
using SocialRiskBot.BotFramework.Hosting;

namespace SocialRiskBot.Faq.Teams;

/// <summary>
/// Each question for the FAQ counts against the person's limit (<see cref="AbuseOptions.QuestionsPerMinute"/>); an
/// empty one (which only gets the "what would you like to know?" prompt) is not counted. Each press of "Ask the
/// policy team" counts against <see cref="AbuseOptions.PolicyQuestionsPerHour"/>, so that no one floods that channel.
/// </summary>
public sealed class QuestionRateLimit(RateLimitReply limits, IOptions<AbuseOptions> options)
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

    public async Task AskTeamAsync(TurnContext turn, JsonElement form, Func<TurnContext, JsonElement, CancellationToken, Task> askTeam, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(askTeam);
        var perHour = options.Value.PolicyQuestionsPerHour;
        if (await limits.TryAcquireAsync(turn, LimitedAction.PolicyQuestion, when => TooManyPolicyQuestions(perHour, when), cancellationToken).ConfigureAwait(false))
        {
            await askTeam(turn, form, cancellationToken).ConfigureAwait(false);
        }
    }

    internal static string TooManyPolicyQuestions(int perHour, string when) =>
        $"You've passed {perHour} questions on to the policy team in the last hour, which is as many as I send for one person. " +
        $"You can send another {when}, or contact the team directly if it can't wait.";

    internal static string TooManyQuestions(string when) =>
        $"That's a lot of questions in a short time, so I'm taking a short breather. Please ask again {when}.";
}
