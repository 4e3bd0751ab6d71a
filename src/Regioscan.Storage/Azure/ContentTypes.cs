namespace Regioscan.Storage.Azure;

/// <summary>
/// Content types for the files the pipeline publishes, so browsers and tools that download a release
/// straight from Blob Storage treat them right (the local store has no such header).
/// </summary>
internal static class ContentTypes
{
    public static string? For(string name) => Path.GetExtension(name).ToUpperInvariant() switch
    {
        ".CSV" => "text/csv; charset=utf-8",
        ".JSON" => "application/json",
        ".GEOJSON" => "application/geo+json",
        ".PARQUET" => "application/vnd.apache.parquet",
        ".JSONLD" => "application/ld+json",
        ".MD" => "text/markdown; charset=utf-8",
        ".TXT" => "text/plain; charset=utf-8",
        // The map (map/index.html and what it loads): a browser shows it only with these, rather than download it.
        ".HTML" => "text/html; charset=utf-8",
        ".JS" => "text/javascript; charset=utf-8",
        ".CSS" => "text/css; charset=utf-8",
        ".XLSX" => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        _ when Path.GetFileName(name) == "SHA256SUMS" => "text/plain; charset=utf-8",
        _ => null,
    };
}
