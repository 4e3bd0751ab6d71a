using Regioscan.Core.Model;

namespace Regioscan.Core.Releases;

/// <summary>An initiative as published: its harmonised fields plus the aggregates of its activities.</summary>
/// <param name="Initiative">The harmonised initiative.</param>
/// <param name="ActivityCount">Number of its activities in the release.</param>
/// <param name="ReachPerYear">Sum of its activities' reach; null when none of them reports reach.</param>
public sealed record PublishedInitiative(Initiative Initiative, int ActivityCount, long? ReachPerYear);
