using Microsoft.Extensions.Options;

namespace SocialRiskBot.Faq;

/// <summary>
/// For content owners: the questions the FAQ did not answer (or answered unhelpfully), grouped by similarity
/// with counts, and the policy teams' answers waiting to be added to <c>content/faq.yaml</c>.
/// </summary>
public sealed class FaqGaps(AskedQuestionStore questions, FaqLibrary library, IOptionsMonitor<FaqOptions> options, TimeProvider time)
{
    /// <summary>How alike two questions' words must be (weighted by how many they share) to count as one gap.</summary>
    internal const double SameGap = 0.5;

    public async Task<FaqGapsReport> BuildAsync(TimeSpan window, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var groups = new List<Group>();
        var answered = new List<PolicyAnswer>();
        var index = library.Current.Index;
        await foreach (var (question, _) in questions.SinceAsync(now - window, now, cancellationToken).ConfigureAwait(false))
        {
            if (question.PolicyTeam is { IsAnswered: true } team)
            {
                answered.Add(new PolicyAnswer(question.Text, team.Answer!, team.DepartmentId, team.AnsweredBy!, team.AnsweredAt!.Value, Advice(question)));
            }

            if (!question.IsGap)
            {
                continue;
            }

            var terms = index.Terms(question.Text).Select(t => t.Term).ToHashSet(StringComparer.Ordinal);
            var home = groups.Select(g => (Group: g, Similarity: Similarity(g.Terms, terms))).Where(g => g.Similarity >= SameGap)
                .OrderByDescending(g => g.Similarity).Select(g => g.Group).FirstOrDefault();
            if (home is null)
            {
                home = new Group(terms);
                groups.Add(home);
            }

            home.Add(question);
        }

        return new FaqGapsReport(
            window,
            [.. groups.Select(g => g.ToGap()).OrderByDescending(g => g.Count).ThenBy(g => g.Examples[0], StringComparer.Ordinal)],
            [.. answered.OrderByDescending(a => a.AnsweredAt)]);
    }

    /// <summary>Where a policy team's answer might go in the content.</summary>
    private string Advice(AskedQuestion question)
    {
        var near = question.ShownEntryId ?? (question.Confidence >= options.CurrentValue.SuggestThreshold ? question.BestGuessId : null);
        return library.Current.Find(near ?? string.Empty) is { } entry
            ? question.Helpful == false || question.RejectedSuggestions
                ? $"a new entry next to '{entry.Id}' (topic {entry.Topic}), which did not answer it"
                : $"an alternate of '{entry.Id}' if the answer is the same, or a new entry in topic {entry.Topic}"
            : "a new entry";
    }

    private static double Similarity(IReadOnlySet<string> a, IReadOnlySet<string> b)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return a.Count == b.Count ? 1 : 0;
        }

        var shared = a.Count(b.Contains);
        return (double)shared / (a.Count + b.Count - shared);
    }

    private sealed class Group(HashSet<string> terms)
    {
        private readonly List<AskedQuestion> members = [];

        public HashSet<string> Terms { get; } = terms;

        public void Add(AskedQuestion question) => members.Add(question);

        public FaqGap ToGap() => new(
            members.Count,
            members.Count(m => m.Helpful != false),
            members.Count(m => m.Helpful == false),
            [.. members.Select(m => m.Text).Distinct(StringComparer.OrdinalIgnoreCase).Take(FaqGap.MaxExamples)]);
    }
}

/// <summary>What <see cref="FaqGaps"/> found over <see cref="Window"/>.</summary>
public sealed record FaqGapsReport(TimeSpan Window, IReadOnlyList<FaqGap> Gaps, IReadOnlyList<PolicyAnswer> Answers)
{
    public int Unanswered => Gaps.Sum(g => g.Unanswered);

    public int NotHelpful => Gaps.Sum(g => g.NotHelpful);
}

/// <summary>Similar questions the FAQ did not answer: how many, of which kind, and a few as asked.</summary>
public sealed record FaqGap(int Count, int Unanswered, int NotHelpful, IReadOnlyList<string> Examples)
{
    public const int MaxExamples = 3;
}

/// <summary>A policy team's answer to an employee's question, and where it might go in the FAQ.</summary>
public sealed record PolicyAnswer(string Question, string Answer, string DepartmentId, string AnsweredBy, DateTimeOffset AnsweredAt, string Advice);
