using Microsoft.Extensions.Options;
using SocialRiskBot.BotFramework.Hosting;
using SocialRiskBot.BotFramework.Schema;
using SocialRiskBot.Cards;
using SocialRiskBot.Conversations;
using SocialRiskBot.Faq;
using SocialRiskBot.Organization;
using SocialRiskBot.Organization.Teams;
using SocialRiskBot.Outbox;
using SocialRiskBot.Storage;

namespace SocialRiskBot.Faq.Teams;

/// <summary>
/// "Ask the policy team": the question goes as a card to the owning department's channel (a new thread, through
/// the outbox, in the same batch as the question's change), a responder answers on the card, and the answer is
/// relayed to the employee in personal chat and kept for content owners.
/// </summary>
public sealed class PolicyTeamConversation(
    AskedQuestionStore questions,
    FaqLibrary library,
    FaqCardComposer composer,
    CardRenderer cards,
    OutboxWriter outbox,
    ConversationReferenceStore references,
    DepartmentChannels channels,
    DepartmentDirectory departments,
    ResponderCheck responders,
    IOptionsMonitor<FaqOptions> options,
    TimeProvider time)
{
    public const string QuestionCardPurpose = "faq-question";
    internal const string AnswerRelayPurpose = "faq-answer-relay";
    internal const int MaxAnswer = 1200;

    internal const string Unknown = "That card doesn't point at a question I know, so I didn't do anything.";
    internal const string EmptyAnswer = "Type the answer in the box first, then choose **Send answer**.";

    public async Task AskAsync(TurnContext turn, string? questionId, CancellationToken cancellationToken)
    {
        // Changed meanwhile (feedback, a second tap): the next attempt looks again.
        var asked = await ReadChangeWrite.RunAsync<AskedQuestion?>(async token =>
        {
            var (question, etag) = await questions.GetAsync(questionId, token).ConfigureAwait(false);
            if (question is null)
            {
                await turn.SendAsync(Replies.Text(Unknown), token).ConfigureAwait(false);
                return Attempt.Done<AskedQuestion?>(null);
            }

            if (question.PolicyTeam is not null)
            {
                // Sent already (a second tap, or an older card): show where it went.
                await turn.ReplaceSubmittedCardAsync(Replies.Card(cards.Render(composer.Asked(question))), token).ConfigureAwait(false);
                return Attempt.Done<AskedQuestion?>(null);
            }

            var department = OwnerOf(question);
            if (await channels.FindAsync(department.Id, turn, token).ConfigureAwait(false) is not { } channel)
            {
                await turn.SendAsync(Replies.Text($"I can't pass questions on yet: {department.Name} has no Teams channel set up for me. Please ask them directly."), token).ConfigureAwait(false);
                return Attempt.Done<AskedQuestion?>(null);
            }

            var asker = await UserNames.DisplayNameAsync(turn, token).ConfigureAwait(false) ?? "An employee";
            var asked = question with { PolicyTeam = new PolicyTeamQuestion(department.Id, asker, time.GetUtcNow(), channel.ServiceUrl, turn.Activity.GetTenantId()) };
            var card = outbox.Message(OutboxKind.StartChannelThread, channel.ServiceUrl, channel.ChannelId, null, turn.Activity.GetTenantId(),
                Replies.Card(cards.Render(composer.Question(asked))), QuestionCardPurpose, asked.Id);
            return Attempt.Write<AskedQuestion?>(asked, write => questions.TryUpdateAsync(asked, etag!, [card], write));
        }, cancellationToken).ConfigureAwait(false);

        if (asked is not null)
        {
            await turn.ReplaceSubmittedCardAsync(Replies.Card(cards.Render(composer.Asked(asked))), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>A responder's answer from the question card in the channel.</summary>
    public Task AnswerAsync(TurnContext turn, string? questionId, string? answer, CancellationToken cancellationToken) =>
        ReadChangeWrite.RunAsync(async token =>
        {
            var (question, etag) = await questions.GetAsync(questionId, token).ConfigureAwait(false);
            if (question?.PolicyTeam is not { } team)
            {
                await turn.SendAsync(Replies.Text(Unknown), token).ConfigureAwait(false);
                return Attempt.Done(false);
            }

            if (!await responders.MayActAsync(turn, team.DepartmentId, token).ConfigureAwait(false))
            {
                await turn.SendAsync(Replies.Text($"Only {composer.DepartmentName(team.DepartmentId)}'s team (and the risk committee) can answer this question."), token).ConfigureAwait(false);
                return Attempt.Done(false);
            }

            if (team.IsAnswered)
            {
                await turn.SendAsync(Replies.Text($"{team.AnsweredBy} already answered this question, so I didn't send yours."), token).ConfigureAwait(false);
                await turn.ReplaceSubmittedCardAsync(Replies.Card(cards.Render(composer.Question(question))), token).ConfigureAwait(false);
                return Attempt.Done(false);
            }

            var text = answer?.Trim() ?? string.Empty;
            if (text.Length == 0 || text.Length > MaxAnswer)
            {
                // Said on the card itself, not as a reply everyone in the channel would read.
                var notice = text.Length == 0 ? EmptyAnswer : $"Please keep the answer under {MaxAnswer} characters (it has {text.Length}); link to a page for more.";
                await turn.ReplaceSubmittedCardAsync(Replies.Card(cards.Render(composer.Question(question, notice))), token).ConfigureAwait(false);
                return Attempt.Done(false);
            }

            var by = await UserNames.DisplayNameAsync(turn, token).ConfigureAwait(false) ?? composer.DepartmentName(team.DepartmentId);
            var answered = question with { PolicyTeam = team with { Answer = text, AnsweredBy = by, AnsweredAt = time.GetUtcNow() } };
            var messages = await AnswerMessagesAsync(turn, answered, token).ConfigureAwait(false);
            return Attempt.Write(true, write => questions.TryUpdateAsync(answered, etag!, messages, write));
        }, cancellationToken);

    /// <summary>The question card updated for everyone in the channel, and the answer to the employee.</summary>
    private async Task<List<OutboxMessage>> AnswerMessagesAsync(TurnContext turn, AskedQuestion answered, CancellationToken cancellationToken)
    {
        var messages = new List<OutboxMessage>();
        if (turn.Activity.ReplyToId is { Length: > 0 } cardId)
        {
            messages.Add(outbox.Message(OutboxKind.Update, turn.Activity.ServiceUrl!, turn.Activity.Conversation!.Id!, cardId, null,
                Replies.Card(cards.Render(composer.Question(answered))), QuestionCardPurpose + "-update", answered.Id));
        }

        if (await references.FindUserAsync(answered.AskerKey, cancellationToken).ConfigureAwait(false) is { ConversationId: { } chat } asker)
        {
            messages.Add(outbox.Message(OutboxKind.Send, asker.ServiceUrl, chat, null, asker.TenantId,
                Replies.Card(cards.Render(composer.TeamAnswer(answered))), AnswerRelayPurpose, answered.Id));
        }

        return messages;
    }

    /// <summary>The owner of the entry the question was about, when one came close enough; otherwise the configured policy team.</summary>
    private Department OwnerOf(AskedQuestion question)
    {
        var settings = options.CurrentValue;
        var entryId = question.ShownEntryId ?? (question.Confidence >= settings.SuggestThreshold ? question.BestGuessId : null);
        var owner = entryId is null ? null : library.Current.Find(entryId)?.Owner;
        return (owner is null ? null : departments.Find(owner))
            ?? departments.Find(settings.PolicyTeam)
            ?? departments.Find(DepartmentsOptions.RiskCommitteeId)!;
    }
}
