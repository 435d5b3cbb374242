using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using SocialRiskBot.Faq;

namespace SocialRiskBot.Cli;

/// <summary>One output line of <c>faq eval</c>: <c>{"q": "...", "answerId": "id" or null, "topic": "topic" or null, "score": 0..1}</c>.</summary>
public static class FaqEvalLine
{
    private static readonly JsonSerializerOptions Strings = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Format(string question, FaqDecision decision, bool explain)
    {
        var answer = decision.Best;
        var line = new StringBuilder()
            .Append("{\"q\": ").Append(Json(question))
            .Append(", \"answerId\": ").Append(answer is null ? "null" : Json(answer.Id))
            .Append(", \"topic\": ").Append(answer is null ? "null" : Json(answer.Topic))
            .Append(", \"score\": ").Append(Number(decision.Confidence));
        if (explain)
        {
            line.Append(", \"decision\": ").Append(Json(decision.Kind.ToString()));
            if (decision.Ranked.Count > 0)
            {
                var best = decision.Ranked[0];
                var f = best.Features;
                line.Append(", \"best\": ").Append(Json(best.Entry.Id))
                    .Append(", \"bestTopic\": ").Append(Json(best.Entry.Topic))
                    .Append(", \"features\": {\"asked\": ").Append(Number(f.Asked))
                    .Append(", \"answered\": ").Append(Number(f.Answered))
                    .Append(", \"words\": ").Append(Number(f.Words))
                    .Append(", \"offTopicGap\": ").Append(Number(f.OffTopicGap))
                    .Append(", \"topicMargin\": ").Append(Number(f.TopicMargin))
                    .Append(", \"questionWords\": ").Append(Number(f.QuestionWords)).Append('}');
            }
        }

        return line.Append('}').ToString();
    }

    private static string Json(string value) => JsonSerializer.Serialize(value, Strings);

    private static string Number(double value) => Math.Round(value, 4).ToString("0.####", CultureInfo.InvariantCulture);
}
