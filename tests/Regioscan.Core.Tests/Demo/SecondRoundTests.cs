using System.Globalization;

namespace Regioscan.Core.Tests.Demo;

public sealed class SecondRoundTests
{
    [Fact]
    public void Second_round_reuploads_exactly_the_three_changed_provinces_as_whole_files()
    {
        var second = DemoData.Dataset.SecondRound;

        Assert.Equal(["PV25", "PV29", "PV30"], second.Select(u => u.ProvinceCode));
        Assert.All(second, u => Assert.DoesNotContain(u.FileName, DemoData.Dataset.FirstRound.Select(f => f.FileName)));
        Assert.All(DemoData.SecondRound, f => Assert.True(f.Rows.Count > DemoData.First(f.Upload.ProvinceCode).Rows.Count / 2, "a whole scan, not a delta"));
        Assert.Equal(4, DemoData.Dataset.ExpectedChanges.Count);
    }

    [Fact]
    public void Second_round_files_keep_the_dialect_of_the_first()
    {
        foreach (var file in DemoData.SecondRound)
        {
            var first = DemoData.First(file.Upload.ProvinceCode);
            Assert.Equal((first.EncodingName, first.Separator, first.NewLine), (file.EncodingName, file.Separator, file.NewLine));
            Assert.Equal(first.RawHeaders, file.RawHeaders);
        }
    }

    [Fact]
    public void Gelderland_adds_one_initiative_with_its_activities_and_keeps_every_other_row()
    {
        var before = DemoData.First("PV25");
        var after = DemoData.Second("PV25");
        var added = after.Rows.Where(r => !before.Rows.Any(b => ScanRecords.InitiativeKey(b) == ScanRecords.InitiativeKey(r))).ToArray();

        AssertUnchanged(before, after);
        Assert.Single(added.Select(ScanRecords.InitiativeKey).Distinct());
        Assert.InRange(added.Length, 1, 6);
        Assert.NotEqual(string.Empty, added[0]["initiatief_id"]);
        Assert.Equal(before.Rows.Count + added.Length, after.Rows.Count);
        Assert.Contains(DemoData.Dataset.ExpectedChanges, c =>
            c.StartsWith("Gelderland (PV25): initiative added", StringComparison.Ordinal)
            && c.Contains(added[0]["initiatief_naam"], StringComparison.Ordinal)
            && c.Contains(added[0]["initiatief_id"], StringComparison.Ordinal));
    }

    [Fact]
    public void Zeeland_removes_one_initiative_with_its_activities_and_keeps_every_other_row()
    {
        var before = DemoData.First("PV29");
        var after = DemoData.Second("PV29");
        var removed = before.Rows.Where(r => !after.Rows.Any(a => ScanRecords.InitiativeKey(a) == ScanRecords.InitiativeKey(r))).ToArray();

        AssertUnchanged(after, before);
        Assert.Single(removed.Select(ScanRecords.InitiativeKey).Distinct());
        Assert.True(removed.Length >= 2, "the removed initiative takes its activities along");
        Assert.Equal(after.Rows.Count + removed.Length, before.Rows.Count);
        Assert.Contains(DemoData.Dataset.ExpectedChanges, c =>
            c.StartsWith("Zeeland (PV29): initiative removed", StringComparison.Ordinal)
            && c.Contains(removed[0]["initiatief_naam"], StringComparison.Ordinal));
    }

    [Fact]
    public void Noord_Brabant_changes_one_reach_figure_and_one_form_of_digitalisation_and_nothing_else()
    {
        var before = ScanRecords.Of(DemoData.First("PV30"));
        var after = ScanRecords.Of(DemoData.Second("PV30"));
        var changes = before.Keys.SelectMany(key => before[key]
                .Where(cell => after[key][cell.Key] != cell.Value)
                .Select(cell => (key, column: cell.Key, old: cell.Value, now: after[key][cell.Key])))
            .ToArray();

        Assert.Equal(before.Keys.Order(), after.Keys.Order());
        Assert.Equal(["bereik_per_jaar", "digitaliseringsvorm"], changes.Select(c => c.column).Order());
        var reach = changes.Single(c => c.column == "bereik_per_jaar");
        var form = changes.Single(c => c.column == "digitaliseringsvorm");
        Assert.True(long.Parse(reach.now, CultureInfo.InvariantCulture) > long.Parse(reach.old, CultureInfo.InvariantCulture));
        Assert.Equal(form.old.Split('|').Length, form.now.Split('|').Length);
        Assert.Single(form.now.Split('|').Except(form.old.Split('|')));
        Assert.Contains(DemoData.Dataset.ExpectedChanges, c =>
            c.StartsWith("Noord-Brabant (PV30): reach", StringComparison.Ordinal)
            && c.Contains(before[reach.key]["activiteit_naam"], StringComparison.Ordinal)
            && c.Contains("from " + reach.old + " to " + reach.now, StringComparison.Ordinal));
        Assert.Contains(DemoData.Dataset.ExpectedChanges, c =>
            c.StartsWith("Noord-Brabant (PV30): digitaliseringsvorm", StringComparison.Ordinal)
            && c.Contains(before[form.key]["activiteit_naam"], StringComparison.Ordinal)
            && c.Contains(form.now.Split('|').Except(form.old.Split('|')).Single(), StringComparison.Ordinal));
    }

    [Fact]
    public void Rows_that_did_not_change_are_written_byte_for_byte_the_same()
    {
        var before = DemoData.First("PV30");
        var after = DemoData.Second("PV30");
        var differing = before.Rows.Zip(after.Rows).Count(pair => !pair.First.SequenceEqual(pair.Second));

        Assert.Equal(before.Rows.Count, after.Rows.Count);
        Assert.Equal(2, differing);
    }

    // Every row of `subset` appears, cell for cell as written, in `superset`.
    private static void AssertUnchanged(ScanFile subset, ScanFile superset)
    {
        var rows = superset.Rows.ToDictionary(ScanRecords.ActivityKey, StringComparer.Ordinal);
        foreach (var row in subset.Rows)
        {
            var key = ScanRecords.ActivityKey(row);
            Assert.True(rows.ContainsKey(key), key);
            Assert.Equal(row, rows[key]);
        }
    }
}
