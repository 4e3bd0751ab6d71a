namespace Regioscan.Core.Reading;

/// <summary>What a workbook cell holds beyond its text, noted by <see cref="XlsxRowSource"/> for the current row.</summary>
public interface IXlsxCellNote
{
    /// <summary>The cell's position in its row (0 is column A).</summary>
    int Cell { get; }
}
