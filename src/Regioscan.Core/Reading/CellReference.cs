using System.Globalization;

namespace Regioscan.Core.Reading;

/// <summary>
/// Spreadsheet cell references such as <c>B12</c>: the column as letters (A, B, …, Z, AA, …), then the
/// row number. Excel has 16,384 columns (A to XFD).
/// </summary>
public static class CellReference
{
    /// <summary>The most columns a sheet has (A to XFD).</summary>
    public const int MaxColumns = 16_384;

    /// <summary>The reference of the cell in column <paramref name="column"/> (0 is A) of row <paramref name="row"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The column is negative or past XFD, or the row is below 1.</exception>
    public static string Of(int column, int row)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(row, 1);
        return string.Create(CultureInfo.InvariantCulture, $"{ColumnName(column)}{row}");
    }

    /// <summary>The letters of column <paramref name="column"/> (0 is A, 26 is AA).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The column is negative or past XFD.</exception>
    public static string ColumnName(int column)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(column);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(column, MaxColumns);
        Span<char> letters = stackalloc char[3];
        var start = letters.Length;
        for (var n = column + 1; n > 0; n = (n - 1) / 26)
        {
            letters[--start] = (char)('A' + ((n - 1) % 26));
        }

        return new string(letters[start..]);
    }

    /// <summary>
    /// The column (0 is A) of a reference such as <c>C5</c> or <c>$C$5</c>; false when it does not start with
    /// one to three letters of a column up to XFD.
    /// </summary>
    public static bool TryParseColumn(ReadOnlySpan<char> reference, out int column) => ParseColumn(reference, out column) > 0;

    /// <summary>
    /// The column (0 is A) and row (1 is the first) of a whole reference such as <c>C5</c> or <c>$C$5</c>; false when it
    /// is not one.
    /// </summary>
    public static bool TryParse(ReadOnlySpan<char> reference, out int column, out int row)
    {
        row = 0;
        var length = ParseColumn(reference, out column);
        if (length == 0)
        {
            return false;
        }

        var digits = reference[length..];
        digits = digits.Length > 0 && digits[0] == '$' ? digits[1..] : digits;
        return int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out row) && row > 0;
    }

    /// <summary>How many characters of <paramref name="reference"/> name its column, with a leading <c>$</c>; 0 when none do.</summary>
    private static int ParseColumn(ReadOnlySpan<char> reference, out int column)
    {
        column = -1;
        var i = reference.Length > 0 && reference[0] == '$' ? 1 : 0;
        var n = 0;
        var letters = 0;
        for (; i < reference.Length && char.IsAsciiLetter(reference[i]); i++)
        {
            if (++letters > 3)
            {
                return 0;
            }

            n = (n * 26) + (char.ToUpperInvariant(reference[i]) - 'A' + 1);
        }

        if (letters == 0 || n > MaxColumns)
        {
            return 0;
        }

        column = n - 1;
        return i;
    }
}
