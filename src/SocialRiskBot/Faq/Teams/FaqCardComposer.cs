using SocialRiskBot.Cards;
using SocialRiskBot.Content;
using SocialRiskBot.Faq;
using SocialRiskBot.Organization;

namespace SocialRiskBot.Faq.Teams;

/// <summary>Builds the FAQ cards from entries and asked questions.</summary>
public sealed class FaqCardComposer(FaqLibrary library, DepartmentDirectory departments, PlaceholderRenderer text, Microsoft.Extensions.Options.IOptions<FaqOptions> options)
{
    public enum Feedback
    {
        Ask,
        Helpful,
        NotHelpful,
    }

    public FaqAnswerCard Answer(FaqEntry entry, string questionId, string? typed, Feedback feedback)
    {
        var followUps = entry.FollowUps.Select(id => library.Current.Find(id)).OfType<FaqEntry>()
            .Select(e => new CardChoice(e.Id, e.Question)).ToList();
        var hasLink = Uri.TryCreate(entry.PolicyLink, UriKind.Absolute, out var link) && link.Scheme == Uri.UriSchemeHttps;
        return new FaqAnswerCard(
            questionId, entry.Id, typed is not null, typed ?? string.Empty, entry.Question, CardMarkdown.Blocks(text.Markdown(entry.Answer)), entry.PolicyTitle,
            hasLink ? entry.PolicyLink : string.Empty, hasLink, followUps.Count > 0, followUps,
            AskFeedback: feedback == Feedback.Ask, SaidHelpful: feedback == Feedback.Helpful, SaidNotHelpful: feedback == Feedback.NotHelpful);
    }

    public static FaqDidYouMeanCard DidYouMean(string questionId, string typed, IEnumerable<FaqEntry> suggestions) =>
        new(questionId, typed, [.. suggestions.Select(e => new CardChoice(e.Id, e.Question))]);

    public static FaqNoAnswerCard NoAnswer(string questionId, string typed) => new(questionId, typed);

    public static FaqTopicsCard Topics() => new([.. FaqTopics.ByTitle.Select(t => new CardChoice(t.Id, t.Title))]);

    /// <returns>Null when <paramref name="topic"/> is not a topic.</returns>
    public FaqTopicCard? Topic(string? topic) => FaqTopics.TitleOf(topic) is { } title
        ? new FaqTopicCard(topic!, title, [.. library.Current.Content.Entries.Where(e => e.Topic == topic).Select(e => new CardChoice(e.Id, e.Question))])
        : null;

    public string DepartmentName(string departmentId) => departments.Find(departmentId)?.Name ?? departmentId;

    public FaqAskedCard Asked(AskedQuestion question) => new(DepartmentName(question.PolicyTeam!.DepartmentId), question.Text);

    public FaqTeamAnswerCard TeamAnswer(AskedQuestion question)
    {
        var team = question.PolicyTeam!;
        return new FaqTeamAnswerCard(DepartmentName(team.DepartmentId), question.Text, team.Answer!, team.AnsweredBy!);
    }

    /// <summary>The card in the policy team's channel; <paramref name="notice"/> asks the responder to fix what they sent.</summary>
    /// <remarks>The closest entry is shown only when the FAQ came close enough to suggest it; a weak guess is noise.</remarks>
    public FaqQuestionCard Question(AskedQuestion question, string notice = "")
    {
        var team = question.PolicyTeam!;
        var guess = question.BestGuessId is { } id && question.Confidence >= options.Value.SuggestThreshold ? library.Current.Find(id) : null;
        return new FaqQuestionCard(
            question.Id, DepartmentName(team.DepartmentId), team.AskerName, CardTime.Local(team.SentAt), question.Text,
            guess is not null, guess?.Question ?? string.Empty,
            team.IsAnswered, team.Answer ?? string.Empty, team.AnsweredBy ?? string.Empty,
            team.AnsweredAt is { } at ? CardTime.Local(at) : string.Empty, notice);
    }

    /// <summary>The gaps for an admin's phone: the biggest groups and the latest answers only.</summary>
    public FaqGapsCard Gaps(FaqGapsReport report)
    {
        const int MaxGroups = 10;
        const int MaxAnswers = 5;
        var groups = report.Gaps.Take(MaxGroups).Select(g => new FaqGapsCard.Group(
            g.Count, Counts(g), [.. g.Examples.Select(e => new FaqGapsCard.Example(e))], g.Advice)).ToList();
        var answers = report.Answers.Take(MaxAnswers).Select(a => new FaqGapsCard.Suggestion(
            a.Question, a.Answer, $"{DepartmentName(a.DepartmentId)} ({a.AnsweredBy}) · add as {a.Advice}")).ToList();
        var summary = $"Last {(int)report.Window.TotalDays} days: {Plural(report.Unanswered, "question")} I could not answer, {report.NotHelpful} marked not helpful"
            + (report.Gaps.Count > MaxGroups ? $". The {MaxGroups} biggest of {report.Gaps.Count} groups are below; faq gaps on the command line lists them all." : ".");
        return new FaqGapsCard(summary, groups.Count > 0, groups, answers.Count > 0, answers);
    }

    /// <summary>"4 unanswered, 1 not helpful".</summary>
    public static string Counts(FaqGap gap) => string.Join(", ", new[]
    {
        gap.Unanswered > 0 ? $"{gap.Unanswered} unanswered" : null,
        gap.NotHelpful > 0 ? $"{gap.NotHelpful} not helpful" : null,
    }.OfType<string>());

    private static string Plural(int count, string noun) => $"{count} {noun}{(count == 1 ? string.Empty : "s")}";

}
