namespace Regioscan.Core.Releases.Changes;

/// <summary>What changed between two releases, record by record, each list ordered by id.</summary>
/// <param name="Initiatives">Changed initiatives.</param>
/// <param name="Activities">Changed activities.</param>
public sealed record ChangeSet(IReadOnlyList<RecordChange> Initiatives, IReadOnlyList<RecordChange> Activities)
{
    /// <summary>Whether any record was added or removed (a MINOR release).</summary>
    public bool HasAdditionsOrRemovals =>
        Initiatives.Concat(Activities).Any(c => c.Type != ChangeType.DataChanged);

    /// <summary>Whether nothing changed.</summary>
    public bool IsEmpty => Initiatives.Count == 0 && Activities.Count == 0;

    /// <summary>Number of changes of <paramref name="type"/> in a table's list.</summary>
    public static int Count(IReadOnlyList<RecordChange> changes, ChangeType type) =>
        changes.Count(c => c.Type == type);
}
