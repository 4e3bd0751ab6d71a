namespace Regioscan.Core.Releases.Changes;

/// <summary>One record that changed.</summary>
/// <param name="Id">The record's stable id.</param>
/// <param name="ProvinceCode">The record's province.</param>
/// <param name="Name">The record's name (the new one, or the old one for removals).</param>
/// <param name="Type">Added, removed or data changed.</param>
/// <param name="Columns">For <see cref="ChangeType.DataChanged"/>: each changed column; otherwise empty.</param>
public sealed record RecordChange(string Id, string ProvinceCode, string Name, ChangeType Type, IReadOnlyList<ColumnChange> Columns);
