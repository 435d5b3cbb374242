namespace SocialRiskBot.Conversations;

/// <summary>
/// A feature's routes, added with <see cref="ConversationsServiceCollectionExtensions.AddRoutes"/> from the feature's
/// own <c>Add…Teams()</c>; <paramref name="Register"/> runs once, when the <see cref="RouteTable"/> is built, and takes
/// the feature's conversations from the services.
/// </summary>
public sealed record RouteRegistration(string Feature, Action<FeatureRoutes, IServiceProvider> Register);
