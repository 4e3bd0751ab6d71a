using Regioscan.Core.Reading;

namespace Regioscan.Core.Validation;

/// <summary>What the choice of a workbook's sheet (see <see cref="XlsxRowSource"/>) means for the report.</summary>
internal static class WorkbookSheets
{
    /// <summary>
    /// Reports a workbook in which no sheet holds the scan, or more than one does: rows on a sheet that is
    /// not read would silently be left out of the scan.
    /// </summary>
    /// <returns>False when no sheet holds the scan, so that reading stops.</returns>
    public static bool Report(XlsxSheetChoice choice, IssueList issues)
    {
        if (!choice.FoundScan)
        {
            // A workbook of one sheet is reported by its header row, as a CSV file is.
            if (choice.LookedAt.Count < 2)
            {
                return true;
            }

            issues.Add(ErrorCodes.UnsupportedFormat, null, null, null,
                "No sheet of the workbook has the scan template's columns in its header row (its first row that is not blank), " +
                $"so this is not a scan. Sheets looked at: {Names(choice.LookedAt)}.",
                $"Put the scan on the first sheet, or on a sheet named {XlsxRowSource.SheetName}, with the template's column names " +
                "in its first row (initiatief_naam, provincie, werkgebied, …).");
            return false;
        }

        var unread = choice.Unread.ToList();
        if (unread.Count > 0)
        {
            var holding = choice.LookedAt.Where(s => s.Name == choice.Sheet).Concat(unread);
            issues.Add(ErrorCodes.UnsupportedFormat, null, null, null,
                $"More than one sheet has the scan template's columns in its header row: {Names(holding)}. Only sheet '{choice.Sheet}' " +
                $"was read, so the activities on {Names(unread)} are not in this report and would not be published.",
                "Put all activities on one sheet, under one header row, and delete the other sheets or their rows; or name the sheet " +
                $"to read {XlsxRowSource.SheetName}, and only that sheet is read.");
        }

        return true;
    }

    private static string Names(IEnumerable<XlsxSheet> sheets)
    {
        var names = sheets.Select(s => s.Hidden ? $"'{s.Name}' (hidden)" : $"'{s.Name}'").ToList();
        return names.Count == 1 ? names[0] : string.Join(", ", names[..^1]) + " and " + names[^1];
    }
}
