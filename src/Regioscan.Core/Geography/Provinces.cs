using Regioscan.Core.Text;

namespace Regioscan.Core.Geography;

/// <summary>
/// The 12 provinces. Points and bounding boxes derive from the CBS 2025 generalised boundaries
/// (CC-BY 4.0, CBS / Kadaster); the point is an interior point of the largest polygon.
/// </summary>
public static class Provinces
{
    /// <summary>All provinces ordered by CBS code.</summary>
    public static IReadOnlyList<Province> All { get; } =
    [
        new("PV20", "Groningen", [], 53.2154, 6.7448, new(6.175, 52.838, 7.218, 53.554)),
        new("PV21", "Fryslân", ["Friesland"], 53.0887, 5.8661, new(4.845, 52.801, 6.428, 53.516)),
        new("PV22", "Drenthe", [], 52.8626, 6.6186, new(6.12, 52.612, 7.093, 53.204)),
        new("PV23", "Overijssel", [], 52.4438, 6.444, new(5.795, 52.118, 7.072, 52.854)),
        new("PV24", "Flevoland", [], 52.5268, 5.5952, new(5.129, 52.253, 5.983, 52.844)),
        new("PV25", "Gelderland", [], 52.0607, 5.9402, new(5.0, 51.734, 6.829, 52.519)),
        new("PV26", "Utrecht", [], 52.0839, 5.163, new(4.792, 51.858, 5.627, 52.304)),
        new("PV27", "Noord-Holland", ["Noord Holland", "N-Holland"], 52.5517, 4.8748, new(4.494, 52.166, 5.314, 53.183)),
        new("PV28", "Zuid-Holland", ["Zuid Holland", "Z-Holland"], 51.9446, 4.4722, new(3.839, 51.655, 5.031, 52.328)),
        new("PV29", "Zeeland", [], 51.5627, 3.8864, new(3.358, 51.2, 4.277, 51.758)),
        new("PV30", "Noord-Brabant", ["Noord Brabant", "Brabant"], 51.5606, 5.1879, new(4.192, 51.221, 6.04, 51.83)),
        new("PV31", "Limburg", [], 51.2101, 5.9336, new(5.566, 50.751, 6.226, 51.778)),
    ];

    private static readonly Dictionary<string, Province> ByKey = BuildIndex();

    /// <summary>The province with CBS code <paramref name="code"/> (case-insensitive), or null.</summary>
    public static Province? FindByCode(string code) =>
        All.FirstOrDefault(p => string.Equals(p.Code, code.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The province named or coded by <paramref name="text"/> in any common spelling
    /// (<c>PV21</c>, <c>Fryslân</c>, <c>friesland</c>, <c>Noord Brabant</c>, <c>Provincie Utrecht</c>, <c>Prov. Zeeland</c>),
    /// or null.
    /// </summary>
    public static Province? Find(string text) =>
        ByKey.TryGetValue(TextKey.Normalise(text), out var province) ? province : null;

    private static Dictionary<string, Province> BuildIndex()
    {
        var index = new Dictionary<string, Province>(StringComparer.Ordinal);
        foreach (var province in All)
        {
            index[TextKey.Normalise(province.Code)] = province;
            foreach (var name in province.Aliases.Prepend(province.Name))
            {
                // The name as the province calls itself: "Provincie Groningen", "Prov. Noord-Brabant".
                var key = TextKey.Normalise(name);
                index[key] = province;
                index["provincie" + key] = province;
                index["prov" + key] = province;
            }
        }

        return index;
    }
}
