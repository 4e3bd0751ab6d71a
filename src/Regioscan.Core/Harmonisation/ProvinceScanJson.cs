using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Regioscan.Core.Model;

namespace Regioscan.Core.Harmonisation;

/// <summary>
/// The private harmonised scan as JSON (snake_case, every member present, <c>null</c> when empty).
/// It holds the contact fields, so it is stored beside the upload and never published.
/// </summary>
public static class ProvinceScanJson
{
    private static readonly JsonTypeInfo<ProvinceScan> TypeInfo = new ProvinceScanJsonContext(
        new JsonSerializerOptions(ProvinceScanJsonContext.Default.Options)
        {
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            NewLine = "\n",
        }).ProvinceScan;

    /// <summary>Writes <paramref name="scan"/> as indented UTF-8 JSON.</summary>
    public static void Write(ProvinceScan scan, Stream destination)
    {
        ArgumentNullException.ThrowIfNull(scan);
        ArgumentNullException.ThrowIfNull(destination);
        JsonSerializer.Serialize(destination, scan, TypeInfo);
    }

    /// <summary>Reads a scan written by <see cref="Write"/>.</summary>
    /// <exception cref="JsonException">The content is not a scan.</exception>
    public static ProvinceScan Read(Stream source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return JsonSerializer.Deserialize(source, TypeInfo) ?? throw new JsonException("The scan JSON is null.");
    }

    /// <summary>The JSON text of <paramref name="scan"/>.</summary>
    public static string ToJson(ProvinceScan scan) => JsonSerializer.Serialize(scan, TypeInfo);
}

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    WriteIndented = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(ProvinceScan))]
internal sealed partial class ProvinceScanJsonContext : JsonSerializerContext;
