using System.Buffers;
using Regioscan.Core.CodeLists;
using Regioscan.Core.Text;

namespace Regioscan.Core.Demo;

/// <summary>
/// Writes codes the way a province's file does: as codes, labels or known spellings, in varying case and
/// with stray spaces. Every variant comes from the code list itself, so harmonisation maps it back.
/// </summary>
internal sealed class CodeSpeller(FileStyle style)
{
    // A variant holding a multi-value separator would split into two values when read back.
    private static readonly SearchValues<char> Unsafe = SearchValues.Create(",;|\r\n\t");

    /// <summary>
    /// One code as a cell. A spelling that <paramref name="hint"/> (the activity's name) contains is the one
    /// people would write: "Workshop online zichtbaarheid" is a <c>workshop</c>.
    /// </summary>
    public string Single(string list, string code, Random random, string? hint = null) =>
        Pad(Hinted(list, code, random, hint) ?? Variant(list, code, random), random);

    /// <summary>Several codes as one cell, separated as the file separates multiple values.</summary>
    public string Multi(string list, IReadOnlyList<string> codes, Random random) =>
        string.Join(style.MultiSeparator, codes.Select(code => Pad(Variant(list, code, random), random)));

    private string? Hinted(string list, string code, Random random, string? hint)
    {
        if (hint is null || style.Codes is CodeStyle.Codes or CodeStyle.Labels)
        {
            return null;
        }

        var key = TextKey.Normalise(hint);
        var entry = CodeListCatalog.Default[list].Codes.First(c => c.Value == code);
        var matches = entry.Spellings.Where(s => IsSafe(s) && key.Contains(TextKey.Normalise(s), StringComparison.Ordinal)).ToArray();
        return matches.Length > 0 && random.Chance(0.7) ? random.Pick(matches) : null;
    }

    private string Variant(string list, string code, Random random)
    {
        var entry = CodeListCatalog.Default[list].Codes.First(c => c.Value == code);
        var spellings = entry.Spellings.Where(IsSafe).ToArray();
        var label = IsSafe(entry.LabelNl) ? entry.LabelNl : code;
        switch (style.Codes)
        {
            case CodeStyle.Labels:
                return label;
            case CodeStyle.Spellings:
                return spellings.Length > 0 ? random.Pick(spellings) : random.Chance(0.5) ? code : label.ToLowerInvariant();
            case CodeStyle.Mixed:
                string[] pool = [code, label, .. IsSafe(entry.LabelEn) ? [entry.LabelEn] : Array.Empty<string>(), .. spellings];
                var text = random.Pick(pool);
                var roll = random.NextDouble();
                return roll < 0.2 ? text.ToLowerInvariant() : roll < 0.28 ? text.ToUpperInvariant() : text;
            default:
                return code;
        }
    }

    private string Pad(string text, Random random)
    {
        if (!style.ExtraSpaces || !random.Chance(0.15))
        {
            return text;
        }

        return random.Chance(0.5) ? " " + text + " " : text + "  ";
    }

    private static bool IsSafe(string text) => text.AsSpan().IndexOfAny(Unsafe) < 0 && text.Trim() == text;
}
