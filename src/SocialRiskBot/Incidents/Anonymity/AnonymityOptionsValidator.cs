using Microsoft.Extensions.Options;

namespace SocialRiskBot.Incidents.Anonymity;

/// <summary>Refuses to start with a sealing key that is not 32 bytes of base64, rather than storing links unsealed.</summary>
public sealed class AnonymityOptionsValidator : IValidateOptions<AnonymityOptions>
{
    public ValidateOptionsResult Validate(string? name, AnonymityOptions options)
    {
        try
        {
            return AnonymityOptions.KeyBytes(options.Key) is { Length: not 32 } key
                ? ValidateOptionsResult.Fail($"{AnonymityOptions.SectionName}:Key must be 32 bytes in base64 (it is {key.Length} bytes). Make one with: openssl rand -base64 32")
                : ValidateOptionsResult.Success;
        }
        catch (FormatException)
        {
            return ValidateOptionsResult.Fail($"{AnonymityOptions.SectionName}:Key is not valid base64. Make one with: openssl rand -base64 32");
        }
    }
}
