namespace Regioscan.Core.Releases.Metadata;

/// <summary><c>index.json</c>: every release, oldest first.</summary>
/// <param name="Releases">The releases.</param>
public sealed record ReleaseIndex(IReadOnlyList<ReleaseIndexEntry> Releases);
