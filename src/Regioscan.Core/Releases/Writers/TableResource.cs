using Regioscan.Core.Schema;

namespace Regioscan.Core.Releases.Writers;

/// <summary>A published CSV table as the data package describes it.</summary>
internal sealed record TableResource(
    string Name,
    IReadOnlyList<TableField> Fields,
    IReadOnlyList<string> PrimaryKey,
    (string Field, string Resource)? ForeignKey,
    string TitleNl,
    string TitleEn,
    string DescriptionNl,
    string DescriptionEn)
{
    /// <summary>Describes a table from its published columns.</summary>
    public static TableResource Of<TRow>(
        string name,
        IReadOnlyList<Column<TRow>> columns,
        IReadOnlyList<string> primaryKey,
        (string Field, string Resource)? foreignKey,
        string titleNl,
        string titleEn,
        string descriptionNl,
        string descriptionEn) =>
        new(
            name,
            columns.Select(c => new TableField(c.Name, c.Type, c.Required, c.CodeList, c.TitleNl, c.TitleEn, c.DescriptionNl, c.DescriptionEn)).ToArray(),
            primaryKey,
            foreignKey,
            titleNl,
            titleEn,
            descriptionNl,
            descriptionEn);
}
