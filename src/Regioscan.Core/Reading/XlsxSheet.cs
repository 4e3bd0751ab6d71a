namespace Regioscan.Core.Reading;

/// <summary>A sheet of an XLSX workbook whose header row was looked at.</summary>
/// <param name="Name">The sheet's name, as its tab shows it.</param>
/// <param name="Hidden">Whether the sheet is hidden (<c>hidden</c> or <c>veryHidden</c> in the workbook).</param>
/// <param name="HoldsScan">Whether its header row names the scan template's columns.</param>
public sealed record XlsxSheet(string Name, bool Hidden, bool HoldsScan);
