namespace Regioscan.Core.Schema;

/// <summary>
/// One published column: its name, type and meaning (Dutch and English), and how to get its value
/// from a row. The single source for writers, the data package, the change log and the docs.
/// </summary>
/// <typeparam name="TRow">The row type of the table.</typeparam>
/// <param name="Name">Column name (English snake_case).</param>
/// <param name="Type">Logical type.</param>
/// <param name="Required">Whether every row has a value.</param>
/// <param name="CodeList">The code list the values come from, if coded.</param>
/// <param name="TitleNl">Dutch title.</param>
/// <param name="TitleEn">English title.</param>
/// <param name="DescriptionNl">Dutch description.</param>
/// <param name="DescriptionEn">English description.</param>
/// <param name="Value">The value of a row: <see cref="string"/>, <see cref="long"/>, <see cref="double"/>,
/// <see cref="IReadOnlyList{T}"/> of string, or null.</param>
public sealed record Column<TRow>(
    string Name,
    ColumnType Type,
    bool Required,
    string? CodeList,
    string TitleNl,
    string TitleEn,
    string DescriptionNl,
    string DescriptionEn,
    Func<TRow, object?> Value);
