namespace SocialRiskBot.Storage;

/// <summary>
/// The rules for how the bot reaches an Azure storage service: by a connection string (a secret) or by an endpoint
/// (an Entra token), exactly one of them. Each problem names its key.
/// </summary>
internal static class StorageServiceAccess
{
    /// <param name="section">The options section, e.g. <c>Storage:AzureTables</c>.</param>
    /// <param name="when">Why the section is needed, e.g. <c>Storage:Provider is AzureTables</c>.</param>
    /// <param name="example">An endpoint to show, e.g. <c>https://&lt;account&gt;.table.core.windows.net/</c>.</param>
    public static void Check(List<string> problems, string section, string? connectionString, Uri? endpoint, string when, string example)
    {
        var hasConnectionString = !string.IsNullOrWhiteSpace(connectionString);
        if (endpoint is null)
        {
            if (!hasConnectionString)
            {
                problems.Add($"{section}:Endpoint or {section}:ConnectionString is required when {when}. The endpoint " +
                    $"({example}) signs in with the managed identity and needs no secret; a connection string is a secret " +
                    $"(set it with the environment variable {section.Replace(":", "__", StringComparison.Ordinal)}__ConnectionString or user-secrets).");
            }

            return;
        }

        if (hasConnectionString)
        {
            problems.Add($"{section}:Endpoint and {section}:ConnectionString are both set: give one of them.");
        }

        if (!endpoint.IsAbsoluteUri)
        {
            problems.Add($"{section}:Endpoint '{endpoint}' is not an absolute URL, e.g. {example}");
            return;
        }

        // Shown without its query, which could be a SAS token.
        var shown = endpoint.GetLeftPart(UriPartial.Path);

        // Azure's SDK sends a token only over TLS, and Azurite accepts one only over HTTPS: an http endpoint could never sign in.
        if (endpoint.Scheme != Uri.UriSchemeHttps)
        {
            problems.Add($"{section}:Endpoint '{shown}' must be https: a token is only sent over TLS " +
                "(for Azurite, start it with --cert, --key and --oauth basic, or use a connection string).");
        }

        if (!string.IsNullOrEmpty(endpoint.Query) || !string.IsNullOrEmpty(endpoint.UserInfo))
        {
            problems.Add($"{section}:Endpoint must be the service address only, without a query or user info " +
                "(a SAS token is a secret: use a connection string for it).");
        }
    }
}
