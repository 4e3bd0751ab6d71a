using System.Text.Json;
using System.Text.Json.Serialization;

namespace Regioscan.Core.Releases.Metadata;

/// <summary>JSON settings of the release metadata files: snake_case members, indented, UTF-8 text as is.</summary>
public static class ReleaseJson
{
    /// <summary>The serializer options for manifest, index, latest and pipeline records.</summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.General)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    /// <summary>Serialises to UTF-8 bytes with a final newline.</summary>
    public static byte[] Serialize<T>(T value)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(value, Options);
        var withNewline = new byte[bytes.Length + 1];
        bytes.CopyTo(withNewline, 0);
        withNewline[^1] = (byte)'\n';
        return withNewline;
    }

    /// <summary>Deserialises UTF-8 JSON; throws <see cref="InvalidDataException"/> naming the file on bad content.</summary>
    public static T Deserialize<T>(ReadOnlySpan<byte> json, string what)
    {
        try
        {
            return JsonSerializer.Deserialize<T>(json, Options)
                ?? throw new InvalidDataException($"{what} is empty (JSON null).");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{what} is not valid: {e.Message}", e);
        }
    }
}
