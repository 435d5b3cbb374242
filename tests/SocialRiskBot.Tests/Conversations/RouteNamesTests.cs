using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SocialRiskBot.BotFramework.Schema;
using SocialRiskBot.Content;
using SocialRiskBot.Conversations;
using SocialRiskBot.Hosting;
using SocialRiskBot.Tests.Documentation;
using SocialRiskBot.Tests.Harness;

namespace SocialRiskBot.Tests.Conversations;

/// <summary>
/// Route names are stable ids: cards already in Teams chats send their action names, people type the command words,
/// and dashboards count by the metric names. None may be lost, renamed or claimed by two features.
/// </summary>
public sealed partial class RouteNamesTests : IAsyncLifetime
{
    /// <summary>Every route the bot answers, with the metric name it counts under and the feature that owns it.</summary>
    private static readonly (string Name, string Metric, string Feature)[] Expected =
    [
        ("help", "Help", "Conversations"), ("start", "Help", "Conversations"), ("?", "Help", "Conversations"),
        ("settings", "Settings", "Profiles"), ("settings.save", "SaveSettings", "Profiles"),
        ("report", "Report", "Incidents"), ("my reports", "MyReports", "Incidents"), ("cancel", "Cancel", "Incidents"),
        ("report incidents", "IncidentsReport", "Incidents"),
        ("report.category", "ReportCard", "Incidents"), ("report.details", "ReportCard", "Incidents"), ("report.edit", "ReportCard", "Incidents"),
        ("report.submit", "ReportCard", "Incidents"), ("report.cancel", "ReportCard", "Incidents"), ("report.adddetails", "ReportCard", "Incidents"),
        ("report.notfixed", "ReportCard", "Incidents"), ("report.files", "ReportCard", "Incidents"), ("report.*", "ReportCard", "Incidents"),
        ("case.acknowledge", "CaseCard", "Incidents"), ("case.assign", "CaseCard", "Incidents"), ("case.note", "CaseCard", "Incidents"),
        ("case.severity", "CaseCard", "Incidents"), ("case.reroute", "CaseCard", "Incidents"), ("case.resolve", "CaseCard", "Incidents"),
        ("case.reopen", "CaseCard", "Incidents"), ("case.ask", "CaseCard", "Incidents"), ("case.*", "CaseCard", "Incidents"),
        ("relay.answer", "RelayCard", "Incidents"), ("relay.*", "RelayCard", "Incidents"),
        ("ask", "Ask", "Faq"), ("topics", "Topics", "Faq"), ("browse topics", "Topics", "Faq"), ("faq gaps", "FaqGaps", "Faq"),
        ("faq.show", "FaqCard", "Faq"), ("faq.feedback", "FaqCard", "Faq"), ("faq.none", "FaqCard", "Faq"), ("faq.topics", "FaqCard", "Faq"),
        ("faq.topic", "FaqCard", "Faq"), ("faq.askteam", "FaqCard", "Faq"), ("faq.answer", "FaqCard", "Faq"), ("faq.*", "FaqCard", "Faq"),
        ("train", "Train", "Training"), ("training", "Train", "Training"), ("quiz", "Train", "Training"),
        ("refresh", "Refresh", "Training"), ("refresher", "Refresh", "Training"),
        ("stop reminders", "StopReminders", "Training"), ("start reminders", "StartReminders", "Training"),
        ("assign", "Assign", "Training"), ("report training", "TrainingReport", "Training"),
        ("train.start", "TrainCard", "Training"), ("train.answer", "TrainCard", "Training"), ("train.next", "TrainCard", "Training"),
        ("train.missed", "TrainCard", "Training"), ("train.refresh", "TrainCard", "Training"), ("train.reminders", "TrainCard", "Training"),
        ("train.department", "TrainCard", "Training"), ("train.assign", "TrainCard", "Training"), ("train.*", "TrainCard", "Training"),
    ];

    private readonly ConversationHarness _bot = new();

    private RouteTable Routes => _bot.Services.GetRequiredService<RouteTable>();

    [Fact]
    public void Every_route_keeps_its_name_its_metric_name_and_its_feature()
    {
        var registered = Routes.Routes.Select(r => (r.Name, r.Metric, r.Feature)).ToList();

        Assert.Empty(Expected.Except(registered)); // none lost or renamed
        Assert.Empty(registered.Except(Expected)); // a new route is added to this list on purpose
        Assert.Equal(registered.Count, registered.Distinct().Count());
    }

