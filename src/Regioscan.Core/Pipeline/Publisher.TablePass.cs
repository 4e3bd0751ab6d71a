using Regioscan.Core.Releases.Changes;
using Regioscan.Core.Releases.Map;
using Regioscan.Core.Releases.Summary;

namespace Regioscan.Core.Pipeline;

public sealed partial class Publisher
{
    /// <summary>What the one pass over the tables gathers for the files written after it.</summary>
    private sealed class TablePass(IReadOnlyList<ProvinceSummary> summaries, Stream mapData, Stream mapActivities, ChangeSpool changes) : IAsyncDisposable
    {
        public IReadOnlyList<ProvinceSummary> Summaries { get; } = summaries;

        /// <summary>
        /// The release file <c>map/data.js</c>, begun with its initiatives table, written straight into it during the
        /// pass (<see cref="MapDataWriter.Begin"/>); finished after the pass (<see cref="MapDataWriter.Finish"/>).
        /// </summary>
        public Stream MapData { get; } = mapData;

        /// <summary>The map's activities table, in a scratch file until it is copied into <see cref="MapData"/>.</summary>
        public Stream MapActivities { get; } = mapActivities;

        public ReachYears ReachYears { get; } = new();

        /// <summary>The change log against the previous release, in scratch files; read back for changes.json and CHANGELOG.md.</summary>
        public ChangeSpool Changes { get; } = changes;

        public async ValueTask DisposeAsync()
        {
            await MapData.DisposeAsync();
            await MapActivities.DisposeAsync();
            Changes.Dispose();
        }
    }
}
