using System.Globalization;
using Regioscan.Core.Reading;

namespace Regioscan.Core.Validation;

/// <summary>
/// A totals row below the data, as a spreadsheet user adds one ("Totaal" and a sum of the reach): not an activity, so its
/// empty required cells are told as one error that names it. Only a row with an empty required cell is looked at, so rows
/// that read cost nothing.
/// </summary>
internal static class TotalsRow
{
    /// <summary>What a totals row's first filled cell says, in Dutch or English; compared ignoring case and a colon at the end.</summary>
    private static readonly string[] Labels = ["totaal", "totalen", "subtotaal", "eindtotaal", "som", "total", "totals", "subtotal", "grand total", "sum"];

    /// <summary>
    /// When the first filled cell of the current row labels it a totals row, takes back what its cells reported since
    /// <paramref name="mark"/> and reports the row once instead, naming its empty required columns.
    /// </summary>
    /// <returns>Whether the row is a totals row.</returns>
    public static bool Report(IScanRowSource source, IssueList issues, (int Errors, int Warnings) mark)
    {
        var cell = 0;
        while (cell < source.CellCount && string.IsNullOrWhiteSpace(source.GetCell(cell)))
        {
            cell++;
        }

        var label = cell < source.CellCount ? source.GetCell(cell).Trim() : string.Empty;
        if (!IsLabel(label))
        {
            return false;
        }

        var empty = issues.TakeBackSince(mark)
            .Where(i => i.Code == ErrorCodes.MissingValue && i.Column is not null)
            .Select(i => i.Column!)
            .Distinct()
            .ToList();
        issues.Add(ErrorCodes.MissingValue, source.RowNumber, null, label,
            string.Create(CultureInfo.InvariantCulture,
                $"This row looks like a totals row, not an activity: it starts with '{label}', and its required " +
                $"{(empty.Count == 1 ? "cell" : "cells")} {string.Join(", ", empty)} {(empty.Count == 1 ? "is" : "are")} empty."),
            "Delete this row, and any other totals or subtotals row: the scan holds one row per activity, and a total is not an activity. " +
            "If the row is an activity, fill in its empty required cells.",
            cell);
        return true;
    }

    private static bool IsLabel(string text)
    {
        var label = text.AsSpan().TrimEnd(':').TrimEnd();
        foreach (var known in Labels)
        {
            if (label.Equals(known, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
