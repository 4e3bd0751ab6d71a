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
        var sources = CountSources();
        var totals = Provinces.All.ToDictionary(p => p.Code, _ => new Totals(PublishedSchema.SummaryCounts.Count), StringComparer.Ordinal);
        var initiatives = new Dictionary<string, PublishedInitiative>(tables.Initiatives.Count, StringComparer.Ordinal);
        foreach (var initiative in tables.Initiatives)
        {
            initiatives[initiative.Initiative.InitiativeId] = initiative;
            TotalsOf(totals, initiative.Initiative.ProvinceCode).Initiatives++;
        }

        foreach (var activity in tables.Activities)
        {
            var total = TotalsOf(totals, activity.ProvinceCode);
            total.Activities++;
            if (activity.ReachPerYear is { } reach)
            {
                total.Reach = (total.Reach ?? 0) + reach;
            }

            initiatives.TryGetValue(activity.InitiativeId, out var initiative);
            foreach (var source in sources)
            {
                var value = source.Value(activity, initiative);
                if (value is string code)
                {
                    source.Count(total.Counts, code);
                }
                else if (value is IReadOnlyList<string> codes)
                {
                    foreach (var item in codes)
                    {
                        source.Count(total.Counts, item);
                    }
                }
            }
        }

        return Provinces.All
            .Select(p => totals[p.Code].ToSummary(p))
            .ToArray();
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
            .Select(p => rows.GetValueOrDefault(p.Code) ?? new Totals(PublishedSchema.SummaryCounts.Count).ToSummary(p))
            .ToArray();
    }

    private static Totals TotalsOf(Dictionary<string, Totals> totals, string provinceCode) =>
        totals.TryGetValue(provinceCode, out var total)
            ? total
            : throw new InvalidOperationException($"Unknown province code '{provinceCode}' in the national tables.");

    // One source per published column that is counted, with the position of each of its codes.
    private static List<CountSource> CountSources()
    {
        var sources = new List<CountSource>();
        var counts = PublishedSchema.SummaryCounts;
        for (var i = 0; i < counts.Count; i++)
        {
            var count = counts[i];
            var source = sources.Find(s => s.Column == count.SourceColumn && s.OfInitiative == count.OfInitiative);
            if (source is null)
            {
                source = new CountSource(count.SourceColumn, count.OfInitiative, Getter(count));
                sources.Add(source);
            }

            source.Positions[count.Code.Value] = i;
        }

        return sources;
    }

    private static Func<Activity, PublishedInitiative?, object?> Getter(DimensionCount count)
    {
        if (count.OfInitiative)
        {
            var column = PublishedSchema.Initiatives.Single(c => c.Name == count.SourceColumn);
            return (_, initiative) => initiative is null ? null : column.Value(initiative);
        }

        var activityColumn = PublishedSchema.Activities.Single(c => c.Name == count.SourceColumn);
        return (activity, _) => activityColumn.Value(activity);
    }

    private sealed record CountSource(string Column, bool OfInitiative, Func<Activity, PublishedInitiative?, object?> Value)
    {
        public Dictionary<string, int> Positions { get; } = new(StringComparer.Ordinal);

        // A code outside the code list cannot pass validation; it is not counted rather than guessed at.
        public void Count(long[] counts, string code)
        {
            if (Positions.TryGetValue(code, out var position))
            {
                counts[position]++;
            }
        }
    }

    private sealed class Totals(int countColumns)
    {
        public long Initiatives { get; set; }

        public long Activities { get; set; }

        public long? Reach { get; set; }

        public long[] Counts { get; } = new long[countColumns];

        public ProvinceSummary ToSummary(Province province) =>
            new(province.Code, province.Name, Initiatives, Activities, Reach, Counts);
    }
}
