using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Regioscan.Core.Reading;

namespace Regioscan.Core.Validation;

/// <summary>
/// The report as JSON, in the shape of DESIGN.md: <c>valid</c>, <c>file</c>, <c>province</c>, <c>rows</c>,
/// <c>errors</c> and <c>warnings</c> (each issue <c>code</c>, <c>row</c>, <c>column</c>, <c>value</c>,
/// <c>message</c>, <c>suggestion</c>), plus <c>detected</c>. snake_case; every member is always present,
/// <c>null</c> where it does not apply.
/// </summary>
public static class ValidationReportJson
{
    private static readonly JsonTypeInfo<ValidationReport> TypeInfo = new ValidationReportJsonContext(
        new JsonSerializerOptions(ValidationReportJsonContext.Default.Options)
        {
            // The report is read by people too: keep "Fryslân" and quotes readable; it is never embedded in HTML.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            NewLine = "\n",
        }).ValidationReport;

    /// <summary>Writes <paramref name="report"/> as indented UTF-8 JSON.</summary>
    public static void Write(ValidationReport report, Stream destination)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(destination);
        JsonSerializer.Serialize(destination, report, TypeInfo);
    }

    /// <summary>Reads a report written by <see cref="Write"/>.</summary>
    /// <exception cref="JsonException">The content is not a report.</exception>
    public static ValidationReport Read(Stream source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return JsonSerializer.Deserialize(source, TypeInfo) ?? throw new JsonException("The report JSON is null.");
    }

    /// <summary>The JSON text of <paramref name="report"/>.</summary>
    public static string ToJson(ValidationReport report) => JsonSerializer.Serialize(report, TypeInfo);
}

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    WriteIndented = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(ValidationReport))]
[JsonSerializable(typeof(DetectedFormat))]
internal sealed partial class ValidationReportJsonContext : JsonSerializerContext;
