namespace Regioscan.Core.Releases.Changes;

/// <summary>
/// The change log of a publish: each table's changes in a scratch stream, counted as they are written, and
/// read back once each for <c>changes.json</c> and once each for <c>CHANGELOG.md</c>. Memory holds the counts only.
/// </summary>
internal sealed class ChangeSpool : IChangeLog, IDisposable
{
    /// <param name="initiatives">An empty scratch stream for the initiatives' changes, owned from now on.</param>
    /// <param name="activities">An empty scratch stream for the activities' changes, owned from now on.</param>
    public ChangeSpool(Stream initiatives, Stream activities)
    {
        Initiatives = new SpooledChanges(initiatives);
        Activities = new SpooledChanges(activities);
    }

    /// <summary>The initiatives' changes (a tracker writes them, one table per thread).</summary>
    public SpooledChanges Initiatives { get; }

    /// <summary>The activities' changes.</summary>
    public SpooledChanges Activities { get; }

    /// <inheritdoc />
    public ChangeSummary Counts => new(Initiatives.Counts, Activities.Counts);

    /// <inheritdoc />
    public IEnumerable<RecordChange> ReadInitiatives() => Initiatives.Read();

    /// <inheritdoc />
    public IEnumerable<RecordChange> ReadActivities() => Activities.Read();

    /// <inheritdoc />
    public void Dispose()
    {
        Initiatives.Dispose();
        Activities.Dispose();
    }
}
