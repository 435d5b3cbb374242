namespace SocialRiskBot.BotFramework.Authentication;

/// <summary>
/// Issuers of Entra-issued tokens the bot accepts: the tenants the Bot Framework and Agents SDKs trust by default,
/// and the bot's own tenant. An issuer says who signed, not who asked: the caller must still be allowed.
/// </summary>
public static class TokenIssuers
{
    private static readonly string[] BotFrameworkTenants =
    [
        "d6d49420-f39b-4df7-a1dc-d59a935871db", // v3.1 tokens
        "f8cdef31-a31e-4b4a-93e4-5f571e91255a", // v3.2 tokens
        "69e9b82d-4842-4902-8d1e-abc5b98a55e8", // Agents SDK public cloud
    ];

    private const string UsGovTenant = "cab8a31a-1906-4287-a0d8-4eef66b95f6e";

    /// <summary>The fixed list plus the single-tenant issuers of <paramref name="tenantId"/> when one is configured.</summary>
    public static IReadOnlyList<string> Entra(string? tenantId)
    {
        var issuers = new List<string>();
        foreach (var tenant in BotFrameworkTenants)
        {
            AddTenant(issuers, tenant, "https://login.microsoftonline.com");
        }

        AddTenant(issuers, UsGovTenant, "https://login.microsoftonline.us");
        if (!string.IsNullOrWhiteSpace(tenantId))
        {
            AddTenant(issuers, tenantId.Trim(), "https://login.microsoftonline.com");
        }

        return issuers;
    }

    private static void AddTenant(List<string> issuers, string tenant, string v2Authority)
    {
        issuers.Add($"https://sts.windows.net/{tenant}/");
        issuers.Add($"{v2Authority}/{tenant}/v2.0");
    }
}
