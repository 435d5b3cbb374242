using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SocialRiskBot.Organization;

namespace SocialRiskBot.Tests.Organization;

public sealed class DepartmentsConfigurationTests
{
    private const string Team = "19:2b7c0d3e9f4a4b1c8d2e6f7a8b9c0d1e@thread.tacv2";
    private const string Channel = "19:5e6f7a8b9c0d4e1f2a3b4c5d6e7f8a9b@thread.tacv2";
    private const string Responder = "8f14e45f-ceea-467f-a0e6-4a3d5b2c1e90";

    [Fact]
    public void On_a_developer_machine_the_default_departments_start_without_any_Teams_ids()
    {
        var directory = Start([]).GetRequiredService<DepartmentDirectory>();

        Assert.Equal(11, directory.All.Count);
        Assert.All(directory.All, d => Assert.Equal((null, null, 0), (d.TeamId, d.ChannelId, d.Responders.Count)));
        Assert.NotNull(directory.Find("risk-committee"));
    }

    [Fact]
    public void A_department_set_up_in_Teams_knows_its_team_its_channel_and_its_responders()
    {
        var directory = Start(new()
        {
            ["Departments:0:Id"] = "it-security",
            ["Departments:0:Name"] = "IT security",
            ["Departments:0:TeamId"] = Team,
            ["Departments:0:ChannelId"] = Channel,
            ["Departments:0:Responders:0"] = Responder,
            ["Departments:0:Responders:1"] = "0D1E2F3A-4B5C-4D6E-8F70-8192A3B4C5D6",
            ["Departments:1:Id"] = "risk-committee",
            ["Departments:1:Name"] = "Risk committee",
        }).GetRequiredService<DepartmentDirectory>();

        var security = directory.Find("it-security")!;
        Assert.Equal((Team, Channel), (security.TeamId, security.ChannelId));
        Assert.Equal([Responder, "0d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6"], security.Responders);
        Assert.Null(directory.Find("risk-committee")!.ChannelId);
    }

    [Fact]
    public void Teams_ids_left_empty_by_a_deployment_template_mean_not_set_up()
    {
        var directory = Start(new()
        {
            ["Departments:0:Id"] = "risk-committee",
            ["Departments:0:Name"] = "Risk committee",
            ["Departments:0:TeamId"] = "",
            ["Departments:0:ChannelId"] = " ",
        }).GetRequiredService<DepartmentDirectory>();

        Assert.Equal((null, null), (directory.All[0].TeamId, directory.All[0].ChannelId));
    }

    [Theory]
    [InlineData("General", "Departments:0:TeamId: 'General' is not a Teams thread id like 19:abc123@thread.tacv2.")]
    [InlineData("2b7c0d3e-9f4a-4b1c-8d2e-6f7a8b9c0d1e", "Departments:0:TeamId: '2b7c0d3e-9f4a-4b1c-8d2e-6f7a8b9c0d1e' is not a Teams thread id like 19:abc123@thread.tacv2.")]
    [InlineData("19%3a2b7c0d3e%40thread.tacv2", "Departments:0:TeamId: '19%3a2b7c0d3e%40thread.tacv2' is URL-encoded; decode it (%3a is ':', %40 is '@'), e.g. 19:abc123@thread.tacv2.")]
    [InlineData("19:abc @thread.tacv2", "Departments:0:TeamId: '19:abc @thread.tacv2' is not a Teams thread id like 19:abc123@thread.tacv2.")]
    public void A_team_id_that_is_not_what_Teams_sends_stops_startup_and_says_what_it_should_look_like(string teamId, string failure)
    {
        var failures = StartupFailures(One(("TeamId", teamId), ("ChannelId", Channel)));

        Assert.Equal([failure], failures);
    }

    [Fact]
    public void A_channel_id_is_checked_the_same_way()
    {
        var failures = StartupFailures(One(("TeamId", Team), ("ChannelId", "social-media-incidents")));

        Assert.Equal(["Departments:0:ChannelId: 'social-media-incidents' is not a Teams thread id like 19:abc123@thread.tacv2."], failures);
    }

    [Theory]
    [InlineData("TeamId", Team)]
    [InlineData("ChannelId", Channel)]
    public void A_team_without_a_channel_or_a_channel_without_its_team_stops_startup(string key, string value)
    {
        Assert.Equal(["Departments:0:set both TeamId and ChannelId, or neither."], StartupFailures(One((key, value))));
    }

    [Fact]
    public void The_general_channel_may_be_the_team_itself()
    {
        var directory = Start(One(("TeamId", Team), ("ChannelId", Team))).GetRequiredService<DepartmentDirectory>();

        Assert.Equal(Team, directory.All[0].ChannelId);
    }

    [Fact]
    public void Responders_are_Entra_object_ids_each_listed_once()
    {
        var failures = StartupFailures(One(
            ("Responders:0", "alex@contoso.com"),
            ("Responders:1", Responder),
            ("Responders:2", Responder.ToUpperInvariant())));

        Assert.Equal(
        [
            "Departments:0:Responders:0: 'alex@contoso.com' is not an Entra object id (a GUID like 00000000-0000-0000-0000-000000000000).",
            $"Departments:0:Responders: '{Responder}' is listed more than once.",
        ], failures);
    }

    [Fact]
    public void Without_the_risk_committee_or_with_a_department_twice_the_bot_does_not_start()
    {
        var failures = StartupFailures(new()
        {
            ["Departments:0:Id"] = "hr",
            ["Departments:0:Name"] = "HR",
            ["Departments:1:Id"] = "hr",
            ["Departments:1:Name"] = "Human resources",
        });

        Assert.Equal(
        [
            "Departments: the id 'hr' is used more than once.",
            "Departments: 'risk-committee' must exist (it receives whatever has no other owner).",
        ], failures);
    }

    // A risk committee with the given extra settings, alone in the list.
    private static Dictionary<string, string?> One(params (string Key, string Value)[] settings)
    {
        var all = new Dictionary<string, string?> { ["Departments:0:Id"] = "risk-committee", ["Departments:0:Name"] = "Risk committee" };
        foreach (var (key, value) in settings)
        {
            all["Departments:0:" + key] = value;
        }

        return all;
    }

    private static ServiceProvider Start(Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .AddOrganization()
            .BuildServiceProvider();
        services.GetRequiredService<IStartupValidator>().Validate();
        return services;
    }

    private static IEnumerable<string> StartupFailures(Dictionary<string, string?> settings) =>
        Assert.Throws<OptionsValidationException>(() => Start(settings)).Failures;
}
