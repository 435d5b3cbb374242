using System.Text.RegularExpressions;

namespace SocialRiskBot.Storage.Tables;

/// <summary>
/// Azure Table Storage's limits, checked before anything is sent, so both backends reject the same input with
/// <see cref="StorageFailure.Invalid"/> and code that works on SQLite keeps working on Azure.
/// </summary>
internal static partial class TableRules
{
    public const int MaxBatchSize = 100;

    // 1 KiB of UTF-16, the unit Azure measures keys in.
    public const int MaxKeyLength = 512;

    public const int MaxCustomProperties = 252;

    public const int MaxPropertyNameLength = 255;

    // 64 KiB of UTF-16 per string property, 64 KiB per binary property.
    public const int MaxStringLength = 32 * 1024;

    public const int MaxBinaryLength = 64 * 1024;

    private static readonly DateTimeOffset MinDate = new(1601, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static void ValidateTableName(string name)
    {
        if (name is null || !TableName().IsMatch(name) || name.Equals("tables", StringComparison.OrdinalIgnoreCase))
        {
            throw Invalid($"Table name '{name}' is invalid: 3-63 letters or digits, starting with a letter.");
        }
    }

    public static void ValidateKeys(string partitionKey, string rowKey)
    {
        ValidateKey(partitionKey, "PartitionKey");
        ValidateKey(rowKey, "RowKey");
    }

    public static void ValidateRow(TableRow row)
    {
        if (row is null)
        {
            throw Invalid("The row is null.");
        }

        ValidateKeys(row.PartitionKey, row.RowKey);
        ValidateProperties(row.Properties);
    }

    public static void ValidateBatch(IReadOnlyList<TableOperation> operations)
    {
        if (operations is null)
        {
            throw Invalid("The batch is null.");
        }

        if (operations.Count > MaxBatchSize)
        {
            throw Invalid($"A batch holds at most {MaxBatchSize} operations; this one has {operations.Count}.");
        }

        var rowKeys = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < operations.Count; i++)
        {
            var row = operations[i]?.Row;
            try
            {
                ValidateRow(row!);
                if (row!.PartitionKey != operations[0].Row.PartitionKey)
                {
                    throw Invalid("All operations of a batch must target the same partition.");
                }

                if (!rowKeys.Add(row.RowKey))
                {
                    throw Invalid($"Row '{row.RowKey}' appears more than once in the batch.");
                }
            }
            catch (StorageException e)
            {
                throw new StorageException(e.Failure, $"Batch operation {i}: {e.Message}") { FailedOperationIndex = i };
            }
        }
    }

    /// <summary>An update must say which version it replaces; "*" is the explicit way to say "any".</summary>
    public static string RequireETag(TableRow row) =>
        row.ETag ?? throw Invalid("Update needs the row's ETag (use \"*\" to replace whatever is stored).");

    public static bool MatchesAny(string? etag) => etag is null || etag == "*";

    public static StorageException Invalid(string message) => new(StorageFailure.Invalid, message);

    private static void ValidateKey(string key, string what)
    {
        if (key is null)
        {
            throw Invalid($"{what} is null.");
        }

        if (key.Length > MaxKeyLength)
        {
            throw Invalid($"{what} is longer than {MaxKeyLength} characters (1 KiB).");
        }

        foreach (var c in key)
        {
            if (c is '/' or '\\' or '#' or '?' || char.IsControl(c))
            {
                throw Invalid($"{what} contains a character Azure Tables refuses ('/', '\\', '#', '?' or a control character).");
            }
        }
    }

    private static void ValidateProperties(IReadOnlyDictionary<string, object?> properties)
    {
        if (properties is null)
        {
            throw Invalid("Properties is null.");
        }

        if (properties.Count > MaxCustomProperties)
        {
            throw Invalid($"A row holds at most {MaxCustomProperties} properties.");
        }

        foreach (var (name, value) in properties)
        {
            ValidatePropertyName(name);
            ValidateValue(name, value);
        }
    }

    private static void ValidatePropertyName(string name)
    {
        if (name is null || name.Length > MaxPropertyNameLength || !PropertyName().IsMatch(name))
        {
            throw Invalid($"Property name '{name}' is invalid: letters, digits and '_', not starting with a digit, at most {MaxPropertyNameLength} characters.");
        }

        if (name is "PartitionKey" or "RowKey" or "Timestamp" or "ETag" || name.StartsWith("odata", StringComparison.OrdinalIgnoreCase))
        {
            throw Invalid($"Property name '{name}' is reserved.");
        }
    }

    private static void ValidateValue(string name, object? value)
    {
        switch (value)
        {
            case DateTimeOffset d when d < MinDate:
                throw Invalid($"Property '{name}' is earlier than {MinDate:yyyy-MM-dd}, the first date Azure Tables stores.");
            case null or bool or int or long or double or DateTimeOffset or Guid:
                return;
            case string s when s.Length > MaxStringLength:
                throw Invalid($"Property '{name}' is longer than {MaxStringLength} characters (64 KiB).");
            case string:
                return;
            case byte[] b when b.Length > MaxBinaryLength:
                throw Invalid($"Property '{name}' is larger than {MaxBinaryLength} bytes.");
            case byte[]:
                return;
            default:
                throw Invalid($"Property '{name}' has type {value.GetType().Name}; use string, bool, int, long, double, DateTimeOffset, Guid or byte[].");
        }
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9]{2,62}$", RegexOptions.CultureInvariant)]
    private static partial Regex TableName();

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$", RegexOptions.CultureInvariant)]
    private static partial Regex PropertyName();
}
