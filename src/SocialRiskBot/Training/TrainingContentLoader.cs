using System.Globalization;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using SocialRiskBot.Content;
using SocialRiskBot.Faq;
using YamlDotNet.RepresentationModel;

namespace SocialRiskBot.Training;

/// <summary>
/// Reads and checks <c>content/training/*.yaml</c>, one module per file. Every problem names the file and line;
/// content with any problem is refused as a whole.
/// </summary>
public static partial class TrainingContentLoader
{
    public const int MinModules = 1;
    public const int MaxStem = 400;
    public const int MaxChoice = 140;
    public const int MaxExplanation = 600;

    /// <returns>The modules, or null with the problems found.</returns>
    public static (IReadOnlyList<TrainingModule>? Modules, IReadOnlyList<ContentProblem> Problems) Load(string folder)
    {
        var problems = new List<ContentProblem>();
        var files = Directory.Exists(folder) ? Directory.GetFiles(folder, "*.yaml").Order(StringComparer.Ordinal).ToList() : [];
        if (files.Count < MinModules)
        {
            problems.Add(new ContentProblem("content/training/", 0, "there are no training modules (one <id>.yaml file per module)"));
        }

        var modules = new List<TrainingModule>();
        foreach (var path in files)
        {
            var file = new YamlFile($"content/training/{Path.GetFileName(path)}", problems);
            if (file.Load(path) is { } root && ReadModule(file, root, Path.GetFileNameWithoutExtension(path), VersionOf(path)) is { } module)
            {
                modules.Add(module);
            }
        }

        return problems.Count == 0 ? (modules, problems) : (null, problems);
    }

    private static TrainingModule? ReadModule(YamlFile file, YamlMappingNode map, string fileId, string version)
    {
        var before = file.ProblemsSoFar;
        var id = file.Text(map, "id", required: true);
        var title = file.Text(map, "title", required: true);
        var summary = file.Text(map, "summary", required: true);
        var minutes = Number(file, map, "minutes", 1, TrainingModule.MaxMinutes, "estimated minutes", required: true);
        var passMark = Number(file, map, "passMark", 1, 100, "the pass mark (a percentage)", required: true);
        var order = Number(file, map, "order", 1, 999, "the order in the module list", required: false) ?? 999;
        var steps = file.Texts(map, "steps");
        if (id is not null && id != fileId)
        {
            file.Problem(map, $"the id '{id}' must be the file's name ('{fileId}')");
        }

        if (steps.Count == 0)
        {
            file.Problem(map, "'steps' lists which steps (1–6) of the strategy the module serves");
        }

        foreach (var (step, node) in steps.Where(s => s.Text is not ("1" or "2" or "3" or "4" or "5" or "6")))
        {
            file.Problem(node, $"'{step}' is not a step of the strategy (1–6)");
        }

        var questions = ReadQuestions(file, map);
        return file.ProblemsSoFar > before || id is null || title is null || summary is null || minutes is null || passMark is null
            ? null
            : new TrainingModule(id, order, title, summary, [.. steps.Select(s => int.Parse(s.Text, CultureInfo.InvariantCulture))], minutes.Value, passMark.Value, questions, version);
    }

    private static List<TrainingQuestion> ReadQuestions(YamlFile file, YamlMappingNode map)
    {
        var questions = new List<TrainingQuestion>();
        if (YamlFile.Child(map, "questions") is not YamlSequenceNode list)
        {
            file.Problem(map, "'questions' must be a list of questions");
            return questions;
        }

        if (list.Children.Count < TrainingModule.MinQuestions)
        {
            file.Problem(list, $"give at least {TrainingModule.MinQuestions} questions; there are {list.Children.Count}");
        }

        var firstLine = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var node in list)
        {
            if (node is not YamlMappingNode question)
            {
                file.Problem(node, "each question must be a mapping (id:, stem:, choices:, correct:, explanation:, faqTopic:)");
            }
            else if (ReadQuestion(file, question) is { } read)
            {
                if (firstLine.TryGetValue(read.Id, out var line))
                {
                    file.Problem(question, $"the question id '{read.Id}' is already used on line {line}");
                }

                firstLine.TryAdd(read.Id, question.Start.Line);
                questions.Add(read);
            }
        }

