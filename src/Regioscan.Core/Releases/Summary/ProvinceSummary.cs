namespace Regioscan.Core.Releases.Summary;

/// <summary>One row of <c>summary_by_province</c>: a province's totals and its activities per code.</summary>
/// <param name="ProvinceCode">CBS province code.</param>
/// <param name="ProvinceName">Official province name.</param>
/// <param name="Initiatives">Number of initiatives of the province in the release.</param>
/// <param name="Activities">Number of activities of the province in the release.</param>
/// <param name="ReachPerYear">Sum of the activities' yearly reach; null when none of them reports reach.</param>
/// <param name="CodeCounts">The number of activities per code, aligned with
/// <see cref="Schema.PublishedSchema.SummaryCounts"/>.</param>
public sealed record ProvinceSummary(
    string ProvinceCode,
    string ProvinceName,
    long Initiatives,
    long Activities,
    long? ReachPerYear,
    IReadOnlyList<long> CodeCounts);
