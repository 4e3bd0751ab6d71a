using Regioscan.Core.Releases.Changes;
using Regioscan.Core.Releases.Metadata;

namespace Regioscan.Core.Pipeline;

/// <summary>The outcome of a publish.</summary>
/// <param name="Published">Whether a new release was made.</param>
/// <param name="Version">The new release, or the current one when nothing was published.</param>
/// <param name="Previous">The release the new one was compared against.</param>
/// <param name="Changes">The change set of the new release.</param>
/// <param name="Counts">Record counts of the (new or current) release.</param>
/// <param name="Message">One sentence for people.</param>
public sealed record PublishResult(bool Published, string? Version, string? Previous, ChangeSet? Changes, ReleaseCounts? Counts, string Message);
