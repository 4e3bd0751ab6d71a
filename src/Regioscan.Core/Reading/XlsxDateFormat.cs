namespace Regioscan.Core.Reading;

/// <summary>How a workbook cell style shows a stored number (see <see cref="XlsxNumberFormats"/>).</summary>
internal enum XlsxDateFormat : byte
{
    /// <summary>As a number.</summary>
    None,

    /// <summary>As a date or time.</summary>
    Date,

    /// <summary>As the four-digit year of a date, and nothing else of it (<c>yyyy</c>): the cell shows 2017, not 31-12-2017.</summary>
    Year,
}
