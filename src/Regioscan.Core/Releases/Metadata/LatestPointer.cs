namespace Regioscan.Core.Releases.Metadata;

/// <summary><c>latest.json</c>: <c>{"version": "…"}</c>, moved only after a release is complete.</summary>
/// <param name="Version">The newest complete release.</param>
public sealed record LatestPointer(string Version);
