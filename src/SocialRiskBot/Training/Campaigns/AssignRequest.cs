using System.Globalization;
using SocialRiskBot.Organization;

namespace SocialRiskBot.Training.Campaigns;

/// <summary>
/// A module assigned to a department or everyone by a date, as an admin typed it or chose it on a card, checked against
/// the modules, the departments and today; a problem is a sentence to show the admin.
/// </summary>
public sealed record AssignRequest(TrainingModule Module, Department? Department, DateOnly DueDate)
{
    private static readonly string[] DateFormats =
    [
        "yyyy-MM-dd", "d MMM yyyy", "d MMMM yyyy", "MMM d yyyy", "MMMM d yyyy", "MMM d, yyyy", "MMMM d, yyyy", "d MMM", "d MMMM", "MMM d", "MMMM d",
    ];

    public static (AssignRequest? Request, string? Problem) Check(string? module, string? scope, string? date, TrainingCatalog catalog, DepartmentDirectory departments, DateOnly today)
    {
        if (catalog.Match(module ?? string.Empty) is not { } found)
        {
            return (null, $"I don't know the module \"{module}\". The modules are: {string.Join(", ", catalog.Modules.Select(m => m.Id))}.");
        }

        Department? department = null;
        var wanted = (scope ?? string.Empty).Trim();
        if (!wanted.Equals(Campaign.Everyone, StringComparison.OrdinalIgnoreCase) && !wanted.Equals("all", StringComparison.OrdinalIgnoreCase))
        {
            department = departments.All.FirstOrDefault(d => d.Id.Equals(wanted, StringComparison.OrdinalIgnoreCase) || d.Name.Equals(wanted, StringComparison.OrdinalIgnoreCase));
            if (department is null)
            {
                return (null, $"I don't know the department \"{wanted}\". Say **everyone**, or one of: {string.Join(", ", departments.All.Select(d => d.Id))}.");
            }
        }

        if (ReadDate(date, today) is not { } due)
        {
            return (null, $"I couldn't read \"{date}\" as a date. Please write it like 2026-12-15 or 15 Dec.");
        }

        return due <= today
            ? (null, "The due date must be after today, so people have time to take the module.")
            : (new AssignRequest(found, department, due), null);
    }

    /// <summary>A date; without a year, the next such date from today.</summary>
    private static DateOnly? ReadDate(string? text, DateOnly today)
    {
        var trimmed = (text ?? string.Empty).Trim().TrimEnd('.');
        foreach (var format in DateFormats)
        {
            if (DateOnly.TryParseExact(trimmed, format, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var date))
            {
                if (format.Contains('y', StringComparison.Ordinal))
                {
                    return date;
                }

                var thisYear = new DateOnly(today.Year, date.Month, date.Day);
                return thisYear < today ? thisYear.AddYears(1) : thisYear;
            }
        }

        return null;
    }
}
