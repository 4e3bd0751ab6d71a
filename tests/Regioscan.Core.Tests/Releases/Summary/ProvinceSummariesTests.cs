using Regioscan.Core.CodeLists;
using Regioscan.Core.Geography;
using Regioscan.Core.Releases.Summary;
using Regioscan.Core.Schema;

namespace Regioscan.Core.Tests.Releases.Summary;

public sealed class ProvinceSummariesTests
{
    [Fact]
    public void Every_province_has_a_row_in_code_order_also_without_data()
    {
        var summaries = ProvinceSummaries.Build(ReleaseSamples.Tables());

        Assert.Equal(Provinces.All.Select(p => (p.Code, p.Name)), summaries.Select(s => (s.ProvinceCode, s.ProvinceName)));
        var drenthe = summaries[2];
        Assert.Equal((0L, 0L, (long?)null), (drenthe.Initiatives, drenthe.Activities, drenthe.ReachPerYear));
        Assert.All(drenthe.CodeCounts, c => Assert.Equal(0, c));
    }

    [Fact]
    public void Totals_count_initiatives_activities_and_reach_per_province()
    {
        var summaries = ProvinceSummaries.Build(ReleaseSamples.Tables()).ToDictionary(s => s.ProvinceCode);

        Assert.Equal((2L, 3L, (long?)1550), (summaries["PV20"].Initiatives, summaries["PV20"].Activities, summaries["PV20"].ReachPerYear));
        Assert.Equal((1L, 1L, (long?)40), (summaries["PV21"].Initiatives, summaries["PV21"].Activities, summaries["PV21"].ReachPerYear));

        // An initiative without activities counts, its reach does not exist.
        Assert.Equal((1L, 0L, (long?)null), (summaries["PV27"].Initiatives, summaries["PV27"].Activities, summaries["PV27"].ReachPerYear));
    }

    [Theory]
    [InlineData("PV20", "activity_type_training", 1)]
    [InlineData("PV20", "target_groups_micro", 1)]
    [InlineData("PV20", "digitalisation_forms_ai", 1)]
    [InlineData("PV20", "bottlenecks_middelen", 1)]
    [InlineData("PV20", "sectors_maakindustrie", 1)]
    [InlineData("PV20", "impact_measurement_output", 1)]
    [InlineData("PV20", "providers_provincie", 3)]
    [InlineData("PV20", "providers_rijk", 1)]
    [InlineData("PV20", "policy_rationale_informatiefalen", 2)]
    [InlineData("PV21", "sectors_horeca", 1)]
    [InlineData("PV21", "providers_gemeente", 1)]
    [InlineData("PV27", "providers_edih", 0)]
    public void Counts_are_activities_per_code_also_for_initiative_columns(string province, string column, long expected)
    {
        var summary = ProvinceSummaries.Build(ReleaseSamples.Tables()).Single(s => s.ProvinceCode == province);
        var index = PublishedSchema.SummaryCounts.Select(c => c.Name).ToList().IndexOf(column);

        Assert.True(index >= 0, column);
        Assert.Equal(expected, summary.CodeCounts[index]);
    }

    [Fact]
    public void The_summary_columns_cover_every_code_of_every_dimension()
    {
        var lists = new[]
        {
            CodeListNames.ActivityType, CodeListNames.TargetGroup, CodeListNames.Sectors, CodeListNames.DigitalisationForm,
            CodeListNames.Bottlenecks, CodeListNames.Providers, CodeListNames.PolicyRationale, CodeListNames.ImpactMeasurement,
        };
        var expected = lists.Sum(l => CodeListCatalog.Default[l].Codes.Count);

        Assert.Equal(expected, PublishedSchema.SummaryCounts.Count);
        Assert.Equal(5 + expected, PublishedSchema.SummaryByProvince.Count);
        Assert.Equal(PublishedSchema.SummaryByProvince.Count, PublishedSchema.SummaryByProvince.Select(c => c.Name).Distinct().Count());
        Assert.Contains(PublishedSchema.SummaryByProvince, c => c.Name == "providers_rijk" && c.TitleEn == "Providers: National government");
    }
}
