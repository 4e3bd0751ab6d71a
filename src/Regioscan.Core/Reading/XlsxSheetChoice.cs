namespace Regioscan.Core.Reading;

/// <summary>Which sheet of an XLSX workbook was read, and which sheets were looked at to choose it.</summary>
/// <param name="Sheet">The name of the sheet read.</param>
/// <param name="LookedAt">
/// The sheets of cells whose header row was looked at: the visible ones in workbook order, then, when none of them
/// holds the scan, the hidden ones. Empty when the sheet was read for its name (<see cref="XlsxRowSource.SheetName"/>).
/// </param>
public sealed record XlsxSheetChoice(string Sheet, IReadOnlyList<XlsxSheet> LookedAt)
{
    /// <summary>Whether a sheet looked at holds the scan; true when the sheet was read for its name.</summary>
    public bool FoundScan => LookedAt.Count == 0 || LookedAt.Any(s => s.HoldsScan);

    /// <summary>
    /// The other sheets that hold the scan and are as visible as the sheet read: their rows are not read.
    /// A hidden sheet does not compete with a visible one.
    /// </summary>
    public IEnumerable<XlsxSheet> Unread
    {
        get
        {
            var read = LookedAt.FirstOrDefault(s => s.Name == Sheet);
            return read is { HoldsScan: true } ? LookedAt.Where(s => s.HoldsScan && s != read && s.Hidden == read.Hidden) : [];
        }
    }
}
