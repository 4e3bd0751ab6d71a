namespace Regioscan.Core.Releases.Changes;

/// <summary>
/// A change log on disk: each table's changes in a scratch stream, counted as they are written, and read back
/// for <c>changes.json</c> and <c>CHANGELOG.md</c> (a publish) or for <c>regioscan diff</c>'s output. Memory holds
/// the counts only, so a change log of a million records costs what one of ten does. Dispose it to delete the
/// scratch files.
/// </summary>
public sealed class ChangeSpool : IChangeLog, IDisposable
{
    /// <param name="initiatives">An empty scratch stream for the initiatives' changes, owned from now on.</param>
    /// <param name="activities">An empty scratch stream for the activities' changes, owned from now on.</param>
    internal ChangeSpool(Stream initiatives, Stream activities)
    {
        Initiatives = new SpooledChanges(initiatives);
        Activities = new SpooledChanges(activities);
    }

    /// <summary>The initiatives' changes (a tracker writes them, one table per thread).</summary>
    internal SpooledChanges Initiatives { get; }

    /// <summary>The activities' changes.</summary>
    internal SpooledChanges Activities { get; }

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
