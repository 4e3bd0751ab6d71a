namespace Regioscan.Core.Releases.Metadata;

/// <summary>
/// <c>manifest.json</c>: written last into a release folder; its presence makes the release complete.
/// </summary>
public sealed record ReleaseManifest
{
    /// <summary>The release version, e.g. <c>1.1.0</c>.</summary>
    public required string Version { get; init; }

    /// <summary>The version this release was compared against, or null for the first.</summary>
    public string? Previous { get; init; }

    /// <summary>When the release was published (UTC).</summary>
    public required DateTimeOffset PublishedAt { get; init; }

    /// <summary>Schema version of the published tables.</summary>
    public required int SchemaVersion { get; init; }

    /// <summary>Why it was published (from <c>--reason</c> or the trigger).</summary>
    public string? Reason { get; init; }

    /// <summary>Per province code: the accepted upload the release was built from.</summary>
    public required IReadOnlyDictionary<string, ReleaseInput> Inputs { get; init; }

    /// <summary>Every file of the release except <c>manifest.json</c> itself.</summary>
    public required IReadOnlyList<ReleaseFileEntry> Files { get; init; }

    /// <summary>Record counts.</summary>
    public required ReleaseCounts Counts { get; init; }
}
