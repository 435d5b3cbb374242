using Microsoft.Extensions.Options;
using SocialRiskBot.Faq;

namespace SocialRiskBot.FaqBench;

/// <summary>The default thresholds, as the bot runs without configuration.</summary>
internal sealed class FixedOptions : IOptionsMonitor<FaqOptions>
{
    public FaqOptions CurrentValue { get; } = new();

    public FaqOptions Get(string? name) => CurrentValue;

    public IDisposable? OnChange(Action<FaqOptions, string?> listener) => null;
}
