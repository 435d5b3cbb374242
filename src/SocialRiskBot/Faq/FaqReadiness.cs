using SocialRiskBot.Hosting;

namespace SocialRiskBot.Faq;

/// <summary>Not ready while the FAQ's vectors are built (a question asked meanwhile waits for them).</summary>
public sealed class FaqReadiness(FaqLibrary library) : IReadinessCheck
{
    public string? NotReadyBecause => library.IsReady ? null : "FAQ index building";
}
