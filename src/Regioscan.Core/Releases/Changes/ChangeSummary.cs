namespace Regioscan.Core.Releases.Changes;

/// <summary>
/// The size of a change set: per table, how many records were added, removed and changed. It is what a
/// publish keeps of its change log; the records themselves are in the release's <c>changes.json</c>.
/// </summary>
/// <param name="Initiatives">Changed initiatives.</param>
/// <param name="Activities">Changed activities.</param>
public sealed record ChangeSummary(ChangeCounts Initiatives, ChangeCounts Activities)
{
    /// <summary>Whether any record was added or removed (a MINOR release).</summary>
    public bool HasAdditionsOrRemovals =>
        Initiatives.Added + Initiatives.Removed + Activities.Added + Activities.Removed > 0;

    /// <summary>Whether nothing changed.</summary>
    public bool IsEmpty => Initiatives.Total == 0 && Activities.Total == 0;
}
