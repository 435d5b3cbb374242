using System.Text.Json;

namespace SocialRiskBot.Cli;

/// <summary>Reads the questions of <c>faq eval</c>: one JSON object with a string "q" per line; blank lines are skipped.</summary>
public static class FaqEvalInput
{
    /// <returns>The questions in order, or a problem naming the first bad line (then nothing is evaluated).</returns>
    public static async Task<(IReadOnlyList<string> Questions, string? Problem)> ReadAsync(string path, CancellationToken cancellationToken)
    {
        string[] lines;
        try
        {
            lines = path == "-"
                ? (await Console.In.ReadToEndAsync(cancellationToken).ConfigureAwait(false)).Split('\n')
                : await File.ReadAllLinesAsync(path, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return ([], $"cannot read {path}: {ex.Message}");
        }

        var questions = new List<string>(lines.Length);
        for (var i = 0; i < lines.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i]))
            {
                continue;
            }

            if (Question(lines[i]) is not { } question)
            {
                return ([], $"{path}:{i + 1}: expected a JSON object with a string \"q\", like {{\"q\": \"can I post about my job?\"}}");
            }

            questions.Add(question);
        }

        return (questions, null);
    }

    private static string? Question(string line)
    {
        try
        {
            using var document = JsonDocument.Parse(line);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("q", out var q) && q.ValueKind == JsonValueKind.String
                ? q.GetString()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
