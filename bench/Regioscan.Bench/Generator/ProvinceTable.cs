using Regioscan.Core.Geography;

namespace Regioscan.Bench.Generator;

/// <summary>
/// How the activities spread over the provinces (by the size of their scans: Noord-Brabant, Zuid-Holland,
/// Gelderland and Noord-Holland largest; the weights add up to the synthesis' 222 initiatives) and the
/// prefix of each province's own ids.
/// </summary>
internal static class ProvinceTable
{
    private static readonly Dictionary<string, (int Weight, string Prefix)> ByCode = new(StringComparer.Ordinal)
    {
        ["PV20"] = (15, "GR"), ["PV21"] = (16, "FR"), ["PV22"] = (11, "DR"), ["PV23"] = (20, "OV"),
        ["PV24"] = (9, "FL"), ["PV25"] = (26, "GE"), ["PV26"] = (18, "UT"), ["PV27"] = (25, "NH"),
        ["PV28"] = (28, "ZH"), ["PV29"] = (9, "ZE"), ["PV30"] = (29, "NB"), ["PV31"] = (16, "LI"),
    };

    public static string Prefix(Province province) => ByCode[province.Code].Prefix;

    /// <summary>The position of the province in <see cref="Provinces.All"/>: part of every seed.</summary>
    public static int IndexOf(Province province)
    {
        for (var i = 0; i < Provinces.All.Count; i++)
        {
            if (Provinces.All[i].Code == province.Code)
            {
                return i;
            }
        }

        throw new ArgumentException(province.Code + " is not a province.", nameof(province));
    }

    /// <summary><paramref name="total"/> activities split by weight (largest remainders), aligned with <see cref="Provinces.All"/>.</summary>
    public static int[] Quotas(int total)
    {
        var weights = Provinces.All.Select(p => (double)ByCode[p.Code].Weight).ToArray();
        var sum = weights.Sum();
        var quotas = weights.Select(w => (int)(total * w / sum)).ToArray();
        var order = Enumerable.Range(0, weights.Length)
            .OrderByDescending(i => total * weights[i] / sum - quotas[i])
            .ThenBy(i => i)
            .ToArray();
        for (var k = 0; quotas.Sum() < total; k++)
        {
            quotas[order[k % order.Length]]++;
        }

        return quotas;
    }
}
