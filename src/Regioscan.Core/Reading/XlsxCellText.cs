using System.Globalization;
using System.Text;

namespace Regioscan.Core.Reading;

/// <summary>How the stored value of a workbook cell becomes the text a CSV of the same sheet would hold.</summary>
internal static class XlsxCellText
{
    /// <summary>
    /// A number as invariant text: whole numbers without <c>.0</c> (<c>2024</c>, not <c>2024.0</c>), others
    /// in the shortest form that reads back to the same number (<c>52.0907</c>, not <c>52.090699999999998</c>).
    /// A number within a relative <see cref="WholeTolerance"/> of a whole number is that whole number: a formula's
    /// floating-point artefact (<c>1250.0000000000002</c>) that Excel shows as <c>1250</c>. A whole number too large for that
    /// reads in digits, not in exponent form (<c>100000000000000000000</c>, not <c>1E+20</c>): what Excel stores when
    /// 99999999999999999999 is typed is a whole number far too large, as in CSV, not a number that does not read.
    /// A cell with a date format reads as <see cref="Date"/> instead (see <see cref="XlsxNumberFormats"/>).
    /// </summary>
    public static string Number(string stored)
    {
        if (!double.TryParse(stored, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) || !double.IsFinite(number))
        {
            return stored;
        }

        var whole = Math.Round(number);
        if (Math.Abs(number) < 1e15)
        {
            return Math.Abs(number - whole) <= WholeTolerance * Math.Abs(number)
                ? ((long)whole).ToString(CultureInfo.InvariantCulture)
                : number.ToString(CultureInfo.InvariantCulture);
        }

        return number == whole ? number.ToString("F0", CultureInfo.InvariantCulture) : number.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// How close, relative to its size, a stored number must be to a whole number to read as it. Far above the error of
    /// a few floating-point operations (about 1e-16 each) and far below any fraction a scan holds: RD metres under
    /// 1,000,000 keep their millimetres.
    /// </summary>
    public const double WholeTolerance = 1e-9;

    /// <summary>
    /// A date cell's stored serial number as the date it shows, in ISO form (<c>2017-01-01</c>, with <c>HH:mm</c> when it has a
    /// time of day): the user never sees the serial (42736). Serials outside Excel's dates read as <see cref="Number"/>, and so
    /// do the whole numbers <see cref="MinTypedYear"/> to <see cref="MaxTypedYear"/>: a year typed into a cell formatted as a
    /// date, which Excel shows as a day in 1905 (2017 as 9-7-1905), but which holds the year as typed.
    /// </summary>
    /// <param name="stored">The stored serial number.</param>
    /// <param name="date1904">Whether the workbook counts from 1904 (an old Mac setting) rather than 1900.</param>
    public static string Date(string stored, bool date1904) =>
        TryDate(stored, date1904, out var date) ? Shown(date) : Number(stored);

    /// <summary>
    /// The date a date cell's stored serial number shows (see <see cref="Date"/>); false for a serial outside Excel's dates
    /// and for a year typed into the cell, which read as numbers.
    /// </summary>
    public static bool TryDate(string stored, bool date1904, out DateTime date)
    {
        if (!double.TryParse(stored, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) || serial is < 1 or >= 2958466
            || (serial is >= MinTypedYear and <= MaxTypedYear && serial == Math.Floor(serial)))
        {
            date = default;
            return false;
        }

        // FromOADate counts from 1899-12-30, which matches Excel's 1900 dates from March 1900 on: Excel counts a 29 February 1900.
        date = DateTime.FromOADate(date1904 ? serial + 1462 : serial < 61 ? serial + 1 : serial);
        return true;
    }

    /// <summary>
    /// The least whole number in a date cell that reads as a year typed (see <see cref="Date"/>). As dates, 1900 to 2100 are days
    /// of 1905 (of 1909 in a workbook counting from 1904), which no scan holds.
    /// </summary>
    public const int MinTypedYear = 1900;

    /// <summary>The greatest whole number in a date cell that reads as a year typed (see <see cref="MinTypedYear"/>).</summary>
    public const int MaxTypedYear = 2100;

    /// <summary>
    /// A date cell stored as ISO 8601 text (<c>t="d"</c>, as Strict workbooks and some programs write it: <c>2018-01-01T00:00:00</c>)
    /// in the form <see cref="Date"/> gives (<c>2018-01-01</c>); text that is not such a date as it is.
    /// </summary>
    public static string IsoDate(string stored) =>
        stored.Length >= 10 && stored[4] == '-' && stored[7] == '-'
        && DateTime.TryParse(stored, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var date)
            ? Shown(date)
            : stored;

    /// <summary>A date as a date cell reads: ISO, with <c>HH:mm</c> when it has a time of day.</summary>
    public static string Shown(DateTime date) =>
        date.TimeOfDay.Ticks == 0
            ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : date.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

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
