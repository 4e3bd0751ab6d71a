using Regioscan.Core.Geography;
using Regioscan.Core.Model;
using Regioscan.Core.Schema;

namespace Regioscan.Core.Releases.Summary;

/// <summary>
/// Counts rows into <c>summary_by_province</c>, one row at a time: what <see cref="ProvinceSummaries.Build"/> does over
/// whole tables and intake does while it reads an upload (which keeps no rows). A code of an initiative column is
/// counted once per activity of the initiative, so an initiative's codes are counted as positions times its activities.
/// </summary>
internal sealed class SummaryCounter
{
    private readonly List<CountSource> _sources = CountSources();
    private readonly List<int> _positions = [];
    private readonly Dictionary<string, Totals> _totals =
        Provinces.All.ToDictionary(p => p.Code, _ => new Totals(PublishedSchema.SummaryCounts.Count), StringComparer.Ordinal);

    /// <summary>A province's row with zero counts (a province without a scan).</summary>
    public static ProvinceSummary EmptyRow(Province province) => new Totals(PublishedSchema.SummaryCounts.Count).ToSummary(province);

    /// <summary>Counts an initiative of <paramref name="provinceCode"/>.</summary>
    /// <exception cref="InvalidOperationException">The province does not exist: a bug upstream.</exception>
    public void CountInitiative(string provinceCode) => TotalsOf(provinceCode).Initiatives++;

    /// <summary>Counts an activity, its reach and the codes of its own columns (not its initiative's).</summary>
    /// <exception cref="InvalidOperationException">The province does not exist: a bug upstream.</exception>
    public void CountActivity(Activity activity)
    {
        var total = TotalsOf(activity.ProvinceCode);
        total.Activities++;
        if (activity.ReachPerYear is { } reach)
        {
            total.Reach = (total.Reach ?? 0) + reach;
        }

        _positions.Clear();
        foreach (var source in _sources)
        {
            if (!source.OfInitiative)
            {
                source.Collect(_positions, source.ValueOfActivity!(activity));
            }
        }

        foreach (var position in _positions)
        {
            total.Counts[position]++;
        }
    }

    /// <summary>The count positions of an initiative's codes (one entry per code occurrence), to count once per activity.</summary>
    public int[] PositionsOf(PublishedInitiative initiative)
    {
        var positions = new List<int>();
        foreach (var source in _sources)
        {
            if (source.OfInitiative)
            {
                source.Collect(positions, source.ValueOfInitiative!(initiative));
            }
        }

        return [.. positions];
    }

    /// <summary>Counts the codes at <paramref name="positions"/> <paramref name="times"/> times (once per activity of the initiative).</summary>
    public void CountInitiativeCodes(string provinceCode, int[] positions, int times)
    {
        var counts = TotalsOf(provinceCode).Counts;
        foreach (var position in positions)
        {
            counts[position] += times;
        }
    }

    /// <summary>One row per province, all 12 in code order, also those without data (zero counts).</summary>
    public IReadOnlyList<ProvinceSummary> Rows() => Provinces.All.Select(p => _totals[p.Code].ToSummary(p)).ToArray();

    private Totals TotalsOf(string provinceCode) =>
        _totals.TryGetValue(provinceCode, out var total)
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
                source = count.OfInitiative
                    ? new CountSource(count.SourceColumn, true, null, PublishedSchema.Initiatives.Single(c => c.Name == count.SourceColumn).Value)
                    : new CountSource(count.SourceColumn, false, PublishedSchema.Activities.Single(c => c.Name == count.SourceColumn).Value, null);
                sources.Add(source);
            }

            source.Positions[count.Code.Value] = i;
        }

        return sources;
    }

    private sealed record CountSource(
        string Column, bool OfInitiative, Func<Activity, object?>? ValueOfActivity, Func<PublishedInitiative, object?>? ValueOfInitiative)
    {
        public Dictionary<string, int> Positions { get; } = new(StringComparer.Ordinal);

        /// <summary>Adds the count position of each code in <paramref name="value"/> (a code or a list of codes).</summary>
        public void Collect(List<int> positions, object? value)
        {
            if (value is string code)
            {
                Collect(positions, code);
            }
            else if (value is IReadOnlyList<string> codes)
            {
                // By index: a foreach through the interface makes an enumerator per list, for every activity.
                for (var i = 0; i < codes.Count; i++)
                {
                    Collect(positions, codes[i]);
                }
            }
        }

        // A code outside the code list cannot pass validation; it is not counted rather than guessed at.
        private void Collect(List<int> positions, string code)
        {
            if (Positions.TryGetValue(code, out var position))
            {
                positions.Add(position);
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
