using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using SocialRiskBot.BotFramework.Connector;

namespace SocialRiskBot.BotFramework;

/// <summary>
/// What each app type needs, when the bot may run without an app id, well-formed allowed callers and trusted
/// service URLs; named so a bad setting is found fast. Without a host environment the bot is treated as not in
/// Development, so an empty app id never slips through.
/// </summary>
public sealed class BotFrameworkOptionsValidator(IHostEnvironment? environment = null) : IValidateOptions<BotFrameworkOptions>
{
    public ValidateOptionsResult Validate(string? name, BotFrameworkOptions options)
    {
        var failures = new List<string>();
        if (options.AuthenticationDisabled)
        {
            RequireDevelopmentOrSwitch(failures, options);
        }
        else
        {
            RequireIdentity(failures, options);
        }

        foreach (var caller in options.AllowedCallers.Where(c => !Guid.TryParseExact(c, "D", out _)))
        {
            failures.Add($"Bot:AllowedCallers: '{caller}' is not an app id (a GUID such as 00000000-0000-0000-0000-000000000000); list each caller by its app id, there is no wildcard.");
        }

        try
        {
            _ = new TrustedServiceUrls(options.TrustedServiceUrls);
        }
        catch (FormatException ex)
        {
            failures.Add($"Bot:TrustedServiceUrls: {ex.Message}");
        }

        var connectorErrors = new List<ValidationResult>();
        if (!Validator.TryValidateObject(options.Connector, new ValidationContext(options.Connector), connectorErrors, validateAllProperties: true))
        {
            failures.AddRange(connectorErrors.Select(e => $"Bot:Connector: {e.ErrorMessage}"));
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private void RequireDevelopmentOrSwitch(List<string> failures, BotFrameworkOptions options)
    {
        if (environment?.IsDevelopment() == true || options.AllowUnauthenticated)
        {
            return;
        }

        failures.Add(
            $"Bot:AppId is empty in the '{environment?.EnvironmentName ?? "(none)"}' environment, so /api/messages would accept " +
            "requests without a token. Set Bot:AppId and its credentials, run in Development (ASPNETCORE_ENVIRONMENT=Development), " +
            "or set Bot:AllowUnauthenticated=true to accept unauthenticated requests on purpose.");
    }

    private static void RequireIdentity(List<string> failures, BotFrameworkOptions options)
    {
        switch (options.AppType)
        {
            case BotAppType.SingleTenant:
                Require(failures, options.AppPassword, "Bot:AppPassword is required for SingleTenant.");
                Require(failures, options.TenantId, "Bot:TenantId is required for SingleTenant.");
                break;
            case BotAppType.UserAssignedMsi:
                Require(failures, options.TenantId, "Bot:TenantId is required for UserAssignedMsi.");
                if (!string.IsNullOrEmpty(options.AppPassword))
                {
                    failures.Add("Bot:AppPassword must be empty for UserAssignedMsi (the managed identity has no secret).");
                }

                break;
            default:
                Require(failures, options.AppPassword, "Bot:AppPassword is required for MultiTenant.");
                break;
        }
    }

    private static void Require(List<string> failures, string? value, string message)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            failures.Add(message);
        }
    }
}
