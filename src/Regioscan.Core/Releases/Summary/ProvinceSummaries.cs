using Regioscan.Core.Geography;
using Regioscan.Core.Model;
using Regioscan.Core.Schema;

namespace Regioscan.Core.Releases.Summary;

/// <summary>Builds <c>summary_by_province</c> from the national tables.</summary>
public static class ProvinceSummaries
{
    /// <summary>
    /// One summary per province, all 12 in code order, also those without data (zero counts), with
    /// counts in the order of <see cref="PublishedSchema.SummaryCounts"/>.
    /// </summary>
    /// <exception cref="InvalidOperationException">A row names a province that does not exist: a bug upstream.</exception>
    public static IReadOnlyList<ProvinceSummary> Build(ReleaseTables tables)
    {
        ArgumentNullException.ThrowIfNull(tables);
        var counter = new SummaryCounter();
        var positions = new Dictionary<string, int[]>(tables.Initiatives.Count, StringComparer.Ordinal);
        foreach (var initiative in tables.Initiatives)
        {
            positions[initiative.Initiative.InitiativeId] = counter.PositionsOf(initiative);
            counter.CountInitiative(initiative.Initiative.ProvinceCode);
        }

        foreach (var activity in tables.Activities)
        {
            counter.CountActivity(activity);
            if (positions.TryGetValue(activity.InitiativeId, out var codes))
            {
                counter.CountInitiativeCodes(activity.ProvinceCode, codes, 1);
            }
        }

        return counter.Rows();
    }

    /// <summary>The summary row of one province from its own tables (a staged scan).</summary>
    public static ProvinceSummary RowOf(ReleaseTables provinceTables, string provinceCode) =>
        Build(provinceTables).Single(r => r.ProvinceCode == provinceCode);

    /// <summary>
    /// The summary of a release from the rows of its provinces' own scans (each computed at intake by
    /// <see cref="Build"/> over that scan alone): one row per province, in province order, zeros where a
    /// province has no scan.
    /// </summary>
    /// <exception cref="ArgumentException">A row of an unknown province.</exception>
    public static IReadOnlyList<ProvinceSummary> Combine(IEnumerable<ProvinceSummary> provinceRows)
    {
        ArgumentNullException.ThrowIfNull(provinceRows);
        var rows = provinceRows.ToDictionary(r => r.ProvinceCode, StringComparer.Ordinal);
        var unknown = rows.Keys.FirstOrDefault(code => Provinces.FindByCode(code) is null);
        if (unknown is not null)
        {
            throw new ArgumentException($"A summary row of unknown province '{unknown}'.", nameof(provinceRows));
        }

        return Provinces.All
            .Select(p => rows.GetValueOrDefault(p.Code) ?? SummaryCounter.EmptyRow(p))
            .ToArray();
    }
}
