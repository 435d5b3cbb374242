using Microsoft.Extensions.Options;

namespace SocialRiskBot.Training;

/// <summary>
/// Spaced review by Leitner boxes: a wrong answer sends the question to box 1 (back soon), a right one moves it up
/// a box (back later), up to the last box's interval.
/// </summary>
public sealed class ReviewSchedule(IOptionsMonitor<TrainingOptions> options)
{
    public ReviewItem After(ReviewItem? previous, string moduleId, string questionId, bool right, DateTimeOffset now)
    {
        var intervals = options.CurrentValue.ReviewIntervalDays;
        var box = right ? Math.Min((previous?.Box ?? 1) + 1, intervals.Length) : 1;
        return new ReviewItem(moduleId, questionId, box, now + TimeSpan.FromDays(intervals[box - 1]), now);
    }
}
