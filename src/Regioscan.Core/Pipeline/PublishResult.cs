using Regioscan.Core.Releases.Changes;
using Regioscan.Core.Releases.Metadata;

namespace Regioscan.Core.Pipeline;

/// <summary>The outcome of a publish.</summary>
/// <param name="Published">Whether a new release was made.</param>
/// <param name="Version">The new release, or the current one when nothing was published.</param>
/// <param name="Previous">The release the new one was compared against.</param>
/// <param name="Changes">
/// How many records of each table the new release added, removed and changed; null when no release was made.
/// The records themselves are in the release's <c>changes.json</c> (a publish does not hold them).
/// </param>
/// <param name="Counts">Record counts of the (new or current) release.</param>
/// <param name="Message">One sentence for people.</param>
public sealed record PublishResult(bool Published, string? Version, string? Previous, ChangeSummary? Changes, ReleaseCounts? Counts, string Message);
