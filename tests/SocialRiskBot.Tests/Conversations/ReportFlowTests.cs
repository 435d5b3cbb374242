using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using SocialRiskBot.BotFramework.Schema;
using SocialRiskBot.Cards;
using SocialRiskBot.Conversations;
using SocialRiskBot.Incidents;
using SocialRiskBot.Incidents.Teams;
using SocialRiskBot.Outbox;
using SocialRiskBot.Tests.Harness;

namespace SocialRiskBot.Tests.Conversations;

/// <summary>An employee reports a social-media mishap from personal chat; the case goes to the owner's channel.</summary>
public sealed class ReportFlowTests : IAsyncLifetime
{
    private readonly ConversationHarness _bot = new(settings: ReportDriver.Departments);
    private readonly ReportDriver _reporter;

    public ReportFlowTests() => _reporter = new ReportDriver(_bot);

    [Fact]
    public async Task Reporter_on_mobile_reports_a_hacked_company_account_and_IT_security_gets_the_case_card()
    {
        var (cardId, form) = await StartAsync();
        var details = await SubmitAsync(cardId, form, new { command = "report.category", category = "account-compromise" });
        Assert.Contains("Tell us what happened", Json(details), StringComparison.Ordinal);

        var review = await SubmitAsync(cardId, details, new
        {
            command = "report.details", platform = "instagram", link = "https://www.instagram.com/contoso/",
            whatHappened = "Our Instagram posts crypto ads and nobody can log in.", officialAccount = "true", stillVisible = "true", urgency = "high",
        });
        Assert.Contains("Critical", Json(review), StringComparison.Ordinal);

        var submitted = Json(await SubmitAsync(cardId, review, new { command = "report.submit" }));
        var caseNumber = ReportDriver.CaseNumberPattern().Match(submitted).Value;
        Assert.NotEmpty(caseNumber);
        Assert.Contains("IT security", submitted, StringComparison.Ordinal);
        Assert.Contains("within 15 minutes", submitted, StringComparison.Ordinal);

        Assert.True(await _bot.Services.GetRequiredService<OutboxDispatcher>().DispatchDueAsync(CancellationToken.None) >= 2);
        var threads = _bot.Connector.Calls.Where(c => c.Method == HttpMethod.Post && c.Uri.AbsolutePath.EndsWith("/v3/conversations", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, threads.Count); // the case card for IT security, a notice for communications (an official account), the critical notice for the risk committee
        var (incident, _) = await _bot.Services.GetRequiredService<IncidentStore>().GetAsync(caseNumber, CancellationToken.None);
        Assert.Equal("it-security", incident!.OwnerId);
        Assert.NotNull(incident.ThreadConversationId);
    }

    [Fact]
    public async Task A_personal_data_breach_case_card_shows_the_regulator_clock_72_hours_from_the_report()
    {
        var (cardId, form) = await StartAsync();
        var details = await SubmitAsync(cardId, form, new { command = "report.category", category = "personal-data-breach" });
        var review = await SubmitAsync(cardId, details, new
        {
            command = "report.details", platform = "whatsapp", whatHappened = "I sent a customer list to the wrong WhatsApp group.", personalData = "true", urgency = "high",
        });
        var caseNumber = ReportDriver.CaseNumberPattern().Match(Json(await SubmitAsync(cardId, review, new { command = "report.submit" }))).Value;

        await _bot.Services.GetRequiredService<OutboxDispatcher>().DispatchDueAsync(CancellationToken.None);

        var (incident, _) = await _bot.Services.GetRequiredService<IncidentStore>().GetAsync(caseNumber, CancellationToken.None);
        var card = Json(_bot.Connector.Calls.Select(c => c.ThreadActivity).OfType<Activity>().First(a => Json(a).Contains(caseNumber, StringComparison.Ordinal) && Json(a).Contains("Resolve", StringComparison.Ordinal)));
        Assert.Equal("privacy", incident!.OwnerId);
        Assert.Contains(JsonSerializer.Serialize(CaseCardComposer.NotificationDeadline(incident.ReportedAt, 72)), card, StringComparison.Ordinal);
        Assert.Contains($"{{{{DATE({CardTime.Stamp(incident.ReportedAt.AddHours(72))}, SHORT)}}}}", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_case_of_a_category_without_a_legal_clock_shows_none()
    {
        var (cardId, form) = await StartAsync();
        var details = await SubmitAsync(cardId, form, new { command = "report.category", category = "phishing-scam" });
        var review = await SubmitAsync(cardId, details, new { command = "report.details", whatHappened = "A fake prize DM to our customers.", urgency = "low" });
        await SubmitAsync(cardId, review, new { command = "report.submit" });

        await _bot.Services.GetRequiredService<OutboxDispatcher>().DispatchDueAsync(CancellationToken.None);

        Assert.DoesNotContain(_bot.Connector.Calls.Select(c => c.ThreadActivity).OfType<Activity>(), a => Json(a).Contains("Regulator clock", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Each_step_replaces_the_same_card_so_an_old_step_cannot_be_used_again()
    {
        var (cardId, form) = await StartAsync();
        await SubmitAsync(cardId, form, new { command = "report.category", category = "wrong-post" });

        var again = Assert.Single(await _bot.SendAsync(Submit(cardId, form, new { command = "report.category", category = "harassment" })));

        // The same message, shown as the report stands now (still the details step, not the category list again).
        Assert.Equal(HttpMethod.Put, _bot.Connector.Calls.Last().Method);
        Assert.Contains("Tell us what happened", Json(again), StringComparison.Ordinal);
        Assert.DoesNotContain("report.category", Json(again), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_sent_or_cancelled_report_card_pressed_again_becomes_its_final_state_with_the_next_step()
    {
        var (cardId, form) = await StartAsync();
        var details = await SubmitAsync(cardId, form, new { command = "report.category", category = "wrong-post" });
        var review = await SubmitAsync(cardId, details, new { command = "report.details", platform = "x", whatHappened = "We posted the wrong price.", urgency = "medium" });
        var sent = Json(await SubmitAsync(cardId, review, new { command = "report.submit", anonymous = "false" }));
        var caseNumber = ReportDriver.CaseNumberPattern().Match(sent).Value;
        Assert.Contains("\"command\":\"my reports\"", sent, StringComparison.Ordinal);

        var edit = Json(await SubmitAsync(cardId, review, new { command = "report.edit" }));

        Assert.Contains("Report sent", edit, StringComparison.Ordinal);
        Assert.Contains($"It is case {caseNumber}", edit, StringComparison.Ordinal);
        Assert.DoesNotContain("report.", edit, StringComparison.Ordinal);

        var (nextId, next) = await StartAsync();
        await _bot.SendAsync(_bot.PersonalMessage("cancel"));
        var cancelled = Json(_bot.Connector.Calls.Last(c => c.Method == HttpMethod.Put && c.Uri.AbsolutePath.EndsWith("/activities/" + nextId, StringComparison.Ordinal)).Activity!);
        Assert.Contains("Report cancelled", cancelled, StringComparison.Ordinal);
        Assert.Contains("Report cancelled", Json(await SubmitAsync(nextId, next, new { command = "report.category", category = "other" })), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", null, "Please tell us what happened")]
    [InlineData("It happened.", "javascript:alert(1)", "https://")]
    [InlineData("It happened.", "instagram.com/p/1", "https://")]
    public async Task Bad_details_bring_the_form_back_with_what_to_fix_and_what_was_typed(string what, string? link, string problem)
    {
        var (cardId, form) = await StartAsync();
        var details = await SubmitAsync(cardId, form, new { command = "report.category", category = "phishing-scam" });

        var again = Json(await SubmitAsync(cardId, details, new { command = "report.details", whatHappened = what, link }));

        Assert.Contains(problem, again, StringComparison.Ordinal);
        if (link is not null)
        {
            Assert.Contains(link, again, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Over_two_thousand_characters_is_refused_and_kept_for_editing()
    {
        var (cardId, form) = await StartAsync();
        var details = await SubmitAsync(cardId, form, new { command = "report.category", category = "other" });

        var again = Json(await SubmitAsync(cardId, details, new { command = "report.details", whatHappened = new string('x', 2001) }));

        Assert.Contains("2,000", again, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancel_works_at_any_step_and_nothing_is_sent()
    {
        await StartAsync();

        Assert.Equal(ReportConversation.Cancelled, Assert.Single(await _bot.SendAsync(_bot.PersonalMessage("cancel"))).Text);
        Assert.Equal(ReportConversation.NothingToCancel, Assert.Single(await _bot.SendAsync(_bot.PersonalMessage("cancel"))).Text);
        Assert.Equal(0, await _bot.Services.GetRequiredService<OutboxDispatcher>().DispatchDueAsync(CancellationToken.None));
    }

    [Fact]
    public async Task A_tampered_category_is_refused_kindly()
    {
        var (cardId, form) = await StartAsync();

        var reply = Assert.Single(await _bot.SendAsync(Submit(cardId, form, new { command = "report.category", category = "../../etc" })));

        Assert.Contains("not on the list", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task My_reports_lists_each_case_with_where_it_stands()
    {
        Assert.Contains("You haven't reported anything yet", Json(Assert.Single(await _bot.SendAsync(_bot.PersonalMessage("my reports")))), StringComparison.Ordinal);

        var caseNumber = await _reporter.ReportHackedAccountAsync();
        var list = Json(Assert.Single(await _bot.SendAsync(_bot.PersonalMessage("my reports"))));

        Assert.Contains(caseNumber, list, StringComparison.Ordinal);
        Assert.Contains("With IT security, not acknowledged yet", list, StringComparison.Ordinal);
        Assert.DoesNotContain("You haven't reported anything yet", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nobody_else_sees_my_reports()
    {
        await _reporter.ReportHackedAccountAsync();

        var theirs = Json(Assert.Single(await _bot.SendAsync(_bot.PersonalMessage("my reports", userId: "29:megan", name: "Megan Bowen"))));

        Assert.Contains("You haven't reported anything yet", theirs, StringComparison.Ordinal);
    }

    private Task<(string CardId, Activity Card)> StartAsync() => _reporter.StartAsync();

    private Activity Submit(string cardId, Activity card, object inputs) => _reporter.Submit(cardId, card, inputs);

    private Task<Activity> SubmitAsync(string cardId, Activity card, object inputs) => _reporter.SubmitAsync(cardId, card, inputs);

    private static string Json(Activity activity) => ReportDriver.Json(activity);

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _bot.DisposeAsync().AsTask();
}
