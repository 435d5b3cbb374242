using System.Reflection;

namespace SocialRiskBot.Cards;

/// <summary>Every card model of the application, with its template and audience: what startup and the conformance tests check.</summary>
public static class CardCatalog
{
    public sealed record Entry(Type Model, string TemplateName, CardAudience Audience);

    public static IReadOnlyList<Entry> Entries { get; } = Discover(typeof(CardCatalog).Assembly);

    private static Entry[] Discover(Assembly assembly) =>
    [
        .. assembly.GetTypes()
            .Where(t => t is { IsAbstract: false, IsInterface: false } && t.IsAssignableTo(typeof(ICardModel)))
            .Select(t => new Entry(
                t,
                (string)t.GetProperty(nameof(ICardModel.TemplateName))!.GetValue(null)!,
                (CardAudience)t.GetProperty(nameof(ICardModel.Audience))!.GetValue(null)!))
            .OrderBy(e => e.TemplateName, StringComparer.Ordinal),
    ];
}
