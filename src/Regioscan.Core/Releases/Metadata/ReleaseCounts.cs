namespace Regioscan.Core.Releases.Metadata;

/// <summary>Record counts of a release.</summary>
/// <param name="Provinces">Provinces with an accepted scan in the release.</param>
/// <param name="Initiatives">Initiatives.</param>
/// <param name="Activities">Activities.</param>
/// <param name="ReachPerYear">Sum of reach per year over all activities.</param>
public sealed record ReleaseCounts(int Provinces, int Initiatives, int Activities, long ReachPerYear);
