using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Regioscan.Core.CodeLists;
using Regioscan.Core.Releases.Catalog;
using Regioscan.Core.Schema;

namespace Regioscan.Core.Releases.Writers;

/// <summary>
/// Writes <c>datapackage.json</c>: a Frictionless Data Package v2 with one tabular resource per CSV file
/// and its Table Schema, generated from <see cref="PublishedSchema"/>.
/// </summary>
/// <remarks>
/// Language convention: the standard <c>title</c> and <c>description</c> properties are Dutch, the
/// language of the dataset and of its package title; the English text is in the custom properties
/// <c>en:title</c> and <c>en:description</c> beside them, on the package, each resource and each field.
/// Multi-valued columns are <c>list</c> fields with <c>delimiter</c> <c>|</c> and <c>itemType</c>
/// <c>string</c>; coded single-valued columns carry <c>constraints.enum</c> with their codes.
/// </remarks>
internal static class DataPackageWriter
{
    /// <summary>The profile the package declares.</summary>
    public const string Profile = "https://datapackage.org/profiles/2.0/datapackage.json";

    /// <summary>The package name.</summary>
    public const string Name = "regioscan-digitalisering-mkb";

    // Only our own texts go in here, no uploaded data: escape just what JSON requires, for readability.
    private static readonly JsonWriterOptions Options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = true,
        NewLine = "\n",
    };

    /// <summary>The resources, one per CSV file, in file order.</summary>
    public static IReadOnlyList<TableResource> Resources { get; } =
    [
        TableResource.Of(
            "initiatives", PublishedSchema.Initiatives, ["initiative_id"], null,
            "Initiatieven", "Initiatives",
            "Eén rij per initiatief in de landelijke release.", "One row per initiative in the national release."),
        TableResource.Of(
            "activities", PublishedSchema.Activities, ["activity_id"], ("initiative_id", "initiatives"),
            "Activiteiten", "Activities",
            "Eén rij per activiteit; initiative_id verwijst naar initiatives.", "One row per activity; initiative_id refers to initiatives."),
        TableResource.Of(
            "summary_by_province", PublishedSchema.SummaryByProvince, ["province_code"], null,
            "Samenvatting per provincie", "Summary by province",
            "Eén rij per provincie (alle 12): totalen en het aantal activiteiten per code van elke dimensie.",
            "One row per province (all 12): totals and the number of activities per code of every dimension."),
        TableResource.Of(
            "codelists", PublishedSchema.CodeLists, ["list", "code"], null,
            "Codelijsten", "Code lists",
            "De codes van de gecodeerde kolommen met hun Nederlandse en Engelse labels, en de provincies.",
            "The codes of the coded columns with their Dutch and English labels, and the provinces."),
    ];

    /// <summary>Writes the descriptor.</summary>
    public static async Task WriteAsync(Stream output, ReleaseDataContext context, CancellationToken cancellationToken)
    {
        await using var json = new Utf8JsonWriter(output, Options);
        json.WriteStartObject();
        json.WriteString("$schema", Profile);
        json.WriteString("name", Name);
        WriteTexts(json, DatasetTexts.TitleNl, DatasetTexts.TitleEn, DatasetTexts.DescriptionNl, DatasetTexts.DescriptionEn);
        json.WriteString("version", context.Version);
        json.WriteString("created", context.PublishedAt.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        json.WriteStartArray("licenses");
        json.WriteStartObject();
        json.WriteString("name", "CC-BY-4.0");
        json.WriteString("path", "https://creativecommons.org/licenses/by/4.0/");
        json.WriteString("title", "Creative Commons Attribution 4.0 International");
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteStartArray("keywords");
        foreach (var keyword in DatasetTexts.Keywords)
        {
            json.WriteStringValue(keyword);
        }

        json.WriteEndArray();
        json.WriteStartArray("resources");
        foreach (var resource in Resources)
        {
            WriteResource(json, resource);
        }

        json.WriteEndArray();
        json.WriteEndObject();
        await json.FlushAsync(cancellationToken);
        await output.WriteAsync("\n"u8.ToArray(), cancellationToken);
    }

    private static void WriteResource(Utf8JsonWriter json, TableResource resource)
    {
        json.WriteStartObject();
        json.WriteString("name", resource.Name);
        json.WriteString("path", resource.Name + ".csv");
        json.WriteString("type", "table");
        json.WriteString("format", "csv");
        json.WriteString("mediatype", "text/csv");
        json.WriteString("encoding", "utf-8");
        WriteTexts(json, resource.TitleNl, resource.TitleEn, resource.DescriptionNl, resource.DescriptionEn);
        json.WriteStartObject("dialect");
        json.WriteBoolean("header", true);
        json.WriteString("delimiter", ",");
        json.WriteString("lineTerminator", "\r\n");
        json.WriteString("quoteChar", "\"");
        json.WriteBoolean("doubleQuote", true);
        json.WriteEndObject();

        json.WriteStartObject("schema");
        json.WriteStartArray("fields");
        foreach (var field in resource.Fields)
        {
            WriteField(json, field);
        }

        json.WriteEndArray();
        json.WriteStartArray("missingValues");
        json.WriteStringValue(string.Empty);
        json.WriteEndArray();
        WriteStrings(json, "primaryKey", resource.PrimaryKey);
        if (resource.ForeignKey is { } foreignKey)
        {
            json.WriteStartArray("foreignKeys");
            json.WriteStartObject();
            WriteStrings(json, "fields", [foreignKey.Field]);
            json.WriteStartObject("reference");
            json.WriteString("resource", foreignKey.Resource);
            WriteStrings(json, "fields", [foreignKey.Field]);
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndArray();
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteField(Utf8JsonWriter json, TableField field)
    {
        json.WriteStartObject();
        json.WriteString("name", field.Name);
        json.WriteString("type", field.Type switch
        {
            ColumnType.Text => "string",
            ColumnType.WholeNumber => "integer",
            ColumnType.RealNumber => "number",
            ColumnType.TextList => "list",
            _ => throw new InvalidOperationException($"No Table Schema type for {field.Type}."),
        });
        if (field.Type == ColumnType.TextList)
        {
            json.WriteString("delimiter", CsvTableWriter.ListSeparator);
            json.WriteString("itemType", "string");
        }

        var (codesNl, codesEn) = field.CodeList is null
            ? (string.Empty, string.Empty)
            : ($" Codes uit lijst `{field.CodeList}` (zie codelists.csv).", $" Codes from list `{field.CodeList}` (see codelists.csv).");
        WriteTexts(json, field.TitleNl, field.TitleEn, field.DescriptionNl + codesNl, field.DescriptionEn + codesEn);

        var codes = field.CodeList is not null && field.Type == ColumnType.Text
            ? CodeListCatalog.Default[field.CodeList].Codes.Select(c => c.Value).ToArray()
            : null;
        if (field.Required || codes is not null)
        {
            json.WriteStartObject("constraints");
            if (field.Required)
            {
                json.WriteBoolean("required", true);
            }

            if (codes is not null)
            {
                WriteStrings(json, "enum", codes);
            }

            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    private static void WriteTexts(Utf8JsonWriter json, string titleNl, string titleEn, string descriptionNl, string descriptionEn)
    {
        json.WriteString("title", titleNl);
        json.WriteString("en:title", titleEn);
        json.WriteString("description", descriptionNl);
        json.WriteString("en:description", descriptionEn);
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
