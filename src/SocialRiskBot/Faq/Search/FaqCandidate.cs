namespace SocialRiskBot.Faq.Search;

/// <summary>An entry the index found for a question, with its BM25 score and the evidence its confidence is judged on.</summary>
/// <param name="Index">The entry's position in the content.</param>
public sealed record FaqCandidate(FaqEntry Entry, int Index, float Score, MatchFeatures Features);

/// <summary>
/// What decides how sure we are that an entry answers a question, each in [0,1] except <see cref="Terms"/>.
/// </summary>
/// <param name="PhraseCoverage">Share of the question's words (weighted by rarity) found in the best-matching way of asking.</param>
/// <param name="EntryCoverage">Share found anywhere in the entry, answer and tags included.</param>
/// <param name="TagCoverage">Share found in the entry's tags, its curated keywords.</param>
/// <param name="PhraseFit">Share of that way of asking's words the question contains.</param>
/// <param name="Margin">How far ahead of the next entry it scores, relative to its own score.</param>
/// <param name="TopicMargin">How far ahead of the best entry of another topic it scores, relative to its own score.</param>
/// <param name="Terms">How many distinct words the question had after stop words.</param>
public readonly record struct MatchFeatures(double PhraseCoverage, double EntryCoverage, double TagCoverage, double PhraseFit, double Margin, double TopicMargin, int Terms);
