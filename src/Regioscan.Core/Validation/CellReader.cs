using System.Buffers;
using System.Collections.Frozen;
using System.Globalization;
using Regioscan.Core.Geography;
using Regioscan.Core.Harmonisation;
using Regioscan.Core.Text;

namespace Regioscan.Core.Validation;

/// <summary>Reads one cell by the kind of its template column, reporting what does not read.</summary>
internal sealed class CellReader(ValidationOptions options, CodeMatcher matcher, int minYear, int maxYear, IssueList issues)
{
    /// <summary>How many distinct values per column are remembered: enough for any code list, bounded for hostile input.</summary>
    private const int MemoSize = 1024;

    /// <summary>
    /// Per column, what a value as typed resolved to (a code, province or municipality, or null). Coded
    /// values repeat on nearly every row, so this saves normalising the same text over and over.
    /// </summary>
    private readonly Dictionary<string, object?>?[] _memo = new Dictionary<string, object?>?[Columns.Count];
    private readonly Dictionary<string, string[]>?[] _codesMemo = new Dictionary<string, string[]>?[Columns.Count];

    /// <summary>The last website address read, as typed, and what it read as.</summary>
    private (string? Text, string? Url, bool SchemeAdded) _lastUrl;

    /// <summary>
    /// Excel's error values as a CSV export or a pasted cell keeps them, in English and Dutch Excel: a formula that found
    /// no value, saved as its text (a workbook's own error cells are told apart by their type, <see cref="ReadErrorValue"/>).
    /// </summary>
    private static readonly FrozenSet<string> ExcelErrors = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "#REF!", "#N/A", "#VALUE!", "#DIV/0!", "#NAME?", "#NUM!", "#NULL!", "#SPILL!", "#CALC!",
        "#VERW!", "#N/B", "#WAARDE!", "#DEEL/0!", "#NAAM?", "#GETAL!", "#LEEG!");

    /// <summary>
    /// U+FFFD (bytes invalid in the encoding) and control characters: C0 other than tab and line breaks,
    /// DEL and C1 (where Windows-1252 has no character).
    /// </summary>
    private static readonly SearchValues<char> BadCharacters = SearchValues.Create(
        "\uFFFD\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000B\u000C\u000E\u000F" +
        "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F" +
        "\u007F\u0080\u0081\u0082\u0083\u0084\u0085\u0086\u0087\u0088\u0089\u008A\u008B\u008C\u008D\u008E\u008F" +
        "\u0090\u0091\u0092\u0093\u0094\u0095\u0096\u0097\u0098\u0099\u009A\u009B\u009C\u009D\u009E\u009F");

    /// <summary>Dates as an XLSX date cell reads (<c>2017-01-01</c>, see <c>XlsxCellText.Date</c>) and as Dutch Excel writes them to CSV (<c>1-1-2017</c>).</summary>
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyy-MM-dd HH:mm", "d-M-yyyy", "d/M/yyyy", "d.M.yyyy"];

    private static readonly Lazy<KeyValuePair<string, string>[]> ProvinceKeys = new(() =>
    [
        .. Provinces.All.SelectMany(p => ((string[])[p.Code, p.Name, .. p.Aliases])
            .Select(text => new KeyValuePair<string, string>(TextKey.Normalise(text), p.Name))),
    ]);

    private static readonly Lazy<KeyValuePair<string, string>[]> MunicipalityKeys = new(() =>
    [
        .. Municipalities.All.Select(m => new KeyValuePair<string, string>(TextKey.Normalise(m.Name), m.Name)),
    ]);

    /// <summary>How many required cells were reported empty so far: a row that adds to it may be a totals row (see <see cref="TotalsRow"/>).</summary>
    public int MissingValues { get; private set; }

    /// <summary>Reads <paramref name="raw"/> into column <paramref name="column"/> of <paramref name="row"/>.</summary>
    /// <param name="row">The row being read.</param>
    /// <param name="column">The template column.</param>
    /// <param name="raw">The cell as read.</param>
    /// <param name="present">Whether the file has the column; an absent one is reported once, as <c>missing-column</c>.</param>
    public void Read(ParsedRow row, int column, string raw, bool present)
    {
        var definition = ScanTemplate.Columns[column];
        row.Values[column] = null;
        row.Invalid[column] = false;
        row.Text[column] = string.Empty;
        if (raw.Length > options.MaxCellChars)
        {
            Fail(row, column, ErrorCodes.CellTooLong, raw, string.Create(CultureInfo.InvariantCulture,
                $"The cell holds {raw.Length:N0} characters; at most {options.MaxCellChars:N0} are allowed."));
            return;
        }

        var bad = raw.AsSpan().IndexOfAny(BadCharacters);
        if (bad >= 0)
        {
            Fail(row, column, ErrorCodes.EncodingError, raw, raw[bad] == '\uFFFD'
                ? "The cell holds bytes that are not valid text in the file's encoding (shown as \uFFFD)."
                : string.Create(CultureInfo.InvariantCulture, $"The cell holds the control character U+{(int)raw[bad]:X4}, which text does not contain."));
            return;
        }

        var text = Clean(raw);
        row.Text[column] = text;
        if (text.Length == 0)
        {
            if (definition.Required && present)
            {
                MissingValues++;
                Fail(row, column, ErrorCodes.MissingValue, null, $"The column {definition.Name} is required, and this cell is empty.",
                    $"Fill in {definition.Name} on this row.");
            }

            return;
        }

        if (text[0] == '#' && ExcelErrors.Contains(text))
        {
            Fail(row, column, ErrorCodes.TypeError, text,
                $"The cell holds {text}, an Excel error value: a formula that found no value, saved as its text.",
                "Correct the formula in the workbook the file was saved from, or type the value instead of it.");
            return;
        }

        row.Values[column] = definition.Kind switch
        {
            CellKind.Text => text,
            CellKind.Count => ReadCount(row, column, text),
            CellKind.Year => ReadYear(row, column, text),
            CellKind.Latitude or CellKind.Longitude => ReadNumber(row, column, text, NumberStyle.Fractional),
            CellKind.RdMetres => ReadNumber(row, column, text, NumberStyle.Measurement),
            CellKind.Url => ReadUrl(row, column, text),
            CellKind.Code => ReadCode(row, column, definition.CodeList!, text),
            CellKind.Codes => ReadCodes(row, column, definition, text),
            CellKind.Province => ReadProvince(row, column, text),
            CellKind.Municipality => ReadMunicipality(row, column, text),
            _ => throw new InvalidOperationException($"Unknown cell kind {definition.Kind}."),
        };
    }

    /// <summary>
    /// Reports the cell of column <paramref name="column"/> as a formula without its result (see
    /// <see cref="Reading.XlsxUncomputedFormula"/>): the file holds no value for it, whatever Excel shows once it has computed it.
    /// </summary>
    public void ReadUncomputedFormula(ParsedRow row, int column, string formula)
    {
        NoValue(row, column);
        Fail(row, column, ErrorCodes.TypeError, formula.Length > 0 ? "=" + formula : null,
            formula.Length > 0
                ? $"The cell holds a formula (={formula}) without a computed value, so it has no value to read."
                : "The cell holds a formula without a computed value, so it has no value to read.",
            "Open the file in Excel and save it, so that the results of its formulas are stored; or type the value instead of the formula.");
    }

    /// <summary>
    /// Takes the cell of column <paramref name="column"/> as one without a value to read: a merge across columns emptied it
    /// (reported once, for the range), its formula has no result, or it shows an error. As its value is not known, it is
    /// neither called empty nor compared with other rows.
    /// </summary>
    public static void NoValue(ParsedRow row, int column)
    {
        row.Values[column] = null;
        row.Text[column] = string.Empty;
        row.Invalid[column] = true;
    }

    /// <summary>
    /// Reports the cell of column <paramref name="column"/> as an Excel error value (see <see cref="Reading.XlsxErrorValue"/>):
    /// what the sheet shows there is no value, whatever the column asks for.
    /// </summary>
    public void ReadErrorValue(ParsedRow row, int column, Reading.XlsxErrorValue error)
    {
        NoValue(row, column);
        Fail(row, column, ErrorCodes.TypeError, error.Value,
            error.Formula is { } formula
                ? $"The cell shows the Excel error {error.Value}: its formula (={formula}) found no value, so the cell has none to read."
                : $"The cell shows the Excel error {error.Value}, which is no value.",
            error.Value == "#N/A" || error.Value == "#REF!"
                ? "Correct the formula (a reference to deleted cells gives #REF!, a lookup that finds nothing #N/A), or type the value instead of it."
                : "Correct the formula, or type the value instead of it.");
    }

    /// <summary>Trimmed, with every line break as LF.</summary>
    private static string Clean(string raw)
    {
        var text = raw.Trim();
        return text.Contains('\r', StringComparison.Ordinal) ? text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n') : text;
    }

    private object? ReadCount(ParsedRow row, int column, string text)
    {
        if (!DutchNumber.TryParse(text, NumberStyle.WholeNumber, out var number) || number > long.MaxValue || number < long.MinValue)
        {
            return NotAWholeNumber(row, column, text, number);
        }

        if (number < 0)
        {
            return Fail(row, column, ErrorCodes.OutOfRange, text, $"{text} is negative; the reach is 0 or more.",
                "Write the number of entrepreneurs reached per year, 0 or more.");
        }

        return (long)number;
    }

    private object? ReadYear(ParsedRow row, int column, string text)
    {
        if (!DutchNumber.TryParse(text, NumberStyle.WholeNumber, out var number) || number > int.MaxValue || number < int.MinValue)
        {
            return NotAWholeNumber(row, column, text, number);
        }

        var year = (int)number;
        if (year < minYear || year > maxYear)
        {
            return YearOutOfRange(row, column, text, year.ToString(CultureInfo.InvariantCulture));
        }

        return year;
    }

    private object? YearOutOfRange(ParsedRow row, int column, string text, string year) =>
        Fail(row, column, ErrorCodes.OutOfRange, text,
            string.Create(CultureInfo.InvariantCulture, $"{year} is outside the years {minYear} to {maxYear}."),
            string.Create(CultureInfo.InvariantCulture, $"Write a year from {minYear} to {maxYear}."));

    /// <summary>
    /// A count or year that did not read, or read too large for its type (<paramref name="number"/>, else 0): a date, a whole
    /// number with too many digits (out of range rather than of the wrong type), or not a whole number at all. Only
    /// failing cells come here, so telling them apart costs the valid ones nothing.
    /// </summary>
    private object? NotAWholeNumber(ParsedRow row, int column, string text, decimal number)
    {
        var year = ScanTemplate.Columns[column].Kind == CellKind.Year;
        if (DateTime.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            // A date's year is not taken on trust: the template asks for a year, and a date may be a value typed into the wrong column.
            var name = ScanTemplate.Columns[column].Name;
            return Fail(row, column, ErrorCodes.TypeError, text, year
                    ? $"'{text}' is a date, and {name} holds a year."
                    : $"'{text}' is a date, and {name} holds a whole number.",
                (year
                    ? string.Create(CultureInfo.InvariantCulture, $"Type the year, {date.Year}, in the cell")
                    : "Type the number of entrepreneurs reached per year, such as 1250, in the cell") +
                "; in Excel, set the cell's format to General (Standaard) first, or what you type shows as a date again.");
        }

        var digits = text.AsSpan().Trim();
        var negative = digits.StartsWith('-');
        digits = digits.TrimStart("+-");
        if (number == 0 && (digits.Length == 0 || digits.ContainsAnyExceptInRange('0', '9')))
        {
            return year
                ? Fail(row, column, ErrorCodes.TypeError, text, $"'{text}' is not a year.", "Write the year as four digits, such as 2024.")
                : Fail(row, column, ErrorCodes.TypeError, text, $"'{text}' is not a whole number.",
                    "Write a whole number of entrepreneurs, such as 1250 or 1.250 (no words, no decimals).");
        }

        if (year)
        {
            return YearOutOfRange(row, column, text, number != 0 ? number.ToString(CultureInfo.InvariantCulture) : text);
        }

        return Fail(row, column, ErrorCodes.OutOfRange, text, negative
                ? $"{text} is a whole number, but negative; the reach is 0 or more."
                : $"{text} is a whole number, but far too large for a number of entrepreneurs.",
            "Write the number of entrepreneurs reached per year, such as 1250.");
    }

    private object? ReadNumber(ParsedRow row, int column, string text, NumberStyle style)
    {
        if (DutchNumber.TryParse(text, style, out var number))
        {
            return (double)number;
        }

        return style == NumberStyle.Measurement
            ? Fail(row, column, ErrorCodes.TypeError, text, $"'{text}' is not a number of metres.",
                "Write RD coordinates in metres, such as 155000 or 155000,5.")
            : Fail(row, column, ErrorCodes.TypeError, text, $"'{text}' is not a decimal number of degrees.",
                "Write degrees as a decimal number, such as 52,1552 or 52.1552 (not degrees-minutes-seconds).");
    }

    private object? ReadUrl(ParsedRow row, int column, string text)
    {
        // An initiative's website is repeated on each of its rows, one after the other: parse it once.
        if (!string.Equals(text, _lastUrl.Text, StringComparison.Ordinal))
        {
            _lastUrl = (text, WebAddress.Normalise(text, out var added), added);
        }

        var (_, url, schemeAdded) = _lastUrl;
        if (url is null)
        {
            return Fail(row, column, ErrorCodes.TypeError, text, $"'{text}' is not a website address.",
                "Write the full address of the website, such as https://www.example.nl, or leave the cell empty.");
        }

        if (schemeAdded)
        {
            issues.Add(ErrorCodes.UrlWithoutScheme, row.Row, ScanTemplate.Columns[column].Name, text,
                $"'{text}' has no http:// or https://; it is read as {url}.", $"Write {url}.");
        }

        return url;
    }

    private object? ReadCode(ParsedRow row, int column, string list, string text) =>
        Resolve(column, text, list, static (m, l, t) => m.Match(l!, t)) as string ?? NotACode(row, column, list, text);

    // Apart from ReadCode: its lambda captures the list, and C# would make that closure on every call, matched or not.
    private object? NotACode(ParsedRow row, int column, string list, string text)
    {
        var parts = MultiValue.Split(text);
        if (parts.Count > 1 && parts.TrueForAll(p => matcher.Match(list, p) is not null))
        {
            return Fail(row, column, ErrorCodes.TypeError, text, $"{list} holds one value, and this cell has {parts.Count}.",
                $"Keep the one value of {list} that fits best.");
        }

        return UnknownCode(row, column, list, text);
    }

    // The same few combinations of codes fill most cells: each is matched once, and its rows share one array.
    private string[]? ReadCodes(ParsedRow row, int column, TemplateColumn definition, string text)
    {
        var memo = _codesMemo[column] ??= new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (memo.TryGetValue(text, out var known))
        {
            return known;
        }

        var codes = MatchCodes(row, column, definition, text);
        if (codes is not null && memo.Count < MemoSize)
        {
            memo[text] = codes;
        }

        return codes;
    }

    private string[]? MatchCodes(ParsedRow row, int column, TemplateColumn definition, string text)
    {
        var list = definition.CodeList!;
        var codes = new List<string>(4);
        var failed = false;
        foreach (var part in MultiValue.Split(text))
        {
            if (Resolve(column, part, list, static (m, l, t) => m.Match(l!, t)) is string code)
            {
                if (!codes.Contains(code))
                {
                    codes.Add(code);
                }
            }
            else
            {
                UnknownCode(row, column, list, part);
                failed = true;
            }
        }

        if (failed)
        {
            return null;
        }

        if (codes.Count == 0)
        {
            if (definition.Required)
            {
                MissingValues++;
                Fail(row, column, ErrorCodes.MissingValue, text, $"The column {list} is required, and this cell holds only separators.",
                    $"Fill in at least one code of {list}.");
            }

            return null;
        }

        codes.Sort((a, b) => matcher.Order(list, a).CompareTo(matcher.Order(list, b)));
        return [.. codes];
    }

    private object? UnknownCode(ParsedRow row, int column, string list, string value)
    {
        var suggested = matcher.Suggest(list, value);
        var suggestion = suggested is not null
            ? $"Did you mean '{suggested}'?"
            : $"Use one of the codes of {list}: {string.Join(", ", matcher.Catalog[list].Codes.Select(c => c.Value))} (or their Dutch or English labels).";
        return Fail(row, column, ErrorCodes.UnknownCode, value, $"'{value}' is not a code of {list}.", suggestion);
    }

    private object? ReadProvince(ParsedRow row, int column, string text)
    {
        if (Resolve(column, text, null, static (_, _, t) => Provinces.Find(t)) is Province province)
        {
            return province;
        }

        var suggested = ClosestMatch.Find(TextKey.Normalise(text), ProvinceKeys.Value);
        return Fail(row, column, ErrorCodes.UnknownCode, text, $"'{text}' is not a Dutch province.", suggested is not null
            ? $"Did you mean '{suggested}'?"
            : "Write the province's name, such as Fryslân or Noord-Brabant, or its CBS code PV20 to PV31.");
    }

    private object? ReadMunicipality(ParsedRow row, int column, string text)
    {
        if (Resolve(column, text, null, static (_, _, t) => Municipalities.Find(t)) is Municipality municipality)
        {
            return municipality;
        }

        var suggested = ClosestMatch.Find(TextKey.Normalise(text), MunicipalityKeys.Value);
        return Fail(row, column, ErrorCodes.UnknownCode, text, $"'{text}' is not a Dutch municipality (2025).", suggested is not null
            ? $"Did you mean '{suggested}'?"
            : "Write the municipality's name as of 2025, such as Súdwest-Fryslân, or its CBS code such as GM1900.");
    }

    private object? Resolve(int column, string text, string? list, Func<CodeMatcher, string?, string, object?> resolve)
    {
        var memo = _memo[column] ??= new Dictionary<string, object?>(StringComparer.Ordinal);
        if (memo.TryGetValue(text, out var known))
        {
            return known;
        }

        var resolved = resolve(matcher, list, text);
        if (memo.Count < MemoSize)
        {
            memo[text] = resolved;
        }

        return resolved;
    }

    private object? Fail(ParsedRow row, int column, string code, string? value, string message, string? suggestion = null)
    {
        row.Invalid[column] = true;
        issues.Add(code, row.Row, ScanTemplate.Columns[column].Name, value, message, suggestion);
        return null;
    }
}
