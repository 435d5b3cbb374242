using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;
using SocialRiskBot.BotFramework.Connector;

namespace SocialRiskBot.BotFramework;

/// <summary>What each app type needs (https://learn.microsoft.com/azure/bot-service/bot-builder-authentication), and well-formed trusted service URLs; named so a bad setting is found fast.</summary>
public sealed class BotFrameworkOptionsValidator : IValidateOptions<BotFrameworkOptions>
{
    public ValidateOptionsResult Validate(string? name, BotFrameworkOptions options)
    {
        var failures = new List<string>();
        if (!options.AuthenticationDisabled)
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

    private static void Require(List<string> failures, string? value, string message)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            failures.Add(message);
        }
    }
}
