namespace SocialRiskBot.IntegrationTests.Infrastructure;

/// <summary>Test classes that need Azurite share one instance (starting node takes a second or two).</summary>
[CollectionDefinition(Name)]
public sealed class AzuriteCollection : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Azurite";
}
