namespace Regioscan.Core.Releases.Changes;

/// <summary>
/// What changed between two releases, record by record, each list ordered by id, held in memory (for small
/// releases and tests, from <see cref="ReleaseDiff.Compare"/>; a publish and <c>regioscan diff</c> spool theirs
/// to disk, see <see cref="ChangeSpool"/>).
/// </summary>
/// <param name="Initiatives">Changed initiatives.</param>
/// <param name="Activities">Changed activities.</param>
public sealed record ChangeSet(IReadOnlyList<RecordChange> Initiatives, IReadOnlyList<RecordChange> Activities) : IChangeLog
{
    /// <inheritdoc />
    public ChangeSummary Counts => new(ChangeCounts.Count(Initiatives), ChangeCounts.Count(Activities));

    /// <summary>Whether any record was added or removed (a MINOR release).</summary>
    public bool HasAdditionsOrRemovals => Counts.HasAdditionsOrRemovals;

    /// <summary>Whether nothing changed.</summary>
    public bool IsEmpty => Initiatives.Count == 0 && Activities.Count == 0;

    /// <inheritdoc />
    public IEnumerable<RecordChange> ReadInitiatives() => Initiatives;

    /// <inheritdoc />
    public IEnumerable<RecordChange> ReadActivities() => Activities;
}
