using Regioscan.Core.Releases.Changes;
using Regioscan.Core.Releases.Summary;

namespace Regioscan.Core.Pipeline;

public sealed partial class Publisher
{
    /// <summary>What the one pass over the tables gathers for the files written after it.</summary>
    private sealed class TablePass(IReadOnlyList<ProvinceSummary> summaries, Stream mapInitiatives, Stream mapActivities, ChangeSpool changes) : IAsyncDisposable
    {
        public IReadOnlyList<ProvinceSummary> Summaries { get; } = summaries;

        /// <summary>The map's initiatives, a JSON array in a scratch file.</summary>
        public Stream MapInitiatives { get; } = mapInitiatives;

        /// <summary>The map's activities, a JSON array in a scratch file.</summary>
        public Stream MapActivities { get; } = mapActivities;

        public ReachYears ReachYears { get; } = new();

        /// <summary>The change log against the previous release, in scratch files; read back for changes.json and CHANGELOG.md.</summary>
        public ChangeSpool Changes { get; } = changes;

        public async ValueTask DisposeAsync()
        {
            await MapInitiatives.DisposeAsync();
            await MapActivities.DisposeAsync();
            Changes.Dispose();
        }
    }
}
