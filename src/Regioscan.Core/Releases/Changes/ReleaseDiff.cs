using Regioscan.Core.Releases.Writers;

namespace Regioscan.Core.Releases.Changes;

/// <summary>
/// Compares two releases record by record on their stable ids and published columns. Both inputs are
/// ordered by id, so the comparison is one merge pass over the two (see <see cref="ChangeTracker{TRow}"/>,
/// which does it while a release streams past).
/// </summary>
public static class ReleaseDiff
{
    /// <summary>The changes from <paramref name="previous"/> (null for the first release) to <paramref name="current"/>.</summary>
    /// <exception cref="InvalidDataException">A table is not ordered by id.</exception>
    public static ChangeSet Compare(ReleaseTables? previous, ReleaseTables current)
    {
        ArgumentNullException.ThrowIfNull(current);
        return CompareAsync(
            (previous?.Initiatives ?? []).ToAsyncEnumerable(), current.Initiatives.ToAsyncEnumerable(),
            (previous?.Activities ?? []).ToAsyncEnumerable(), current.Activities.ToAsyncEnumerable(),
            CancellationToken.None).GetAwaiter().GetResult();
    }

    /// <summary>The changes between two releases given as id-ordered streams, held in memory (a publish and <c>regioscan diff</c> spool theirs).</summary>
    internal static async Task<ChangeSet> CompareAsync(
        IAsyncEnumerable<PublishedInitiative> initiativesBefore, IAsyncEnumerable<PublishedInitiative> initiativesAfter,
        IAsyncEnumerable<Model.Activity> activitiesBefore, IAsyncEnumerable<Model.Activity> activitiesAfter,
        CancellationToken cancellationToken)
    {
        var initiativeChanges = new List<RecordChange>();
        var activityChanges = new List<RecordChange>();
        await using var initiatives = new ChangeTracker<PublishedInitiative>(initiativesBefore, TableKeys.Initiatives, initiativeChanges.Add);
        await using var activities = new ChangeTracker<Model.Activity>(activitiesBefore, TableKeys.Activities, activityChanges.Add);
        await RowPass.RunAsync(initiativesAfter, [initiatives], cancellationToken);
        await RowPass.RunAsync(activitiesAfter, [activities], cancellationToken);
        return new ChangeSet(initiativeChanges, activityChanges);
    }

    /// <summary>Published-value equality: lists by their items, everything else by value.</summary>
    internal static bool ValuesEqual(object? a, object? b) => (a, b) switch
    {
        (null, null) => true,
        (null, _) or (_, null) => false,
        (IReadOnlyList<string> x, IReadOnlyList<string> y) => x.SequenceEqual(y, StringComparer.Ordinal),
        _ => a.Equals(b),
    };
}