        return questions;
    }

    private static TrainingQuestion? ReadQuestion(YamlFile file, YamlMappingNode map)
    {
        var before = file.ProblemsSoFar;
        var id = file.Text(map, "id", required: true);
        var stem = file.Text(map, "stem", required: true);
        var explanation = file.Text(map, "explanation", required: true);
        var topic = file.Text(map, "faqTopic", required: true);
        var choices = ReadChoices(file, map);
        var correct = file.Texts(map, "correct");
        if (id is not null && !Id().IsMatch(id))
        {
            file.Problem(map, $"the question id '{id}' must be lower-case words joined by hyphens");
        }

        Length(file, map, "stem", stem, MaxStem);
        Length(file, map, "explanation", explanation, MaxExplanation);
        if (topic is not null && FaqTopics.TitleOf(topic) is null)
        {
            file.Problem(map, $"'{topic}' is not an FAQ topic (see src/SocialRiskBot/Faq/FaqTopics.cs)");
        }

        if (correct.Count == 0)
        {
            file.Problem(map, "'correct' lists the id(s) of the right choice(s)");
        }

        foreach (var (choice, node) in correct.Where(c => choices.All(x => x.Id != c.Text)))
        {
            file.Problem(node, $"'{choice}' is not one of this question's choices");
        }

        if (correct.Count > 0 && correct.Count == choices.Count)
        {
            file.Problem(map, "at least one choice must be wrong");
        }

        return file.ProblemsSoFar > before || id is null || stem is null || explanation is null || topic is null
            ? null
            : new TrainingQuestion(id, stem, choices, [.. correct.Select(c => c.Text).Distinct()], explanation, topic);
    }

    private static List<TrainingChoice> ReadChoices(YamlFile file, YamlMappingNode map)
    {
        var choices = new List<TrainingChoice>();
        if (YamlFile.Child(map, "choices") is not YamlSequenceNode list)
        {
            file.Problem(map, "'choices' must be a list of choices (id:, text:)");
            return choices;
        }

        if (list.Children.Count is < TrainingQuestion.MinChoices or > TrainingQuestion.MaxChoices)
        {
            file.Problem(list, $"give {TrainingQuestion.MinChoices} to {TrainingQuestion.MaxChoices} choices; there are {list.Children.Count}");
        }

        foreach (var node in list)
        {
            if (node is not YamlMappingNode choice)
            {
                file.Problem(node, "each choice must be a mapping (id:, text:)");
                continue;
            }

            var id = file.Text(choice, "id", required: true);
            var text = file.Text(choice, "text", required: true);
            Length(file, choice, "text", text, MaxChoice);
            if (id is null || text is null)
            {
                continue;
            }

            if (choices.Any(c => c.Id == id))
            {
                file.Problem(choice, $"the choice id '{id}' is used twice in this question");
                continue;
            }

            choices.Add(new TrainingChoice(id, text));
        }

        return choices;
    }

    private static int? Number(YamlFile file, YamlMappingNode map, string key, int min, int max, string what, bool required)
    {
        var text = file.Text(map, key, required);
        if (text is null)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }

        file.Problem(YamlFile.Child(map, key)!, $"'{key}' is {what}: a whole number from {min} to {max}");
        return null;
    }

    private static void Length(YamlFile file, YamlMappingNode map, string key, string? text, int max)
    {
        if (text is { Length: var length } && length > max)
        {
            file.Problem(YamlFile.Child(map, key)!, $"the {key} is {length:N0} characters; keep it to {max:N0} so it reads on a phone");
        }
    }

    /// <summary>The first 12 hex digits of the file's SHA-256: changes whenever the wording does.</summary>
    private static string VersionOf(string path) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)))[..12];

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex Id();
}
