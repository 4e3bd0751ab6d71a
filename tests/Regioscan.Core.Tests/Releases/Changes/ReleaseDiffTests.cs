using System.Text.Json;
using Regioscan.Core.Model;
using Regioscan.Core.Releases;
using Regioscan.Core.Releases.Changes;

namespace Regioscan.Core.Tests.Releases.Changes;

public sealed class ReleaseDiffTests
{
    private static Initiative Initiative(string id, string name = "Digitale Werkplaats") => new()
    {
        InitiativeId = id,
        ProvinceCode = "PV23",
        ProvinceName = "Overijssel",
        Name = name,
        ServiceArea = "regionaal",
        Providers = ["rom", "onderwijs"],
    };

    private static Activity Activity(string id, string initiativeId, long? reach, params string[] forms) => new()
    {
        ActivityId = id,
        InitiativeId = initiativeId,
        ProvinceCode = "PV23",
        Name = "Workshop " + id,
        ActivityType = "training",
        TargetGroups = ["mkb_breed"],
        DigitalisationForms = forms,
        Bottlenecks = ["kennis"],
        ReachPerYear = reach,
    };

    private static ReleaseTables Tables(IEnumerable<Initiative> initiatives, IEnumerable<Activity> activities) =>
        NationalMerge.Merge([new ProvinceScan { ProvinceCode = "PV23", Initiatives = [.. initiatives], Activities = [.. activities] }]);

    [Fact]
    public void First_release_lists_every_record_as_added()
    {
        var tables = Tables([Initiative("PV23-a")], [Activity("PV23-a.1", "PV23-a", 10, "ai")]);

        var changes = ReleaseDiff.Compare(null, tables);

        Assert.Equal(ChangeType.Added, Assert.Single(changes.Initiatives).Type);
        Assert.Equal(ChangeType.Added, Assert.Single(changes.Activities).Type);
        Assert.True(changes.HasAdditionsOrRemovals);
    }

    [Fact]
    public void Identical_tables_have_no_changes()
    {
        var tables = Tables([Initiative("PV23-a")], [Activity("PV23-a.1", "PV23-a", 10, "ai")]);

        Assert.True(ReleaseDiff.Compare(tables, tables with { }).IsEmpty);
    }

    [Fact]
    public void Each_change_type_is_found_with_old_and_new_values()
    {
        var before = Tables(
            [Initiative("PV23-a"), Initiative("PV23-b")],
            [Activity("PV23-a.1", "PV23-a", 10, "ai"), Activity("PV23-b.1", "PV23-b", 5, "data")]);
        var after = Tables(
            [Initiative("PV23-a"), Initiative("PV23-c", "Nieuw initiatief")],
            [Activity("PV23-a.1", "PV23-a", 25, "ai", "cybersecurity"), Activity("PV23-c.1", "PV23-c", null, "cloud_software")]);

        var changes = ReleaseDiff.Compare(before, after);

        Assert.Equal(
            [("PV23-a", ChangeType.DataChanged), ("PV23-b", ChangeType.Removed), ("PV23-c", ChangeType.Added)],
            changes.Initiatives.Select(c => (c.Id, c.Type)));
        var changedInitiative = changes.Initiatives[0].Columns.Single();
        Assert.Equal(("reach_per_year", (object?)10L, (object?)25L), (changedInitiative.Column, changedInitiative.Old, changedInitiative.New));

        var activity = changes.Activities.Single(c => c.Id == "PV23-a.1");
        Assert.Equal(["digitalisation_forms", "reach_per_year"], activity.Columns.Select(c => c.Column));
        Assert.Equal(["ai", "cybersecurity"], (IReadOnlyList<string>)activity.Columns[0].New!);
    }

    [Fact]
    public void Changes_json_holds_counts_and_column_values()
    {
        var before = Tables([Initiative("PV23-a")], [Activity("PV23-a.1", "PV23-a", 10, "ai")]);
        var after = Tables([Initiative("PV23-a")], [Activity("PV23-a.1", "PV23-a", 12, "ai")]);
        using var buffer = new MemoryStream();

        ChangesJsonWriter.Write(ReleaseDiff.Compare(before, after), "1.0.1", "1.0.0", buffer);

        using var json = JsonDocument.Parse(buffer.ToArray());
        var root = json.RootElement;
        Assert.Equal("1.0.0", root.GetProperty("previous").GetString());
        Assert.Equal(1, root.GetProperty("counts").GetProperty("activities").GetProperty("data_changed").GetInt32());
        var column = root.GetProperty("changes").GetProperty("activities")[0].GetProperty("columns")[0];
        Assert.Equal("reach_per_year", column.GetProperty("column").GetString());
        Assert.Equal(10, column.GetProperty("old").GetInt64());
        Assert.Equal(12, column.GetProperty("new").GetInt64());
    }

    [Fact]
    public void Changelog_shows_names_as_text_not_markup()
    {
        var after = Tables([Initiative("PV23-x", "<script>alert(1)</script> *vet*")], []);

        var markdown = ChangelogMarkdownWriter.Render(ReleaseDiff.Compare(null, after), "1.0.0", null, DateTimeOffset.UnixEpoch, null);

        Assert.DoesNotContain("<script>", markdown, StringComparison.Ordinal);
        Assert.Contains(@"\<script\>", markdown, StringComparison.Ordinal);
        Assert.Contains("## Overijssel (PV23)", markdown, StringComparison.Ordinal);
    }
}
