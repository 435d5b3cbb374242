using SocialRiskBot.Storage.Tables;

namespace SocialRiskBot.Storage;

/// <summary>Typed reads of a row's columns, for codecs: a column that is absent or holds another type reads as null.</summary>
public static class RowValues
{
    public static T? Value<T>(this TableRow row, string name)
        where T : struct => row.Properties.TryGetValue(name, out var value) && value is T typed ? typed : null;

    public static byte[]? Bytes(this TableRow row, string name) => row.Properties.TryGetValue(name, out var value) ? value as byte[] : null;
}
