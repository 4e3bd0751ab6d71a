using System.Globalization;
using System.Text;

namespace Regioscan.Core.Reading;

/// <summary>How the stored value of a workbook cell becomes the text a CSV of the same sheet would hold.</summary>
internal static class XlsxCellText
{
    /// <summary>
    /// A number as invariant text: whole numbers without <c>.0</c> (<c>2024</c>, not <c>2024.0</c>), others
    /// in the shortest form that reads back to the same number (<c>52.0907</c>, not <c>52.090699999999998</c>).
    /// Dates are stored as numbers too; they read as their number, since the template has no date column.
    /// </summary>
    public static string Number(string stored)
    {
        if (!double.TryParse(stored, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) || !double.IsFinite(number))
        {
            return stored;
        }

        return Math.Abs(number) < 1e15 && number == Math.Floor(number)
            ? ((long)number).ToString(CultureInfo.InvariantCulture)
            : number.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>A boolean as Excel shows it in English.</summary>
    public static string Boolean(string stored) => stored.Trim() switch
    {
        "1" or "true" => "TRUE",
        "0" or "false" => "FALSE",
        var other => other,
    };

    /// <summary>
    /// Undoes the escaping of Office Open XML strings (ST_Xstring): characters XML cannot hold, such as a
    /// carriage return, are stored as <c>_x000D_</c>, and a literal <c>_x</c> as <c>_x005F_x</c>.
    /// </summary>
    public static string Unescape(string text)
    {
        var at = text.IndexOf("_x", StringComparison.Ordinal);
        if (at < 0)
        {
            return text;
        }

        var result = new StringBuilder(text.Length);
        var from = 0;
        for (; at >= 0; at = text.IndexOf("_x", from, StringComparison.Ordinal))
        {
            if (at + 7 <= text.Length && text[at + 6] == '_'
                && int.TryParse(text.AsSpan(at + 2, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
            {
                result.Append(text, from, at - from).Append((char)code);
                from = at + 7;
            }
            else
            {
                result.Append(text, from, at + 2 - from);
                from = at + 2;
            }
        }

        return result.Append(text, from, text.Length - from).ToString();
    }
}
