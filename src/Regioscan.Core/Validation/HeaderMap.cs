using Regioscan.Core.Harmonisation;
using Regioscan.Core.Reading;
using Regioscan.Core.Text;

namespace Regioscan.Core.Validation;

/// <summary>Which cell of a row holds which template column, from the header row.</summary>
internal sealed class HeaderMap
{
    private HeaderMap(int[] cellOfColumn, int width, int headerCells, int[] unnamedCells)
    {
        CellOfColumn = cellOfColumn;
        Width = width;
        HeaderCells = headerCells;
        UnnamedCells = unnamedCells;
    }

    /// <summary>The cell index of each template column, or -1 when the column is absent.</summary>
    public int[] CellOfColumn { get; }

    /// <summary>The cells up to the last that names a column: every cell from here on has no header.</summary>
    public int Width { get; }

    /// <summary>
    /// The cells of the header row, empty ones at its end included (a CSV header ending in a separator): a CSV row
    /// with more cells than this has more cells than the header row.
    /// </summary>
    public int HeaderCells { get; }

    /// <summary>The cells before <see cref="Width"/> whose header is empty; nearly always none.</summary>
    public int[] UnnamedCells { get; }

    /// <summary>Moves <paramref name="source"/> to its header row, the first row that is not blank.</summary>
    /// <returns>False when every row is blank.</returns>
    public static bool SkipToHeader(IScanRowSource source)
    {
        while (source.ReadRow())
        {
            for (var i = 0; i < source.CellCount; i++)
            {
                if (!string.IsNullOrWhiteSpace(source.GetCell(i)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the header row of <paramref name="source"/>, read from its first row, names at least one of the
    /// template's columns: what <see cref="Build"/> asks of a scan. Reads no further than the header row.
    /// </summary>
    public static bool HoldsScan(IScanRowSource source) => SkipToHeader(source) && TemplateColumnsNamed(source) > 0;

    /// <summary>Whether the current row names at least one of the template's columns.</summary>
    public static bool NamesTemplateColumn(IScanRowSource source) => TemplateColumnsNamed(source) > 0;

    /// <summary>How many cells of the current row name a template column.</summary>
    private static int TemplateColumnsNamed(IScanRowSource source)
    {
        var named = 0;
        for (var i = 0; i < source.CellCount; i++)
        {
            named += ScanTemplate.IndexOfHeader(source.GetCell(i).Trim()) >= 0 ? 1 : 0;
        }

        return named;
    }

    /// <summary>How many rows below a header row that names no template column are searched for one that does.</summary>
    internal const int HeaderLookahead = 10;

    /// <summary>
    /// The header row names none of the template's columns. A title (or a group row, or notes) above the column names
    /// is a common spreadsheet habit, so the next rows are searched for the real header row, to say where it is.
    /// </summary>
    private static void ReportNoTemplateColumns(IScanRowSource source, int row, IssueList issues)
    {
        const string Columns = "initiatief_naam, provincie, werkgebied, …";
        for (var looked = 0; looked < HeaderLookahead && source.ReadRow(); looked++)
        {
            var named = TemplateColumnsNamed(source);

            // Two names at least: one cell of a title or a data row may happen to read like a column name.
            if (named >= 2)
            {
                var below = source.RowNumber;
                var above = below - 1 == row ? $"row {row}" : $"rows {row}–{below - 1}";
                issues.Add(ErrorCodes.UnsupportedFormat, row, null, null,
                    $"Row {row}, the first row that is not blank, names none of the scan template's columns, but row {below} does ({named} of them): the column names must be in the first row that is not blank.",
                    $"Delete {above} above the column names (a title, a group row or notes), so that the column names ({Columns}) are the first row, and upload the file again.");
                return;
            }
        }

        issues.Add(ErrorCodes.UnsupportedFormat, row, null, null,
            $"Row {row}, the header row, names none of the scan template's columns, so this is not a scan.",
            $"Put the template's column names in the first row ({Columns}), or upload the scan file itself.");
    }

    /// <summary>
    /// Maps the header row that <paramref name="source"/> is on. Returns null, with a file-level error,
    /// when the file cannot be a scan: too many columns, or none of the template's.
    /// </summary>
    public static HeaderMap? Build(IScanRowSource source, ValidationOptions options, IssueList issues)
    {
        var row = source.RowNumber;
        var headers = new string[source.CellCount];
        for (var i = 0; i < headers.Length; i++)
        {
            headers[i] = source.GetCell(i).Trim();
        }

        // Excel adds empty columns at the end of a row when cells there were ever formatted.
        var width = Array.FindLastIndex(headers, h => h.Length > 0) + 1;
        if (width > options.MaxColumns)
        {
            issues.Add(ErrorCodes.FileTooLarge, row, null, null,
                $"The header row has {width} columns; at most {options.MaxColumns} are allowed.",
                "Delete the columns that are not part of the scan template.");
            return null;
        }

        var cellOfColumn = Enumerable.Repeat(-1, Columns.Count).ToArray();
        var unknown = new List<(string Header, int Cell)>();
        var unnamed = new List<int>();
        for (var i = 0; i < width; i++)
        {
            var header = headers[i];
            if (header.Length == 0)
            {
                unnamed.Add(i);
                continue;
            }

            var column = ScanTemplate.IndexOfHeader(header);
            if (column < 0)
            {
                unknown.Add((header, i));
            }
            else if (cellOfColumn[column] >= 0)
            {
                var name = ScanTemplate.Columns[column].Name;
                issues.Add(ErrorCodes.DuplicateColumn, row, name, header,
                    $"The header row names {name} twice ('{headers[cellOfColumn[column]]}' and '{header}'); only the first is read.",
                    $"Remove one of the two {name} columns.", cellIndex: i);
            }
            else
            {
                cellOfColumn[column] = i;
            }
        }

        if (Array.TrueForAll(cellOfColumn, c => c < 0))
        {
            ReportNoTemplateColumns(source, row, issues);
            return null;
        }

        issues.UseHeader(cellOfColumn);
        foreach (var (header, cell) in unknown)
        {
            var closest = ClosestMatch.Find(TextKey.Normalise(header), ScanTemplate.HeaderKeys);
            issues.Add(ErrorCodes.UnknownColumn, row, null, header, $"The column '{header}' is not part of the scan template and is ignored.",
                closest is not null ? $"Did you mean '{closest}'? Rename the header, or remove the column." : null, cell);
        }

        for (var column = 0; column < Columns.Count; column++)
        {
            var definition = ScanTemplate.Columns[column];
            if (!definition.Required || cellOfColumn[column] >= 0)
            {
                continue;
            }

            var lookalike = unknown.Select(u => u.Header).FirstOrDefault(h =>
                ClosestMatch.Find(TextKey.Normalise(h), ScanTemplate.HeaderKeys) == definition.Name);
            issues.Add(ErrorCodes.MissingColumn, null, definition.Name, null,
                $"The required column {definition.Name} is missing from the header row.",
                lookalike is not null
                    ? $"Rename the column '{lookalike}' to {definition.Name}."
                    : $"Add a column {definition.Name} and fill it in on every row.");
        }

        return new HeaderMap(cellOfColumn, width, headers.Length, [.. unnamed]);
    }
}
