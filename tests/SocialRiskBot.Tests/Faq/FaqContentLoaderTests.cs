using System.Text;
using SocialRiskBot.Faq;
using SocialRiskBot.Tests.Harness;

namespace SocialRiskBot.Tests.Faq;

/// <summary>Content owners get every problem with its file and line, and bad content is refused as a whole.</summary>
public sealed class FaqContentLoaderTests : IDisposable
{
    private static readonly string[] Departments = ["it-security", "communications", "risk-committee"];
    private readonly string _folder = Directory.CreateTempSubdirectory("srb-content-").FullName;

    [Fact]
    public void Content_with_an_entry_for_every_topic_loads_with_its_synonyms()
    {
        Write(Faq(), Synonyms);

        var (content, problems) = FaqContentLoader.Load(_folder, Departments);

        Assert.Empty(problems);
        Assert.Equal(FaqTopics.All.Count, content!.Entries.Count);
        Assert.Equal(["hacked", "compromised", "taken over"], content.SynonymGroups[0]);
        Assert.Equal(["e-hacked-account"], content.Entries.Single(e => e.Id == "e-account-security").FollowUps);
    }

    [Theory]
    [InlineData("id: e-official-accounts\n    topic: official-accounts", "id: e-official-accounts\n    topic: no-such-topic", "'no-such-topic' is not a topic")]
    [InlineData("owner: communications", "owner: marketing-team", "the owner 'marketing-team' is not a department")]
    [InlineData("      - how do i ask 3\n", "", "at least 3 alternates")]
    [InlineData("followUps: [e-hacked-account]", "followUps: [e-nowhere]", "followUps names 'e-nowhere'")]
    [InlineData("link: https://intranet.example.com/policy", "link: intranet page", "must be a web address")]
    public void Each_problem_names_the_file_the_line_and_what_is_wrong(string find, string replace, string message)
    {
        var faq = Faq();
        var at = faq.IndexOf(find, StringComparison.Ordinal);
        Write(faq[..at] + replace + faq[(at + find.Length)..], Synonyms);

        var (content, problems) = FaqContentLoader.Load(_folder, Departments);

        Assert.Null(content);
        var problem = Assert.Single(problems, p => p.Message.Contains(message, StringComparison.Ordinal));
        Assert.Equal("content/faq.yaml", problem.File);
        Assert.True(problem.Line > 1, $"no useful line in {problem}");
    }

    [Fact]
    public void A_duplicate_id_names_the_line_of_the_first()
    {
        Write(Faq().Replace("id: e-mistaken-post", "id: e-hacked-account", StringComparison.Ordinal), Synonyms);

        var (_, problems) = FaqContentLoader.Load(_folder, Departments);

        Assert.Contains(problems, p => p.Message.StartsWith("the id 'e-hacked-account' is already used on line ", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Message == "the topic 'mistaken-post' has no entry");
    }

    [Fact]
    public void An_answer_too_long_for_a_phone_is_refused()
    {
        Write(Faq().Replace("answer: Answer for negative-posts.", "answer: " + new string('a', 1201), StringComparison.Ordinal), Synonyms);

        Assert.Contains(FaqContentLoader.Load(_folder, Departments).Problems, p => p.Message.Contains("1,201 characters", StringComparison.Ordinal));
    }

    [Fact]
    public void Broken_yaml_and_a_missing_file_are_named_too()
    {
        Write("entries:\n  - id: [unclosed\n", null);

        var (content, problems) = FaqContentLoader.Load(_folder, Departments);

        Assert.Null(content);
        Assert.Contains(problems, p => p.File == "content/faq.yaml" && p.Message.StartsWith("not valid YAML", StringComparison.Ordinal) && p.Line >= 2);
        Assert.Contains(problems, p => p.File == "content/synonyms.yaml" && p.Message == "the file is missing");
    }

    [Fact]
    public async Task In_development_an_edit_rebuilds_the_index_and_a_broken_edit_keeps_the_previous_content()
    {
        Write(Faq(), Synonyms);
        var departments = new SocialRiskBot.Organization.DepartmentDirectory(Microsoft.Extensions.Options.Options.Create(new SocialRiskBot.Organization.DepartmentsOptions { Departments = [.. SocialRiskBot.Organization.DepartmentsOptions.Defaults] }));
        var library = SharedFaq.Library(_folder);
        using var watcher = new FaqContentWatcher(library, departments, Microsoft.Extensions.Logging.Abstractions.NullLogger<FaqContentWatcher>.Instance) { Folder = _folder };
        await watcher.StartAsync(CancellationToken.None);

        Write(Faq().Replace("question: What about hacked-account?", "question: Our page was hijacked, what now?", StringComparison.Ordinal), Synonyms);
        await Eventually.UntilAsync(() => library.Current.Find("e-hacked-account")!.Question == "Our page was hijacked, what now?", TimeSpan.FromSeconds(10));

        Assert.Equal("Our page was hijacked, what now?", library.Current.Find("e-hacked-account")!.Question);
        Assert.Equal("e-hacked-account", library.Current.Index.Search("hijacked page", 1)[0].Entry.Id);

        await watcher.StopAsync(CancellationToken.None);
        var before = library.Current;
        Write("entries:\n  - id: [unclosed\n", Synonyms);
        await watcher.RebuildAsync();
        Assert.Same(before, library.Current);
    }

    private const string Synonyms = "groups:\n  - [hacked, compromised, taken over]\n  - [tweet, post]\n";

    /// <summary>A valid faq.yaml: one entry per topic.</summary>
    private static string Faq()
    {
        var yaml = new StringBuilder("entries:\n");
        foreach (var topic in FaqTopics.All)
        {
            yaml.Append($"  - id: e-{topic}\n    topic: {topic}\n    question: What about {topic}?\n");
            yaml.Append("    alternates:\n      - how do i ask 1\n      - how do i ask 2\n      - how do i ask 3\n");
            yaml.Append($"    answer: Answer for {topic}.\n    policy:\n      title: Social media policy\n      link: https://intranet.example.com/policy\n");
            yaml.Append(topic == "account-security" ? "    owner: it-security\n    followUps: [e-hacked-account]\n" : "    owner: communications\n");
            yaml.Append("    tags: [social]\n");
        }

        return yaml.ToString();
    }

    private void Write(string faq, string? synonyms)
    {
        File.WriteAllText(Path.Combine(_folder, FaqContentLoader.FaqFile), faq);
        if (synonyms is not null)
        {
            File.WriteAllText(Path.Combine(_folder, FaqContentLoader.SynonymsFile), synonyms);
        }
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
