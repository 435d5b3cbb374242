namespace SocialRiskBot.IntegrationTests.Infrastructure;

/// <summary>Test classes that need the token-accepting Azurite share one instance.</summary>
[CollectionDefinition(Name)]
public sealed class AzuriteOAuthCollection : ICollectionFixture<AzuriteOAuthFixture>
{
    public const string Name = "Azurite with OAuth";
}
