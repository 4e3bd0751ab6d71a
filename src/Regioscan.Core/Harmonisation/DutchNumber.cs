using System.Buffers;
using System.Globalization;

namespace Regioscan.Core.Harmonisation;

/// <summary>
/// Reads numbers as Dutch spreadsheets write them: decimal comma, <c>.</c> between thousands, spaces
/// between digit groups; a decimal point is accepted too where it cannot be a thousands separator
/// (<c>2017.0</c> is 2017 as a whole number, <c>2.017</c> is 2017 as well).
/// </summary>
public static class DutchNumber
{
    private static readonly SearchValues<char> DigitsAndDot = SearchValues.Create("0123456789.");

    /// <summary>Reads <paramref name="text"/> as a number of <paramref name="style"/>.</summary>
    /// <returns>False when the text is not such a number (<c>veel</c>, <c>1,5</c> as a whole number, <c>1,250,000</c>).</returns>
    public static bool TryParse(ReadOnlySpan<char> text, NumberStyle style, out decimal value)
    {
        value = 0;
        Span<char> compact = stackalloc char[Math.Min(text.Length, 64)];
        var length = 0;
        foreach (var c in text.Trim())
        {
            if (c is ' ' or '\u00A0' or '\u202F' or '\u2009')
            {
                continue;
            }

            if (length == compact.Length)
            {
                return false;
            }

            compact[length++] = c == '\u2212' ? '-' : c;
        }

        var s = compact[..length];
        var negative = false;
        if (s.Length > 0 && s[0] is '-' or '+')
        {
            negative = s[0] == '-';
            s = s[1..];
        }

        // SplitParts only leaves dots in the integer part where they group thousands.
        if (!SplitParts(s, style, out var integer, out var fraction) || integer.IsEmpty ||
            integer.ContainsAnyExcept(DigitsAndDot) || !IsDigits(fraction))
        {
            return false;
        }

        if (style == NumberStyle.WholeNumber && fraction.ContainsAnyExcept('0'))
        {
            return false;
        }

        Span<char> plain = stackalloc char[integer.Length + fraction.Length + 2];
        var n = 0;
        if (negative)
        {
            plain[n++] = '-';
        }

        n += Ungroup(integer, plain[n..]);
        if (!fraction.IsEmpty)
        {
            plain[n++] = '.';
            fraction.CopyTo(plain[n..]);
            n += fraction.Length;
        }

        return decimal.TryParse(plain[..n], NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>Separates the integer part (possibly with <c>.</c> groups) from the fraction.</summary>
    private static bool SplitParts(ReadOnlySpan<char> s, NumberStyle style, out ReadOnlySpan<char> integer, out ReadOnlySpan<char> fraction)
    {
        integer = s;
        fraction = default;
        var commas = s.Count(',');
        var dots = s.Count('.');
        if (commas > 1)
        {
            // 1,250,000 is English; in a Dutch sheet it is ambiguous, so it is not read.
            return false;
        }

        if (commas == 1)
        {
            var comma = s.IndexOf(',');
            if (dots > 0 && s.LastIndexOf('.') > comma)
            {
                return false;
            }

            integer = s[..comma];
            fraction = s[(comma + 1)..];
            return fraction.Length > 0 && (dots == 0 || IsGrouped(integer));
        }

        if (dots == 0)
        {
            return true;
        }

        // Dots in threes group thousands (2.017 is 2017); any other single dot is a decimal point, so a whole
        // number may end in .0 as it may in ,0 (2017.0), and TryParse rejects a fraction that is not zero.
        var groupedThousands = IsGrouped(s);
        switch (style)
        {
            case NumberStyle.WholeNumber or NumberStyle.Measurement when groupedThousands:
                return true;
            default:
                if (dots > 1)
                {
                    return false;
                }

                var dot = s.IndexOf('.');
                integer = s[..dot];
                fraction = s[(dot + 1)..];
                return fraction.Length > 0;
        }
    }

    /// <summary>Whether the text is digits grouped by dots in threes: <c>1.250</c>, <c>12.500.000</c>.</summary>
    private static bool IsGrouped(ReadOnlySpan<char> s)
    {
        var first = s.IndexOf('.');
        if (first is < 1 or > 3)
        {
            return first < 0;
        }

        var rest = s[first..];
        while (!rest.IsEmpty)
        {
            if (rest.Length < 4 || rest[0] != '.' || !IsDigits(rest[1..4]))
            {
                return false;
            }

            rest = rest[4..];
        }

        return true;
    }

    private static bool IsDigits(ReadOnlySpan<char> s) => !s.ContainsAnyExceptInRange('0', '9');

    private static int Ungroup(ReadOnlySpan<char> integer, Span<char> destination)
    {
        var n = 0;
        foreach (var c in integer)
        {
            if (c != '.')
            {
                destination[n++] = c;
            }
        }

        return n;
    }
}
