using SocialRiskBot.Faq;
using SocialRiskBot.Faq.Search;
using SocialRiskBot.Organization;

namespace SocialRiskBot.Tests.Faq;

/// <summary>
/// The sentence model and its vector cache, shared by every test: the model is loaded once per test run (about a
/// second) and the shipped FAQ's vectors are encoded once per machine (kept beside the test binaries).
/// </summary>
internal static class SharedFaq
{
    public static string CacheFolder { get; } = Path.Combine(AppContext.BaseDirectory, "faq-cache");

    public static FaqSemantics Semantics { get; } = new(
        () => MiniLmEncoder.Shared(Path.Combine(CacheFolder, MiniLmEncoder.ModelFileName), threads: 1),
        new EmbeddingCache(CacheFolder));

    private static readonly Lazy<FaqLibrary> Shipped = new(() => Library(Path.Combine(AppContext.BaseDirectory, "content")));

    /// <summary>The shipped content, with its vectors built.</summary>
    public static FaqLibrary ShippedLibrary => Shipped.Value;

    /// <summary>The content in <paramref name="contentFolder"/>, with its vectors built; other content than the shipped one keeps its vectors in that folder.</summary>
    public static FaqLibrary Library(string contentFolder)
    {
        var departments = DepartmentsOptions.Defaults.Select(d => d.Id).ToList();
        var semantics = contentFolder == Path.Combine(AppContext.BaseDirectory, "content")
            ? Semantics
            : new FaqSemantics(() => Semantics.Encoder, new EmbeddingCache(Path.Combine(contentFolder, "faq-cache")));
        var library = new FaqLibrary(FaqLibrary.Load(contentFolder, departments, semantics), semantics);
        library.WarmUpAsync().GetAwaiter().GetResult();
        return library;
    }
}