    [Fact]
    public void Every_command_content_names_and_every_action_a_card_template_sends_has_a_route()
    {
        var names = Routes.Routes.Select(r => r.Name).ToHashSet(StringComparer.Ordinal);
        var sent = Directory.EnumerateFiles(Path.Combine(RepositoryFiles.Root, "cards"), "*.json")
            .SelectMany(file => CardCommand().Matches(File.ReadAllText(file)).Select(m => m.Groups["name"].Value))
            .Where(name => !name.StartsWith("${", StringComparison.Ordinal))
            .Distinct()
            .ToList();

        Assert.True(sent.Count > 30, $"only {sent.Count} card actions found");
        Assert.DoesNotContain(sent, name => !names.Contains(name) && Routes.Match(_bot.PersonalSubmit(new { command = name }, "card-1")).Route is null);
        Assert.DoesNotContain(ChatCommands.All, command => !names.Contains(command.Name));
    }

    [Fact]
    public async Task Two_features_registering_the_same_card_action_stop_the_bot_at_startup_naming_both()
    {
        var startup = Startup(
            new RouteRegistration("Incidents", (routes, _) => routes.CardAction("report.submit", "ReportCard", Nothing)),
            new RouteRegistration("Training", (routes, _) => routes.CardAction("report.submit", "TrainCard", Nothing)));

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => startup.StartAsync(CancellationToken.None));

        Assert.Equal(
            "The route \"report.submit\" is registered by both Incidents and Training. Each command word, card action and step of the turn pipeline belongs to one feature.",
            failure.Message);
    }

    [Fact]
    public void A_command_word_is_one_features_in_any_case_and_so_is_each_step_of_the_pipeline()
    {
        var word = Assert.Throws<InvalidOperationException>(() => Table(
            new RouteRegistration("Faq", (routes, _) => routes.Command(["topics"], "Topics", (_, _) => Task.CompletedTask)),
            new RouteRegistration("Training", (routes, _) => routes.Command(["Topics"], "Train", (_, _) => Task.CompletedTask))));
        var question = Assert.Throws<InvalidOperationException>(() => Table(
            new RouteRegistration("Faq", (routes, _) => routes.Question((_, _, _) => Task.CompletedTask)),
            new RouteRegistration("Training", (routes, _) => routes.Question((_, _, _) => Task.CompletedTask))));
        var twice = Assert.Throws<InvalidOperationException>(() => Table(
            new RouteRegistration("Faq", (routes, _) => routes.CardAction("faq.show", "FaqCard", Nothing).CardAction("faq.show", "FaqCard", Nothing))));

        Assert.StartsWith("The route \"Topics\" is registered by both Faq and Training.", word.Message, StringComparison.Ordinal);
        Assert.StartsWith("The question step is registered by both Faq and Training.", question.Message, StringComparison.Ordinal);
        Assert.StartsWith("The route \"faq.show\" is registered twice by Faq.", twice.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_evidence_dialog_invoke_is_answered_by_Incidents_and_an_invoke_is_one_features()
    {
        var twice = Assert.Throws<InvalidOperationException>(() => Table(
            new RouteRegistration("Incidents", (routes, _) => routes.Invoke("task/fetch", (_, _) => Task.CompletedTask, _ => new InvokeResponse(200))),
            new RouteRegistration("Training", (routes, _) => routes.Invoke("task/fetch", (_, _) => Task.CompletedTask, _ => new InvokeResponse(200)))));

        Assert.Equal("Incidents", Routes.Invoke("task/fetch")?.Feature);
        Assert.Null(Routes.Invoke("composeExtension/query"));
        Assert.StartsWith("The invoke \"task/fetch\" is registered by both Incidents and Training.", twice.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_bot_builds_its_route_table_when_it_starts()
    {
        var services = new ServiceCollection();
        services.AddConversations();

        Assert.Contains(services, d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(LoadAtStartup<RouteTable>));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _bot.DisposeAsync().AsTask();

    private static Task Nothing(SocialRiskBot.BotFramework.Hosting.TurnContext turn, System.Text.Json.JsonElement form, CancellationToken cancellationToken) => Task.CompletedTask;

    private static RouteTable Table(params RouteRegistration[] registrations) =>
        new(registrations, new ServiceCollection().BuildServiceProvider());

    private static IHostedService Startup(params RouteRegistration[] registrations)
    {
        var services = new ServiceCollection();
        foreach (var registration in registrations)
        {
            services.AddSingleton(registration);
        }

        services.AddSingleton<RouteTable>();
        services.AddHostedService<LoadAtStartup<RouteTable>>();
        return services.BuildServiceProvider().GetRequiredService<IHostedService>();
    }

    [GeneratedRegex("\"command\"\\s*:\\s*\"(?<name>[^\"]+)\"")]
    private static partial Regex CardCommand();
}
