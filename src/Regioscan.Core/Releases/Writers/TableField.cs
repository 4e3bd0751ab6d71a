using Regioscan.Core.Schema;

namespace Regioscan.Core.Releases.Writers;

/// <summary>A published column without its row type, for the data package.</summary>
internal sealed record TableField(
    string Name,
    ColumnType Type,
    bool Required,
    string? CodeList,
    string TitleNl,
    string TitleEn,
    string DescriptionNl,
    string DescriptionEn);
