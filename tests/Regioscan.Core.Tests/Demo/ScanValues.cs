using System.Globalization;
using System.Text.RegularExpressions;
using Regioscan.Core.CodeLists;
using Regioscan.Core.Text;

namespace Regioscan.Core.Tests.Demo;

/// <summary>Cell values as the template defines them, harmonised independently of the generator.</summary>
internal static partial class ScanValues
{
    public static readonly Dictionary<string, bool> CodedColumns = new(StringComparer.Ordinal)
    {
        ["werkgebied"] = false, ["aanbieders"] = true, ["financiering"] = false, ["beleidsrationale"] = true,
        ["activiteit_type"] = false, ["doelgroep"] = true, ["sectoren"] = true, ["digitaliseringsvorm"] = true,
        ["knelpunten"] = true, ["impactmeting"] = false,
    };

    private static readonly Dictionary<string, Dictionary<string, HashSet<string>>> Keys = BuildKeys();

    /// <summary>The values of a cell: split on the template's separators when the column is multi-valued.</summary>
    public static string[] Values(string column, string cell) =>
        (CodedColumns[column] ? cell.Split(['|', ';', ',', '\n', '\r']) : [cell])
            .Select(v => v.Trim())
            .Where(v => v.Length > 0)
            .ToArray();

    /// <summary>The codes a raw value may mean (matched ignoring case, accents, spaces and punctuation).</summary>
    public static IReadOnlySet<string> CodesOf(string list, string value) =>
        Keys[list].TryGetValue(TextKey.Normalise(value), out var codes) ? codes : [];

    /// <summary>The codes of a coded cell, sorted: the harmonised value.</summary>
    public static string Harmonise(string column, string cell) =>
        string.Join('|', Values(column, cell).Select(v => CodesOf(column, v).Single()).Distinct().Order(StringComparer.Ordinal));

    /// <summary>Reach: an integer, with <c>1.250</c> meaning 1250.</summary>
    public static long? Reach(string cell)
    {
        var text = cell.Trim();
        if (text.Length == 0)
        {
            return null;
        }

        return long.Parse(ThousandsPattern().IsMatch(text) ? text.Replace(".", string.Empty, StringComparison.Ordinal) : text, CultureInfo.InvariantCulture);
    }

    /// <summary>A decimal with a point or a decimal comma.</summary>
    public static double? Decimal(string cell)
    {
        var text = cell.Trim();
        return text.Length == 0 ? null : double.Parse(text.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    public static int? Year(string cell)
    {
        var text = cell.Trim();
        return text.Length == 0 ? null : int.Parse(text, CultureInfo.InvariantCulture);
    }

    private static Dictionary<string, Dictionary<string, HashSet<string>>> BuildKeys()
    {
        var keys = new Dictionary<string, Dictionary<string, HashSet<string>>>(StringComparer.Ordinal);
        foreach (var list in CodeListCatalog.Default.Lists)
        {
            var map = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
            foreach (var code in list.Codes)
            {
                foreach (var text in (string[])[code.Value, code.LabelNl, code.LabelEn, .. code.Spellings])
                {
                    var key = TextKey.Normalise(text);
                    if (!map.TryGetValue(key, out var codes))
                    {
                        map[key] = codes = new HashSet<string>(StringComparer.Ordinal);
                    }

                    codes.Add(code.Value);
                }
            }

            keys[list.Name] = map;
        }

        return keys;
    }

    [GeneratedRegex(@"^\d{1,3}(\.\d{3})+$")]
    private static partial Regex ThousandsPattern();
}
