namespace Regioscan.Core.Reading;

/// <summary>The separator and line endings of a CSV file, sniffed from its first lines.</summary>
/// <param name="Separator">The cell separator.</param>
/// <param name="HasSeparatorLine">Whether the file starts with Excel's <c>sep=;</c> line, which is not a row.</param>
/// <param name="LineEndings"><c>crlf</c>, <c>lf</c>, <c>cr</c>, <c>mixed</c>, or null without line breaks.</param>
internal sealed record CsvDialect(char Separator, bool HasSeparatorLine, string? LineEndings)
{
    private static readonly char[] Candidates = [';', ',', '\t'];

    /// <summary>
    /// The separator is the candidate that splits the header (the first non-blank line) into the most
    /// cells; a tie goes to <c>;</c>, then <c>,</c> (a one-column file reads the same either way).
    /// The multi-value separator <c>|</c> is never a candidate.
    /// </summary>
    public static CsvDialect Sniff(string start)
    {
        if (start.StartsWith("sep=", StringComparison.OrdinalIgnoreCase) && start.Length > 4 && start[4] is not ('\r' or '\n'))
        {
            return new CsvDialect(start[4], true, LineEndingsOf(start));
        }

        var header = FirstNonBlankLine(start);
        var best = ',';
        var bestCount = 0;
        foreach (var candidate in Candidates)
        {
            var count = CountOutsideQuotes(header, candidate);
            if (count > bestCount)
            {
                best = candidate;
                bestCount = count;
            }
        }

        return new CsvDialect(best, false, LineEndingsOf(start));
    }

    private static ReadOnlySpan<char> FirstNonBlankLine(ReadOnlySpan<char> text)
    {
        var inQuotes = false;
        var lineStart = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '"')
            {
                inQuotes = !inQuotes;
            }
            else if (!inQuotes && c is '\r' or '\n')
            {
                var line = text[lineStart..i];
                if (!line.IsWhiteSpace())
                {
                    return line;
                }

                lineStart = i + 1;
            }
        }

        return text[lineStart..];
    }

    private static int CountOutsideQuotes(ReadOnlySpan<char> line, char separator)
    {
        var inQuotes = false;
        var count = 0;
        foreach (var c in line)
        {
            if (c == '"')
            {
                inQuotes = !inQuotes;
            }
            else if (!inQuotes && c == separator)
            {
                count++;
            }
        }

        return count;
    }

    private static string? LineEndingsOf(ReadOnlySpan<char> text)
    {
        int crlf = 0, lf = 0, cr = 0;
        var inQuotes = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '"')
            {
                inQuotes = !inQuotes;
            }
            else if (inQuotes)
            {
                continue;
            }
            else if (c == '\r')
            {
                // A CR at the very end of the sniffed text may be half of a CRLF: leave it out.
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    crlf++;
                    i++;
                }
                else if (i + 1 < text.Length)
                {
                    cr++;
                }
            }
            else if (c == '\n')
            {
                lf++;
            }
        }

        return (crlf > 0, lf > 0, cr > 0) switch
        {
            (false, false, false) => null,
            (true, false, false) => "crlf",
            (false, true, false) => "lf",
            (false, false, true) => "cr",
            _ => "mixed",
        };
    }
}
