namespace Regioscan.Core.Validation;

/// <summary>One column of the scan template.</summary>
/// <param name="Name">The column name, e.g. <c>digitaliseringsvorm</c>.</param>
/// <param name="Required">Whether the column and its cells are required.</param>
/// <param name="Kind">How its cells are read.</param>
/// <param name="CodeList">The code list of a coded column (equal to the name), otherwise null.</param>
/// <param name="OfInitiative">
/// Whether it describes the initiative (repeated on each of its activity rows) rather than the activity.
/// </param>
public sealed record TemplateColumn(string Name, bool Required, CellKind Kind, string? CodeList, bool OfInitiative);
