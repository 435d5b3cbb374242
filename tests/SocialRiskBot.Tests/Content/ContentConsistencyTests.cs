using System.Text.RegularExpressions;
using SocialRiskBot.Content;
using SocialRiskBot.Incidents;

namespace SocialRiskBot.Tests.Content;

/// <summary>
/// The shipped content against the bot it ships with: every reference resolves, nothing is named in free text,
/// and what the FAQ and the quizzes tell people agrees with the categories' advice, the router and the cards.
/// </summary>
public sealed partial class ContentConsistencyTests
{
    private static readonly string[] InformalNames = ["Comms", "risk committee", "Legal team", "IT team", "security team", "marketing team", "HR team"];

    [Fact]
    public void Every_reference_in_the_shipped_content_and_the_default_advice_resolves()
    {
        Assert.Empty(ContentReferenceScan.Check(ShippedContent.Folder, ShippedContent.Vocabulary, ShippedContent.Sources).Select(p => p.ToString()));
    }

    [Fact]
    public void No_department_is_named_in_free_text_by_a_short_or_informal_name_either()
    {
        var offenders = ShippedTexts()
            .SelectMany(t => InformalNames.Where(n => Regex.IsMatch(ContentText.Parse(t.Text).FreeText(), $@"(?<![\p{{L}}-]){Regex.Escape(n)}\b", RegexOptions.IgnoreCase)).Select(n => $"{t.Where}: '{n}'"))
            .Concat(ShippedTexts().Where(t => CapitalisedLegal().IsMatch(ContentText.Parse(t.Text).FreeText())).Select(t => $"{t.Where}: 'Legal'"));

        Assert.Empty(offenders);
    }

    [Fact]
    public void Every_category_a_reporter_can_choose_is_explained_somewhere_in_the_FAQ()
    {
        var referenced = ShippedContent.Faq.Entries.SelectMany(e => ContentText.Parse(e.Answer).Placeholders)
            .Where(p => p.Kind is PlaceholderKinds.Category or PlaceholderKinds.Routing).Select(p => p.Id).ToHashSet();

        var unexplained = ShippedContent.Categories.All.Select(c => c.Id).Where(id => !referenced.Contains(id)).ToList();
        Assert.Empty(unexplained);
    }

    [Fact]
    public void Every_training_module_is_named_by_the_FAQ_or_suggested_when_a_case_is_resolved()
    {
        var named = ShippedContent.Faq.Entries.SelectMany(e => ContentText.Parse(e.Answer).Placeholders).Where(p => p.Kind == PlaceholderKinds.Module).Select(p => p.Id!)
            .Concat(IncidentsOptions.DefaultTrainingModules.Values).ToHashSet();

        var unnamed = ShippedContent.Modules.Select(m => m.Id).Where(id => !named.Contains(id)).ToList();
        Assert.Empty(unnamed);
    }

    /// <summary>
    /// A category's "Don't …" advice and any line of content that sends people to that category agree: the line does
    /// not tell them to do what the advice forbids ("Don't delete anything" against "…, then delete it").
    /// </summary>
    [Fact]
    public void No_line_that_sends_people_to_a_category_tells_them_to_do_what_its_advice_forbids()
    {
        var clashes =
            from category in ShippedContent.Categories.All
            from verb in category.Advice.Select(a => DontVerb().Match(a)).Where(m => m.Success).Select(m => m.Groups["verb"].Value)
            from text in ShippedTexts()
            from line in text.Text.Split('\n')
            where ContentText.Parse(line).Placeholders.Any(p => p.Id == category.Id && p.Kind is PlaceholderKinds.Category or PlaceholderKinds.Routing or PlaceholderKinds.Owner)
            where Regex.IsMatch(line, $@"(?:^|^- |[:;.!?] |, then |, and )(?i:{Regex.Escape(verb)})\b")
            select $"{text.Where}: '{category.Id}' advises \"Don't {verb}\", but: {line.Trim()}";

        Assert.Empty(clashes);
    }

