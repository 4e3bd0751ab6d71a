using System.Globalization;
using Regioscan.Core.Text;

namespace Regioscan.Core.Tests.Demo;

/// <summary>
/// The rows of a scan file as harmonised records keyed the way stable ids are made: the province's own
/// id when given, otherwise the normalised name.
/// </summary>
internal static class ScanRecords
{
    public static string InitiativeKey(IReadOnlyDictionary<string, string> row) =>
        Key(row.GetValueOrDefault("initiatief_id"), row["initiatief_naam"]);

    public static string ActivityKey(IReadOnlyDictionary<string, string> row) =>
        InitiativeKey(row) + "/" + Key(row.GetValueOrDefault("activiteit_id"), row["activiteit_naam"]);

    /// <summary>Every row as column → harmonised value, keyed by its activity key.</summary>
    public static Dictionary<string, Dictionary<string, string>> Of(ScanFile file) =>
        file.Rows.ToDictionary(ActivityKey, Harmonise, StringComparer.Ordinal);

    public static Dictionary<string, string> Harmonise(IReadOnlyDictionary<string, string> row) =>
        row.ToDictionary(
            cell => cell.Key,
            cell => cell.Key switch
            {
                _ when ScanValues.CodedColumns.ContainsKey(cell.Key) => ScanValues.Harmonise(cell.Key, cell.Value),
                "bereik_per_jaar" => ScanValues.Reach(cell.Value)?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
                "latitude" or "longitude" or "x_rd" or "y_rd" => ScanValues.Decimal(cell.Value)?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
                _ => cell.Value.Trim(),
            },
            StringComparer.Ordinal);

    /// <summary>The WGS84 location of a row, from latitude/longitude or from RD New.</summary>
    public static (double Latitude, double Longitude)? Location(IReadOnlyDictionary<string, string> row)
    {
        if (row.TryGetValue("x_rd", out var x) && ScanValues.Decimal(x) is { } rdX && ScanValues.Decimal(row["y_rd"]) is { } rdY)
        {
            return RdToWgs84.Convert(rdX, rdY);
        }

        return row.TryGetValue("latitude", out var lat) && ScanValues.Decimal(lat) is { } latitude && ScanValues.Decimal(row["longitude"]) is { } longitude
            ? (latitude, longitude)
            : null;
    }

    private static string Key(string? id, string name) =>
        string.IsNullOrWhiteSpace(id) ? "name:" + TextKey.Normalise(name) : "id:" + TextKey.Normalise(id);
}
