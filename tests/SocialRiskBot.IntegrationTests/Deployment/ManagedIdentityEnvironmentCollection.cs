namespace SocialRiskBot.IntegrationTests.Deployment;

/// <summary>
/// Tests that set the process's managed identity variables (IDENTITY_ENDPOINT, IDENTITY_HEADER) run alone: every
/// credential in the process would see them.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ManagedIdentityEnvironmentCollection
{
    public const string Name = "Managed identity environment";
}
