using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Options;
using SocialRiskBot.BotFramework;

namespace SocialRiskBot.Tests.Protocol;

/// <summary>Configuration of the bot's identity: the Bot section, the SDK's flat keys, and what each app type needs.</summary>
public class BotOptionsTests
{
    [Fact]
    public void The_sdk_flat_keys_configure_a_bot_migrated_from_the_sdk()
    {
        var options = Resolve(new()
        {
            ["MicrosoftAppId"] = "app", ["MicrosoftAppPassword"] = "pw", ["MicrosoftAppTenantId"] = "tenant", ["MicrosoftAppType"] = "SingleTenant",
        });

        Assert.Equal(("app", "pw", "tenant", BotAppType.SingleTenant), (options.AppId, options.AppPassword, options.TenantId, options.AppType));
    }

    [Fact]
    public void The_bot_section_wins_over_the_flat_keys()
    {
        var options = Resolve(new()
        {
            ["MicrosoftAppId"] = "old", ["MicrosoftAppPassword"] = "pw", ["MicrosoftAppType"] = "SingleTenant",
            ["Bot:AppId"] = "new", ["Bot:AppType"] = "MultiTenant",
        });

        Assert.Equal("new", options.AppId);
        Assert.Equal(BotAppType.MultiTenant, options.AppType);
    }

    [Fact]
    public void Without_trusted_service_urls_configured_the_teams_hosts_are_trusted()
    {
        Assert.Equal(BotFrameworkOptions.DefaultTrustedServiceUrls, Resolve([]).TrustedServiceUrls);
    }

    [Theory]
    [InlineData("SingleTenant", null, "tenant", "Bot:AppPassword is required for SingleTenant.")]
    [InlineData("SingleTenant", "pw", null, "Bot:TenantId is required for SingleTenant.")]
    [InlineData("UserAssignedMsi", "pw", "tenant", "Bot:AppPassword must be empty for UserAssignedMsi")]
    [InlineData("UserAssignedMsi", null, null, "Bot:TenantId is required for UserAssignedMsi.")]
    [InlineData("MultiTenant", null, null, "Bot:AppPassword is required for MultiTenant.")]
    public void An_incomplete_identity_stops_startup_naming_the_missing_setting(string type, string? password, string? tenant, string message)
    {
        var error = Assert.Throws<OptionsValidationException>(() => Resolve(new()
        {
            ["Bot:AppId"] = "app", ["Bot:AppType"] = type, ["Bot:AppPassword"] = password, ["Bot:TenantId"] = tenant,
        }));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_trusted_url_stops_startup()
    {
        var error = Assert.Throws<OptionsValidationException>(() => Resolve(new() { ["Bot:TrustedServiceUrls:0"] = "smba.trafficmanager.net" }));
        Assert.Contains("Bot:TrustedServiceUrls", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("1001")]
    public void A_tenant_rate_outside_what_teams_could_allow_stops_startup(string rate)
    {
        var error = Assert.Throws<OptionsValidationException>(() => Resolve(new() { ["Bot:Connector:TenantRequestsPerSecond"] = rate }));
        Assert.Contains("Bot:Connector", error.Message, StringComparison.Ordinal);
        Assert.Contains("TenantRequestsPerSecond", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Teams_rate_of_fifty_per_second_per_tenant_is_the_default_limit()
    {
        var connector = Resolve([]).Connector;
        Assert.Equal(50, connector.TenantRequestsPerSecond);
        Assert.True(connector.LimitTenantRequests);
    }

    [Fact]
    public void Local_development_needs_no_identity_at_all()
    {
        Assert.True(Resolve([]).AuthenticationDisabled);
    }

    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    [InlineData("Testing")]
    public void Outside_development_an_empty_app_id_stops_startup_and_names_the_way_out(string environment)
    {
        var error = Assert.Throws<OptionsValidationException>(() => Resolve([], environment));

        Assert.Contains($"Bot:AppId is empty in the '{environment}' environment", error.Message, StringComparison.Ordinal);
        Assert.Contains("Bot:AllowUnauthenticated=true", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_host_environment_an_empty_app_id_is_refused_too()
    {
        var error = Assert.Throws<OptionsValidationException>(() => Resolve([], environment: null));
        Assert.Contains("Bot:AppId is empty", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_operator_may_run_without_an_app_id_in_production_by_saying_so()
    {
        var options = Resolve(new() { ["Bot:AllowUnauthenticated"] = "true" }, "Production");

        Assert.True(options.AuthenticationDisabled);
        Assert.True(options.AllowUnauthenticated);
    }

    [Fact]
    public void Allowed_callers_are_empty_unless_configured()
    {
        Assert.Empty(Resolve([]).AllowedCallers);
        Assert.Equal(["22222222-3333-4444-5555-666666666666"], Resolve(new() { ["Bot:AllowedCallers:0"] = "22222222-3333-4444-5555-666666666666" }).AllowedCallers);
    }

    [Theory]
    [InlineData("*")]
    [InlineData("")]
    [InlineData("partner-bot")]
    [InlineData("{22222222-3333-4444-5555-666666666666}")]
    public void An_allowed_caller_that_is_not_an_app_id_stops_startup(string caller)
    {
        var error = Assert.Throws<OptionsValidationException>(() => Resolve(new() { ["Bot:AllowedCallers:0"] = caller }));
        Assert.Contains("Bot:AllowedCallers", error.Message, StringComparison.Ordinal);
    }

    private static BotFrameworkOptions Resolve(Dictionary<string, string?> settings, string? environment = "Development")
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration);
        if (environment is not null)
        {
            services.AddSingleton<IHostEnvironment>(new HostingEnvironment { EnvironmentName = environment });
        }

        services.AddBotFramework();
        using var provider = services.BuildServiceProvider();
        return provider.GetRequiredService<IOptions<BotFrameworkOptions>>().Value;
    }
}