    [Theory]
    [InlineData("delete-mistaken-post")]
    [InlineData("company-post-error")]
    public void A_wrong_price_on_an_official_account_is_kept_for_its_owner_to_correct_as_the_category_says(string entry)
    {
        var advice = Advice("wrong-post");
        var answer = ShippedContent.Answer(entry);

        Assert.Contains(advice, a => a.Contains("Wrong fact, price or offer? Screenshot it, but don't delete it", StringComparison.Ordinal));
        Assert.Matches(@"(?i)price[^\n]*screenshot it,? (but )?don't delete it", answer);
        Assert.Contains("Marketing decides how to correct it", answer, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("delete-mistaken-post", "take it down now, without keeping copies")]
    [InlineData("customer-colleague-data-screenshots", "Take it down now")]
    [InlineData("unreleased-products-clients", "Take it down now")]
    [InlineData("posted-company-instead-of-personal", "take the post or comment down")]
    public void Secrets_and_personal_data_come_down_at_once_everywhere_as_the_categories_say(string entry, string words)
    {
        Assert.Contains(words, ShippedContent.Answer(entry), StringComparison.Ordinal);
        Assert.Contains(Advice("confidential-leak"), a => a.Contains("Your own post? Take it down now.", StringComparison.Ordinal));
        Assert.Contains(Advice("personal-data-breach"), a => a.Contains("Take it down or recall it now", StringComparison.Ordinal));
        Assert.Contains(Advice("wrong-post"), a => a.Contains("Personal data or secrets in it? Take it down now; don't keep copies.", StringComparison.Ordinal));
        Assert.Contains("take it down at once", Explanation("confidential-data", "contract-in-photo"), StringComparison.Ordinal);
        Assert.DoesNotContain("Screenshot it, delete it", ShippedContent.Modules.Single(m => m.Id == "confidential-data").Find("contract-in-photo")!.Choices.Select(c => c.Text));
    }

    [Fact]
    public void A_leak_is_reported_by_its_link_and_its_poster_is_left_to_the_owner_in_the_FAQ_the_quiz_and_the_advice()
    {
        var seen = ShippedContent.Answer("confidential-leak-seen");

        Assert.Contains(Advice("confidential-leak"), a => a.StartsWith("Don't download or copy the information; the link is enough.", StringComparison.Ordinal));
        Assert.Contains("Don't screenshot, download or forward the information itself: the link is enough.", seen, StringComparison.Ordinal);
        Assert.Contains("Don't contact whoever posted it, even a colleague. Legal & compliance will", seen, StringComparison.Ordinal);
        Assert.DoesNotContain(ShippedTexts(), t => t.Text.Contains("kindly tell them", StringComparison.OrdinalIgnoreCase));
        Assert.Contains("Don't post it", ShippedContent.Answer("customer-colleague-data-screenshots").Replace("Better not to post it", "Don't post it", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Equal(["b"], ShippedContent.Modules.Single(m => m.Id == "confidential-data").Find("funny-customer-email")!.Correct);
    }

    [Fact]
    public void A_hack_keeps_its_strange_posts_as_evidence_in_the_advice_the_FAQ_and_the_quiz()
    {
        Assert.Contains(Advice("account-compromise"), a => a.StartsWith("Don't delete anything", StringComparison.Ordinal));
        Assert.Contains("Don't delete the strange posts", ShippedContent.Answer("company-account-hacked"), StringComparison.Ordinal);
        Assert.Contains("Don't delete strange posts", ShippedContent.Answer("hacked-personal-account-linked"), StringComparison.Ordinal);
        Assert.Contains("Don't delete the strange posts", Explanation("spot-and-report", "crypto-post"), StringComparison.Ordinal);
    }

    [Fact]
    public void Anonymous_reporting_is_described_as_the_review_card_offers_it_never_as_impossible()
    {
        var toggle = ReviewCardToggle();

        Assert.Equal("Send it anonymously", toggle);
        Assert.Contains($"turn on **{toggle}**", ShippedContent.Answer("anonymous-report"), StringComparison.Ordinal);
        Assert.Contains($"Turn on **{toggle}**", ShippedContent.Answer("reporter-identity-retaliation"), StringComparison.Ordinal);
        var quiz = ShippedContent.Modules.Single(m => m.Id == "spot-and-report").Find("stay-anonymous")!;
        Assert.Contains(quiz.Correct, id => quiz.TextOf(id).Contains(toggle, StringComparison.Ordinal));
        Assert.DoesNotContain(ShippedTexts(), t => Regex.IsMatch(t.Text, "carr(y|ies) your name", RegexOptions.IgnoreCase));
    }

    [Fact]
    public void After_sending_people_add_files_through_my_reports_as_the_card_offers_and_nobody_is_told_to_reply_in_the_chat()
    {
        Assert.Contains("\"title\": \"Add files\"", File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "cards", "my-reports.json")), StringComparison.Ordinal);
        Assert.Contains("In **my reports**, tap **Add files** on the case", ShippedContent.Answer("after-i-report"), StringComparison.Ordinal);
        Assert.Contains("\"title\": \"Send details\"", File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "cards", "my-reports.json")), StringComparison.Ordinal);
        Assert.Contains("tap **Send details**", ShippedContent.Answer("after-i-report"), StringComparison.Ordinal);
        Assert.Contains("\"title\": \"This is not fixed\"", File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "cards", "my-reports.json")), StringComparison.Ordinal);
        Assert.Contains("Within 14 days, tap **This is not fixed**", ShippedContent.Answer("after-i-report"), StringComparison.Ordinal);
        Assert.Contains("\"my reports\", tap Add files on the case", ShippedContent.Text.Plain(ShippedContent.Modules.Single(m => m.Id == "spot-and-report").Find("check-status")!.Choices.Single(c => c.Id == "c").Text), StringComparison.Ordinal);
        Assert.DoesNotContain(ShippedTexts(), t => Regex.IsMatch(t.Text, @"repl(y|ying) in the chat|just reply in", RegexOptions.IgnoreCase));
    }

    [Theory]
    [InlineData("customer-complains-publicly", "customer-complaint")]
    [InlineData("confidential-leak-seen", "confidential-leak")]
    [InlineData("online-harassment-help", "harassment")]
    [InlineData("fake-company-executive-account", "impersonation")]
    [InlineData("fake-job-offers-company-name", "impersonation")]
    [InlineData("abuse-under-company-post", "harassment")]
    [InlineData("agency-access-responsibility", "vendor-issue")]
    [InlineData("personal-data-breach-post", "personal-data-breach")]
    [InlineData("threats-against-company-or-staff", "threat-safety")]
    [InlineData("market-rumour-seen", "market-leak")]
    public void Where_an_answer_says_who_gets_a_report_it_is_the_router_configuration_speaking(string entry, string category)
    {
        Assert.Contains($"{{routing:{category}}}", ShippedContent.Entry(entry).Answer, StringComparison.Ordinal);
        Assert.Contains(RoutingPhrase.Describe(ShippedContent.Categories.Find(category)!, ShippedContent.Vocabulary.NameOf), ShippedContent.Answer(entry), StringComparison.Ordinal);
    }

    [Fact]
    public void A_public_complaint_that_journalists_picked_up_reaches_communications_as_the_answer_promises()
    {
        var complaint = ShippedContent.Categories.Find("customer-complaint")!;

        Assert.Contains("Communications copied when journalists or lots of people are talking about it", ShippedContent.Answer("customer-complains-publicly"), StringComparison.Ordinal);
        Assert.Contains("communications", IncidentRouter.Plan(complaint, IncidentFacts.None with { MediaAttention = true }, Severity.High).CcIds);
        Assert.Contains("Journalists or lots of people are already talking about it", File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "cards", "report-details.json")), StringComparison.Ordinal);
        Assert.Contains("tick \"Journalists or lots of people are already talking about it\"", ShippedContent.Answer("customer-complains-publicly"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("posted-company-instead-of-personal", "wrong-post")]
    [InlineData("former-colleague-still-has-access", "account-compromise")]
    [InlineData("how-to-report-incident", "other")]
    [InlineData("list-official-accounts", "impersonation")]
    public void Answers_name_the_category_to_choose_by_id_so_it_shows_as_the_button_reads(string entry, string category)
    {
        Assert.Contains($"{{category:{category}}}", ShippedContent.Entry(entry).Answer, StringComparison.Ordinal);
        Assert.Contains($"**{ShippedContent.Categories.Find(category)!.Label}**", ShippedContent.Answer(entry), StringComparison.Ordinal);
    }

    [Fact]
    public void A_former_colleague_with_access_goes_to_the_team_the_answer_says_removes_it()
    {
        var answer = ShippedContent.Answer("former-colleague-still-has-access");

        Assert.Contains($"{ShippedContent.Vocabulary.NameOf(ShippedContent.Categories.Find("account-compromise")!.OwnerId)} removes it", answer, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("training-where-deadline")]
    [InlineData("required-training")]
    [InlineData("training-account-admins")]
    public void Training_answers_describe_the_modules_that_exist_in_Teams_not_a_portal(string entry)
    {
        var answer = ShippedContent.Entry(entry).Answer;

        Assert.Contains("{command:train}", answer, StringComparison.Ordinal);
        Assert.DoesNotMatch("(?i)learning portal|my learning|20 minutes|e-learning", answer);
    }

    [Theory]
    [InlineData("venting-about-work")]
    [InlineData("journalist-contacts-me")]
    [InlineData("internal-events-town-halls")]
    [InlineData("petitions-protests-campaigns")]
    [InlineData("glassdoor-employer-reviews")]
    [InlineData("after-leaving-what-can-i-say")]
    [InlineData("legally-protected-rights")]
    public void Answers_that_touch_talking_about_work_keep_protected_rights_in_plain_view(string entry)
    {
        var answer = ShippedContent.Answer(entry);

        Assert.Matches("(?i)pay|working conditions", answer);
        Assert.DoesNotMatch("(?i)don't name, describe or mock|never record, stream, screenshot or quote|no end date|uniform or badge", answer);
        Assert.Contains("legally-protected-rights", ShippedContent.Entry(entry).FollowUps.Append(entry));
    }

    [Theory]
    [InlineData("share-company-posts")]
    [InlineData("employee-advocacy-programme")]
    public void Disclosure_is_in_the_post_itself_and_names_the_company(string entry)
    {
        var answer = ShippedContent.Answer(entry);

        Assert.Contains("I work at [our company name]", answer, StringComparison.Ordinal);
        Assert.Contains("bare \"#employee\", is not enough", answer.Replace("bare \"#employee\" is", "bare \"#employee\", is", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain(ShippedTexts(), t => Regex.IsMatch(t.Text, "(for example|e\\.g\\.)( with)? #employee|or #employee", RegexOptions.IgnoreCase));
    }

    [Fact]
    public void Gifs_and_private_messages_are_stated_as_they_are()
    {
        Assert.DoesNotContain("fine now and then", ShippedContent.Answer("stock-photos-gifs-fonts"), StringComparison.Ordinal);
        Assert.Contains("doesn't give a brand the rights", ShippedContent.Answer("stock-photos-gifs-fonts"), StringComparison.Ordinal);
        Assert.DoesNotMatch("^No\\.", ShippedContent.Answer("company-read-private-messages"));
        Assert.Contains("personal messages included", ShippedContent.Answer("company-read-private-messages"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_committee_answer_lists_every_department_from_configuration()
    {
        var answer = ShippedContent.Answer("risk-committee-members");

        Assert.All(ShippedContent.Vocabulary.Departments.Where(d => d.Id != "risk-committee"), d => Assert.Contains($"- **{d.Name}**: {d.Remit}", answer, StringComparison.Ordinal));
    }

    [Fact]
    public void Multi_answer_questions_do_not_always_start_with_a_and_b()
    {
        var multi = ShippedContent.Modules.SelectMany(m => m.Questions).Where(q => q.IsMultipleChoice).ToList();

        Assert.True(multi.Count >= 6, $"only {multi.Count} questions with several answers");
        Assert.True(multi.Count(q => q.Correct.Contains("a") && q.Correct.Contains("b")) * 3 < multi.Count, "most multi-answer questions still have a and b right");
        Assert.All(multi, q => Assert.InRange(q.Correct.Count, 2, q.Choices.Count - 1));
    }

    [Fact]
    public void Every_FAQ_entry_offers_several_natural_ways_of_asking()
    {
        Assert.All(ShippedContent.Faq.Entries, e => Assert.True(e.Alternates.Count >= 6, $"{e.Id} has {e.Alternates.Count} alternates"));
    }

    private static IReadOnlyList<string> Advice(string category) => [.. ShippedContent.Categories.Find(category)!.Advice.Select(ShippedContent.Text.Markdown)];

    private static string Explanation(string module, string question) =>
        ShippedContent.Text.Markdown(ShippedContent.Modules.Single(m => m.Id == module).Find(question)!.Explanation);

    private static string ReviewCardToggle()
    {
        var card = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "cards", "report-review.json"));
        return Regex.Match(card, "\"id\": \"anonymous\",\\s*\"title\": \"(?<title>[^\"]+)\"").Groups["title"].Value;
    }

    /// <summary>Every text a card shows: answers, stems, choices, explanations, and the categories' advice.</summary>
    private static IEnumerable<(string Where, string Text)> ShippedTexts() =>
        ShippedContent.Faq.Entries.Select(e => ($"faq {e.Id}", e.Answer))
            .Concat(ShippedContent.Modules.SelectMany(m => m.Questions.SelectMany(q =>
                q.Choices.Select(c => ($"{m.Id}/{q.Id}/{c.Id}", c.Text)).Prepend(($"{m.Id}/{q.Id}", q.Stem)).Append(($"{m.Id}/{q.Id}/explanation", q.Explanation)))))
            .Concat(ShippedContent.Categories.All.SelectMany(c => c.Advice.Select(a => ($"advice {c.Id}", a))));

    [GeneratedRegex(@"^Don't (?<verb>[a-z]+)")]
    private static partial Regex DontVerb();

    /// <summary>"Ask Legal", "tell Legal": the department by a short name (at a sentence start it is just a word).</summary>
    [GeneratedRegex(@"(?<=[a-z,;] )Legal\b")]
    private static partial Regex CapitalisedLegal();
}
