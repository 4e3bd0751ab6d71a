namespace Regioscan.Core.Validation;

/// <summary>One finding of the validation, pointing at a cell where it can.</summary>
/// <param name="Code">A code of the catalogue (<see cref="ErrorCodes"/>).</param>
/// <param name="Row">The row number a spreadsheet shows (header = 1); null for the whole file.</param>
/// <param name="Column">The template column name (e.g. <c>digitaliseringsvorm</c>); null when not about one column.</param>
/// <param name="Value">The cell value as typed (long values shortened); null when there is none.</param>
/// <param name="Message">What is wrong, in plain words.</param>
/// <param name="Suggestion">How to fix this occurrence, e.g. the closest code.</param>
/// <param name="Cell">
/// The spreadsheet cell (e.g. <c>B12</c>) when the issue is about one cell of the file: its row and the
/// position of its column in the header row. Given for CSV too, since CSV files are opened in Excel.
/// Null for the whole file, a whole row, or a column the file does not have.
/// </param>
public sealed record ValidationIssue(string Code, int? Row, string? Column, string? Value, string Message, string? Suggestion, string? Cell = null);
