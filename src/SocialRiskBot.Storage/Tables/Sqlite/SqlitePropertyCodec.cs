using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace SocialRiskBot.Storage.Tables.Sqlite;

/// <summary>
/// Stores a row's properties as one JSON object whose values are <c>[tag, value]</c> pairs, so each value comes
/// back with the CLR type it was written with (JSON alone cannot tell int from long from double) and the
/// column stays readable with the sqlite3 shell and its json functions.
/// </summary>
internal static class SqlitePropertyCodec
{
    private const int MaxRetainedBuffer = 64 * 1024;

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? buffer;

    public static string Encode(IReadOnlyDictionary<string, object?> properties)
    {
        var output = buffer ??= new ArrayBufferWriter<byte>(256);
        output.ResetWrittenCount();
        using (var writer = new Utf8JsonWriter(output))
        {
            writer.WriteStartObject();
            foreach (var (name, value) in properties)
            {
                // Azure Tables does not store nulls, so neither do we: both backends read a null back as "absent".
                if (value is not null)
                {
                    writer.WritePropertyName(name);
                    WriteValue(writer, value);
                }
            }

            writer.WriteEndObject();
        }

        var json = Encoding.UTF8.GetString(output.WrittenSpan);
        if (output.Capacity > MaxRetainedBuffer)
        {
            // A rare huge row should not pin its buffer to the thread for good.
            buffer = null;
        }

        return json;
    }

    public static Dictionary<string, object?> Decode(ReadOnlySpan<byte> json)
    {
        var properties = new Dictionary<string, object?>(StringComparer.Ordinal);
        var reader = new Utf8JsonReader(json);
        Expect(ref reader, JsonTokenType.StartObject);
        while (Read(ref reader) == JsonTokenType.PropertyName)
        {
            var name = reader.GetString()!;
            Expect(ref reader, JsonTokenType.StartArray);
            Expect(ref reader, JsonTokenType.String);
            var tag = reader.GetString();
            Read(ref reader);
            properties[name] = ReadValue(ref reader, tag);
            Expect(ref reader, JsonTokenType.EndArray);
        }

        return properties;
    }

    private static void WriteValue(Utf8JsonWriter writer, object value)
    {
        writer.WriteStartArray();
        switch (value)
        {
            case string s:
                writer.WriteStringValue("s");
                writer.WriteStringValue(s);
                break;
            case bool b:
                writer.WriteStringValue("b");
                writer.WriteBooleanValue(b);
                break;
            case int i:
                writer.WriteStringValue("i");
                writer.WriteNumberValue(i);
                break;
            case long l:
                writer.WriteStringValue("l");
                writer.WriteNumberValue(l);
                break;
            case double d:
                // As a string: "R" keeps every bit and also covers NaN and infinities, which JSON numbers cannot.
                writer.WriteStringValue("d");
                writer.WriteStringValue(d.ToString("R", CultureInfo.InvariantCulture));
                break;
            case DateTimeOffset t:
                // UTC like Azure Tables, so a value reads back the same from either backend.
                writer.WriteStringValue("t");
                writer.WriteStringValue(t.ToUniversalTime());
                break;
            case Guid g:
                writer.WriteStringValue("g");
                writer.WriteStringValue(g);
                break;
            case byte[] x:
                writer.WriteStringValue("x");
                writer.WriteBase64StringValue(x);
                break;
            default:
                throw new StorageException(StorageFailure.Invalid, $"Unsupported property type {value.GetType().Name}.");
        }

        writer.WriteEndArray();
    }

    private static object ReadValue(ref Utf8JsonReader reader, string? tag) => tag switch
    {
        "s" => reader.GetString()!,
        "b" => reader.GetBoolean(),
        "i" => reader.GetInt32(),
        "l" => reader.GetInt64(),
        "d" => double.Parse(reader.GetString()!, NumberStyles.Float, CultureInfo.InvariantCulture),
        "t" => reader.GetDateTimeOffset(),
        "g" => reader.GetGuid(),
        "x" => reader.GetBytesFromBase64(),
        _ => throw new JsonException($"Unknown property type tag '{tag}'."),
    };

    private static JsonTokenType Read(ref Utf8JsonReader reader) =>
        reader.Read() ? reader.TokenType : throw new JsonException("Truncated properties.");

    private static void Expect(ref Utf8JsonReader reader, JsonTokenType expected)
    {
        if (Read(ref reader) != expected)
        {
            throw new JsonException($"Expected {expected}, found {reader.TokenType}.");
        }
    }
}
