namespace Regioscan.Core.Reading;

/// <summary>
/// A cell that holds an error value (<c>t="e"</c>): Excel shows <c>#REF!</c>, <c>#N/A</c>, <c>#VALUE!</c>, <c>#DIV/0!</c>,
/// <c>#NAME?</c>, <c>#NUM!</c> or <c>#NULL!</c> where a formula found no value (a deleted reference, a lookup that finds
/// nothing). The cell reads as that text, which is no data: a template column reports it.
/// </summary>
/// <param name="Cell">The cell's position in its row (0 is column A).</param>
/// <param name="Value">The error as Excel shows it, such as <c>#REF!</c>.</param>
/// <param name="Formula">The formula that gave it, without its <c>=</c>; null when the cell holds the error without one.</param>
public readonly record struct XlsxErrorValue(int Cell, string Value, string? Formula) : IXlsxCellNote;
