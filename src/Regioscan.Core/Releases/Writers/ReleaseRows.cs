using Regioscan.Core.Model;
using Regioscan.Core.Releases.Summary;

namespace Regioscan.Core.Releases.Writers;

/// <summary>A release's tables as streams, each ordered by id, and its summary by province.</summary>
/// <param name="Initiatives">Initiatives ordered by <c>initiative_id</c>.</param>
/// <param name="Activities">Activities ordered by <c>activity_id</c>.</param>
/// <param name="Summaries">One row per province, in province order.</param>
internal sealed record ReleaseRows(
    IAsyncEnumerable<PublishedInitiative> Initiatives,
    IAsyncEnumerable<Activity> Activities,
    IReadOnlyList<ProvinceSummary> Summaries)
{
    /// <summary>The rows of tables held in memory.</summary>
    public static ReleaseRows Of(ReleaseTables tables) =>
        new(tables.Initiatives.ToAsyncEnumerable(), tables.Activities.ToAsyncEnumerable(), ProvinceSummaries.Build(tables));
}
