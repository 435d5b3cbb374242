namespace SocialRiskBot.Training;

/// <summary>What a question card submitted, checked against the question: one choice, or several for "choose all that apply".</summary>
public static class ChosenAnswer
{
    /// <returns>The chosen choice ids, or null when nothing (or something that is not a choice) was picked.</returns>
    public static IReadOnlyList<string>? Read(TrainingQuestion question, string? submitted)
    {
        var chosen = (submitted ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct().ToList();
        if (chosen.Count == 0 || chosen.Any(c => question.Choices.All(x => x.Id != c)) || (chosen.Count > 1 && !question.IsMultipleChoice))
        {
            return null;
        }

        return chosen;
    }
}
