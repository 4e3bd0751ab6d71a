using System.Globalization;
using System.Reflection;
using Regioscan.Core.Text;

namespace Regioscan.Core.Geography;

/// <summary>
/// The 342 municipalities of 2025, from the embedded <c>gemeenten.csv</c> (derived from the CBS 2025
/// generalised boundaries, CC-BY 4.0 CBS / Kadaster: code, name, province and an interior point).
/// </summary>
public static class Municipalities
{
    private static readonly Lazy<IReadOnlyList<Municipality>> Loaded = new(Load);
    private static readonly Lazy<Dictionary<string, Municipality>> Index = new(BuildIndex);

    /// <summary>All municipalities ordered by code.</summary>
    public static IReadOnlyList<Municipality> All => Loaded.Value;

    /// <summary>The municipality named or coded by <paramref name="text"/> (<c>GM0014</c>, <c>Súdwest-Fryslân</c>), or null.</summary>
    public static Municipality? Find(string text) =>
        Index.Value.TryGetValue(TextKey.Normalise(text), out var m) ? m : null;

    private static Dictionary<string, Municipality> BuildIndex()
    {
        var index = new Dictionary<string, Municipality>(StringComparer.Ordinal);
        foreach (var m in All)
        {
            index[TextKey.Normalise(m.Code)] = m;
            index.TryAdd(TextKey.Normalise(m.Name), m);
        }

        return index;
    }

    private static List<Municipality> Load()
    {
        using var stream = Assembly.GetExecutingAssembly()
            .GetManifestResourceStream("Regioscan.Core.Geography.gemeenten.csv")
            ?? throw new InvalidOperationException("The embedded municipality table is missing from the build.");
        using var csv = CsvHelper.CsvReader.Create(stream, CsvHelper.CsvReaderOptions.Default, false);
        var list = new List<Municipality>(342);
        while (csv.Read())
        {
            list.Add(new Municipality(
                csv.GetString("code"),
                csv.GetString("name"),
                csv.GetString("province_code"),
                csv.Parse<double>(csv.GetFieldIndex("latitude"), CultureInfo.InvariantCulture),
                csv.Parse<double>(csv.GetFieldIndex("longitude"), CultureInfo.InvariantCulture)));
        }

        return list;
    }
}
