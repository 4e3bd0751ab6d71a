namespace Regioscan.Core.Reading;

/// <summary>
/// The rows of an upload as a spreadsheet shows them: cells of text, numbered as the user sees them.
/// CSV is one source; an XLSX sheet can be another. Rows are streamed: only the current row is held.
/// </summary>
/// <remarks>
/// Every row is returned, blank ones included (as Excel shows them), so that row numbers stay true;
/// the first non-blank row is the header. Cells are raw text: the caller trims and parses them.
/// </remarks>
public interface IScanRowSource : IDisposable
{
    /// <summary>What was detected so far; final once <see cref="ReadRow"/> has returned false.</summary>
    DetectedFormat Detected { get; }

    /// <summary>The number of the current row as a spreadsheet shows it (the first row is 1).</summary>
    int RowNumber { get; }

    /// <summary>The number of cells in the current row.</summary>
    int CellCount { get; }

    /// <summary>
    /// A description of what is broken in the layout of the current row (such as a quote that is never
    /// closed), or null when nothing is.
    /// </summary>
    RowDefect? CurrentRowDefect { get; }

    /// <summary>Moves to the next row.</summary>
    /// <returns>False at the end of the input.</returns>
    /// <exception cref="ScanReadException">The input cannot be read further (too large, not CSV after all).</exception>
    bool ReadRow();

    /// <summary>The text of cell <paramref name="index"/> of the current row; empty past the last cell.</summary>
    string GetCell(int index);
}
