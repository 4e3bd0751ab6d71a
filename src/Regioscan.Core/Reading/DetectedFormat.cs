namespace Regioscan.Core.Reading;

/// <summary>What the reader found out about an upload, so that the report can say how it was read.</summary>
/// <param name="Format">
/// <c>csv</c> or <c>xlsx</c>, or what the file was instead: <c>xls</c>, <c>encrypted-xlsx</c>, <c>ods</c>, <c>zip</c>, <c>pdf</c>, <c>binary</c>.
/// </param>
/// <param name="Encoding">
/// <c>utf-8</c>, <c>utf-8-bom</c>, <c>windows-1252</c>, <c>utf-16le</c> or <c>utf-16be</c>; null when not CSV.
/// A file of plain ASCII is reported as <c>utf-8</c>.
/// </param>
/// <param name="Delimiter">The cell separator: <c>;</c>, <c>,</c> or a tab; null when not CSV.</param>
/// <param name="LineEndings"><c>crlf</c>, <c>lf</c>, <c>cr</c> or <c>mixed</c>; null when there is no line break.</param>
/// <param name="HeaderRow">The row that held the column names (1 unless blank rows come first); null when none was found.</param>
/// <param name="Sheet">The name of the sheet read from an XLSX workbook; null for CSV.</param>
public sealed record DetectedFormat(string Format, string? Encoding, string? Delimiter, string? LineEndings, int? HeaderRow, string? Sheet = null);
