using System.ComponentModel.DataAnnotations;

namespace SocialRiskBot.Training;

/// <summary>
/// The <c>Training</c> section: review intervals, refresher size, working hours and campaign reminders. The lists
/// start empty and get their defaults after binding (<see cref="ApplyDefaults"/>): configuration binding appends
/// to an array that already has items, so a configured list would otherwise come on top of the default one.
/// </summary>
public sealed class TrainingOptions
{
    public const string Section = "Training";

    /// <summary>Days until a question comes back, by Leitner box: a wrong answer goes to box 1, a right one moves up a box.</summary>
    [Length(2, 10)]
    public double[] ReviewIntervalDays { get; set; } = [];

    /// <summary>Questions in one refresher (about 25 seconds each).</summary>
    [Range(1, 10)]
    public int RefreshSize { get; set; } = 5;

    /// <summary>Proactive messages (invitations, reminders, refresher nudges) go out only inside working hours, in the user's time zone.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "23:59:59")]
    public TimeSpan WorkdayStart { get; set; } = TimeSpan.FromHours(9);

    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan WorkdayEnd { get; set; } = TimeSpan.FromHours(17);

    [Length(1, 7)]
    public DayOfWeek[] WorkingDays { get; set; } = [];

    /// <summary>For users whose Teams client never told us their time zone (IANA or Windows id).</summary>
    [Required]
    public string DefaultTimeZone { get; set; } = "UTC";

    /// <summary>How often invitations, reminders and nudges are looked for (assigning a module also starts a look at once).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan OutreachInterval { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Reminders of an assigned module go this many days before its due date, to those who have not passed it.</summary>
    [Length(0, 5)]
    public int[]? ReminderDaysBefore { get; set; }

    /// <summary>Fills what configuration left unset: boxes of 1, 3, 7, 14 and 30 days, Monday to Friday, reminders 3 and 1 days before.</summary>
    public static void ApplyDefaults(TrainingOptions options)
    {
        options.ReviewIntervalDays = options.ReviewIntervalDays is { Length: > 0 } days ? days : [1, 3, 7, 14, 30];
        options.WorkingDays = options.WorkingDays is { Length: > 0 } working
            ? working
            : [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];
        options.ReminderDaysBefore ??= [3, 1];
    }
}
