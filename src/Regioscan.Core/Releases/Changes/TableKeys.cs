using Regioscan.Core.Model;
using Regioscan.Core.Schema;

namespace Regioscan.Core.Releases.Changes;

/// <summary>What the change log needs of a table: its published columns and a row's id, province and name.</summary>
/// <typeparam name="TRow">The row type.</typeparam>
internal sealed record TableKeys<TRow>(
    IReadOnlyList<Column<TRow>> Columns, Func<TRow, string> Id, Func<TRow, string> Province, Func<TRow, string> Name)
{
    /// <summary>A change of <paramref name="row"/>.</summary>
    public RecordChange Change(TRow row, ChangeType type, IReadOnlyList<ColumnChange> columns) =>
        new(Id(row), Province(row), Name(row), type, columns);
}

/// <summary>The keys of the two published tables.</summary>
internal static class TableKeys
{
    /// <summary>Initiatives, by <c>initiative_id</c>.</summary>
    public static TableKeys<PublishedInitiative> Initiatives { get; } = new(
        PublishedSchema.Initiatives, r => r.Initiative.InitiativeId, r => r.Initiative.ProvinceCode, r => r.Initiative.Name);

    /// <summary>Activities, by <c>activity_id</c>.</summary>
    public static TableKeys<Activity> Activities { get; } = new(
        PublishedSchema.Activities, a => a.ActivityId, a => a.ProvinceCode, a => a.Name);
}
