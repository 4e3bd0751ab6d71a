namespace Regioscan.Core.Releases.Catalog;

/// <summary>How a catalogue names the format of a release file.</summary>
/// <param name="EuFileType">The EU File Type vocabulary concept (<c>dct:format</c>).</param>
/// <param name="MediaType">The IANA media type, e.g. <c>text/csv</c> (<c>dcat:mediaType</c>, schema.org <c>encodingFormat</c>).</param>
/// <param name="Label">Short name for titles: CSV, Parquet, GeoJSON …</param>
internal sealed record DistributionFormat(string EuFileType, string MediaType, string Label)
{
    private const string FileTypes = "http://publications.europa.eu/resource/authority/file-type/";

    /// <summary>The IANA media type as an IRI, as DCAT-AP wants it.</summary>
    public string MediaTypeUri => "https://www.iana.org/assignments/media-types/" + MediaType;

    /// <summary>The format of a file from its extension, or null for a file the catalogue does not describe.</summary>
    public static DistributionFormat? Of(string fileName) => Path.GetExtension(fileName) switch
    {
        ".csv" => new(FileTypes + "CSV", "text/csv", "CSV"),
        ".parquet" => new(FileTypes + "PARQUET", "application/vnd.apache.parquet", "Parquet"),
        ".geojson" => new(FileTypes + "GEOJSON", "application/geo+json", "GeoJSON"),
        ".json" => new(FileTypes + "JSON", "application/json", "JSON"),

        // The EU vocabulary has no Markdown concept; Markdown is plain text.
        ".md" => new(FileTypes + "TXT", "text/markdown", "Markdown"),
        _ => null,
    };
}
