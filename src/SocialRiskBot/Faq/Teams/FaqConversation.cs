using System.Text.Json;
using SocialRiskBot.BotFramework.Hosting;
using SocialRiskBot.Cards;
using SocialRiskBot.Conversations;
using SocialRiskBot.Faq;
using SocialRiskBot.Telemetry;

namespace SocialRiskBot.Faq.Teams;

/// <summary>
/// Policy questions in personal chat: the answer card, "Did you mean…", the honest fallback, browsing by topic
/// and Helpful / Not helpful. Every question is stored with what the bot made of it, for the FAQ gaps.
/// </summary>
public sealed class FaqConversation(
    FaqAnswerer answerer,
    FaqLibrary library,
    FaqCardComposer composer,
    CardRenderer cards,
    AskedQuestionStore questions,
    PolicyTeamConversation policyTeam,
    BotMetrics metrics,
    TimeProvider time)
{
    /// <summary>Longer questions are cut here when stored and shown; the whole text is still searched.</summary>
    public const int MaxStoredQuestion = 500;

    internal const string AskPrompt =
        "What would you like to know? Type your question in your own words, for example: *Can I say where I work on LinkedIn?*";

    internal const string Thanks = "You're welcome! Ask me anything else about social media, any time.";

    internal const string Unknown =
        "That button belongs to an answer I can't find any more. Type your question again and I'll take another look.";

    internal const string EntryGone =
        "That question isn't in the FAQ any more; it may have been merged with another one. Here are the topics to browse:";

    public async Task AskAsync(TurnContext turn, string text, CancellationToken cancellationToken)
    {
        text = text.Trim();
        if (text.Length == 0)
        {
            await turn.SendAsync(Replies.Text(AskPrompt), cancellationToken).ConfigureAwait(false);
            return;
        }

        var decision = await answerer.DecideAsync(text, cancellationToken).ConfigureAwait(false);
        switch (decision.Kind)
        {
            case FaqDecisionKind.Greeting:
                await turn.SendAsync(Replies.Text(Greeting(turn)), cancellationToken).ConfigureAwait(false);
                return;
            case FaqDecisionKind.Thanks:
                await turn.SendAsync(Replies.Text(Thanks), cancellationToken).ConfigureAwait(false);
                return;
        }

        var shown = text.Length > MaxStoredQuestion ? text[..MaxStoredQuestion] + "…" : text;
        var outcome = decision.Kind switch
        {
            FaqDecisionKind.Answer => AskedOutcome.Answered,
            FaqDecisionKind.DidYouMean => AskedOutcome.DidYouMean,
            _ => AskedOutcome.NoAnswer,
        };
        metrics.FaqQuestion(outcome switch
        {
            AskedOutcome.Answered => "answered",
            AskedOutcome.DidYouMean => "suggested",
            _ => "fallback",
        });
        var question = new AskedQuestion(
            AskedQuestion.NewId(time.GetUtcNow()), shown, UserNames.KeyOf(turn), time.GetUtcNow(), outcome,
            decision.Best?.Id, decision.Ranked.FirstOrDefault()?.Entry.Id, decision.Confidence);
        await questions.AddAsync(question, cancellationToken).ConfigureAwait(false);

        var card = decision.Kind switch
        {
            FaqDecisionKind.Answer => cards.Render(composer.Answer(decision.Best!, question.Id, shown, FaqCardComposer.Feedback.Ask)),
            FaqDecisionKind.DidYouMean => cards.Render(FaqCardComposer.DidYouMean(question.Id, shown, decision.Suggestions.Select(s => s.Entry))),
            _ => cards.Render(FaqCardComposer.NoAnswer(question.Id, shown)),
        };
        await turn.SendAsync(Replies.Card(card), cancellationToken).ConfigureAwait(false);
    }

    public async Task ShowTopicsAsync(TurnContext turn, CancellationToken cancellationToken) =>
        await turn.SendAsync(Replies.Card(cards.Render(FaqCardComposer.Topics())), cancellationToken).ConfigureAwait(false);

    /// <summary><c>faq.show</c>: an entry picked from "Did you mean…", a follow-up or a topic.</summary>
    public Task OnShowAsync(TurnContext turn, JsonElement form, CancellationToken cancellationToken) =>
        ShowAsync(turn, CardValues.Text(form, "entry"), CardValues.Text(form, "question"), cancellationToken);

    /// <summary><c>faq.feedback</c>: Helpful or Not helpful on an answer.</summary>
    public Task OnFeedbackAsync(TurnContext turn, JsonElement form, CancellationToken cancellationToken) =>
        FeedbackAsync(turn, CardValues.Text(form, "question"), CardValues.Text(form, "helpful") == "true", cancellationToken);

    /// <summary><c>faq.none</c>: none of the suggestions was the question.</summary>
    public Task OnNoneAsync(TurnContext turn, JsonElement form, CancellationToken cancellationToken) =>
        NoneOfTheseAsync(turn, CardValues.Text(form, "question"), cancellationToken);

    /// <summary><c>faq.topics</c>: the list of topics; from a topic's card ("All topics") the list takes its place.</summary>
    public async Task OnTopicsAsync(TurnContext turn, JsonElement form, CancellationToken cancellationToken)
    {
        if (CardValues.Text(form, "topic") is null)
        {
            await ShowTopicsAsync(turn, cancellationToken).ConfigureAwait(false);
            return;
        }

        await turn.ReplaceSubmittedCardAsync(Replies.Card(cards.Render(FaqCardComposer.Topics())), cancellationToken).ConfigureAwait(false);
    }

    /// <summary><c>faq.topic</c>: one topic's entries, in place of the pressed card unless that card must stay (<c>keep</c>).</summary>
    public async Task OnTopicAsync(TurnContext turn, JsonElement form, CancellationToken cancellationToken)
    {
        if (composer.Topic(CardValues.Text(form, "topic")) is not { } topic)
        {
            await OnUnknownAsync(turn, form, cancellationToken).ConfigureAwait(false);
            return;
        }

        var card = Replies.Card(cards.Render(topic));
        if (CardValues.Text(form, "keep") == "true")
        {
            // Opened from a card that must stay (a quiz's feedback with its Next button): the topic comes below it.
            await turn.SendAsync(card, cancellationToken).ConfigureAwait(false);
            return;
        }

        await turn.ReplaceSubmittedCardAsync(card, cancellationToken).ConfigureAwait(false);
    }

    /// <summary><c>faq.askteam</c>: the question sent to the policy team.</summary>
    public Task OnAskTeamAsync(TurnContext turn, JsonElement form, CancellationToken cancellationToken) =>
        policyTeam.AskAsync(turn, CardValues.Text(form, "question"), cancellationToken);

    /// <summary><c>faq.answer</c>: the policy team's answer, sent from their channel.</summary>
    public Task OnAnswerAsync(TurnContext turn, JsonElement form, CancellationToken cancellationToken) =>
        policyTeam.AnswerAsync(turn, CardValues.Text(form, "question"), CardValues.Text(form, "answer"), cancellationToken);

    /// <summary>Any other <c>faq.</c> button, or a topic that is gone: the person is asked to type the question again.</summary>
    public async Task OnUnknownAsync(TurnContext turn, JsonElement form, CancellationToken cancellationToken) =>
        await turn.SendAsync(Replies.Text(Unknown), cancellationToken).ConfigureAwait(false);

    /// <summary>An entry picked from "Did you mean…" (replaces that card), or opened from a follow-up or topic (a new card).</summary>
    private async Task ShowAsync(TurnContext turn, string? entryId, string? questionId, CancellationToken cancellationToken)
    {
        if (library.Current.Find(entryId ?? string.Empty) is not { } entry)
        {
            await turn.SendAsync(Replies.Text(EntryGone), cancellationToken).ConfigureAwait(false);
            await ShowTopicsAsync(turn, cancellationToken).ConfigureAwait(false);
            return;
        }

        if (questionId is not null)
        {
            var picked = await questions.UpdateAsync(questionId, q => q with { PickedEntryId = entry.Id }, cancellationToken).ConfigureAwait(false);
            if (picked is not null)
            {
                var card = composer.Answer(entry, picked.Id, picked.Text, FaqCardComposer.Feedback.Ask);
                await turn.ReplaceSubmittedCardAsync(Replies.Card(cards.Render(card)), cancellationToken).ConfigureAwait(false);
                return;
            }
        }

        var browsed = new AskedQuestion(
            AskedQuestion.NewId(time.GetUtcNow()), entry.Question, UserNames.KeyOf(turn), time.GetUtcNow(), AskedOutcome.Browsed, entry.Id, entry.Id, 1);
        await questions.AddAsync(browsed, cancellationToken).ConfigureAwait(false);
        await turn.SendAsync(Replies.Card(cards.Render(composer.Answer(entry, browsed.Id, null, FaqCardComposer.Feedback.Ask))), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The first Helpful / Not helpful counts; the card then says thanks, or offers the policy team.</summary>
    private async Task FeedbackAsync(TurnContext turn, string? questionId, bool helpful, CancellationToken cancellationToken)
    {
        var question = questionId is null ? null
            : await questions.UpdateAsync(questionId, q => q.Helpful is null ? q with { Helpful = helpful } : null, cancellationToken).ConfigureAwait(false);
        if (question?.ShownEntryId is not { } entryId || library.Current.Find(entryId) is not { } entry)
        {
            await turn.SendAsync(Replies.Text(Unknown), cancellationToken).ConfigureAwait(false);
            return;
        }

        var typed = question.Outcome == AskedOutcome.Browsed ? null : question.Text;
        var state = question.Helpful == true ? FaqCardComposer.Feedback.Helpful : FaqCardComposer.Feedback.NotHelpful;
        var card = question.PolicyTeam is null ? cards.Render(composer.Answer(entry, question.Id, typed, state)) : cards.Render(composer.Asked(question));
        await turn.ReplaceSubmittedCardAsync(Replies.Card(card), cancellationToken).ConfigureAwait(false);
    }

    private async Task NoneOfTheseAsync(TurnContext turn, string? questionId, CancellationToken cancellationToken)
    {
        var question = questionId is null ? null
            : await questions.UpdateAsync(questionId, q => q with { RejectedSuggestions = true, PickedEntryId = null }, cancellationToken).ConfigureAwait(false);
        if (question is null)
        {
            await turn.SendAsync(Replies.Text(Unknown), cancellationToken).ConfigureAwait(false);
            return;
        }

        await turn.ReplaceSubmittedCardAsync(Replies.Card(cards.Render(FaqCardComposer.NoAnswer(question.Id, question.Text))), cancellationToken).ConfigureAwait(false);
    }

    private static string Greeting(TurnContext turn)
    {
        var first = UserNames.FirstName(turn.Activity.From?.Name);
        return $"Hi{(first is null ? string.Empty : " " + first)}! Ask me anything about our social-media policy in your own words, "
            + "for example *Can I post photos from the office?* Type **help** to see everything else I can do.";
    }
}
