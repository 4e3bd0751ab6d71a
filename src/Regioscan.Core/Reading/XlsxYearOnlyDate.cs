namespace Regioscan.Core.Reading;

/// <summary>
/// A date cell whose number format shows only its year (<c>yyyy</c>, <c>"jaar "yyyy</c>): Excel shows 31-12-2017 as 2017. In a
/// year column (<c>startjaar</c>, <c>eindjaar</c>, <c>bereik_peiljaar</c>) the officer sees a year and means it, so that
/// column takes <see cref="Year"/>; any other column reads the cell as the date it holds, which a count or text is not.
/// </summary>
/// <param name="Cell">The cell's position in its row (0 is column A).</param>
/// <param name="Year">The year it shows, such as <c>2017</c>.</param>
public readonly record struct XlsxYearOnlyDate(int Cell, string Year) : IXlsxCellNote;
