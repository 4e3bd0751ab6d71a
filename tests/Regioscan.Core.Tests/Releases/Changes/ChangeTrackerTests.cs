using Regioscan.Core.Model;
using Regioscan.Core.Releases.Changes;
using Regioscan.Core.Releases.Staging;
using Regioscan.Core.Releases.Writers;

namespace Regioscan.Core.Tests.Releases.Changes;

public sealed class ChangeTrackerTests
{
    private static Activity Activity(string id, string province, long? reach) => new()
    {
        ActivityId = id,
        InitiativeId = id[..id.IndexOf('.', StringComparison.Ordinal)],
        ProvinceCode = province,
        Name = "Workshop " + id,
        ActivityType = "training",
        TargetGroups = ["mkb_breed"],
        DigitalisationForms = ["ai"],
        Bottlenecks = ["kennis"],
        ReachPerYear = reach,
    };

    [Fact]
    public async Task Rows_of_provinces_left_out_are_neither_compared_nor_reported()
    {
        // PV20's scan did not change: the publisher leaves it out of both sides.
        Activity[] before = [Activity("PV23-a.1", "PV23", 10), Activity("PV23-b.1", "PV23", 5)];
        Activity[] after = [Activity("PV20-x.1", "PV20", 1), Activity("PV23-a.1", "PV23", 11), Activity("PV23-c.1", "PV23", 7)];
        var changes = new List<RecordChange>();
        await using var tracker = new ChangeTracker<Activity>(before.ToAsyncEnumerable(), TableKeys.Activities, changes.Add, a => a.ProvinceCode != "PV20");

        await RowPass.RunAsync(after.ToAsyncEnumerable(), [tracker], CancellationToken.None);

        Assert.Equal(
            [("PV23-a.1", ChangeType.DataChanged), ("PV23-b.1", ChangeType.Removed), ("PV23-c.1", ChangeType.Added)],
            changes.Select(c => (c.Id, c.Type)));
        Assert.Equal("reach_per_year", Assert.Single(changes[0].Columns).Column);
    }

    [Fact]
    public async Task Rows_out_of_id_order_are_a_damaged_store_not_changes()
    {
        Activity[] before = [Activity("PV23-b.1", "PV23", 1), Activity("PV23-a.1", "PV23", 1)];
        await using var tracker = new ChangeTracker<Activity>(before.ToAsyncEnumerable(), TableKeys.Activities, _ => { });

        var error = await Assert.ThrowsAsync<InvalidDataException>(() =>
            RowPass.RunAsync(new[] { Activity("PV23-c.1", "PV23", 1) }.ToAsyncEnumerable(), [tracker], CancellationToken.None));

        Assert.Contains("not in id order", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_row_staged_exactly_as_before_is_unchanged_without_its_previous_row_being_made()
    {
        var table = StagedScanJson.Activities;
        Activity[] before = [Activity("PV23-a.1", "PV23", 10), Activity("PV23-b.1", "PV23", 5), Activity("PV23-c.1", "PV23", 1)];
        Activity[] after = [Activity("PV23-a.1", "PV23", 10), Activity("PV23-b.1", "PV23", 6)];
        var made = new List<string>();
        var previous = before.Select(row =>
        {
            var line = table.Serialize(row);
            return PreviousRow<Activity>.Staged(table.IdOf(line, 1), StagedTable<Activity>.Fingerprint(line), (staged, number) =>
            {
                made.Add(row.ActivityId);
                return table.Parse(staged.Span, number);
            }, line, 1);
        });
        var fingerprints = new LineFingerprint();
        var changes = new List<RecordChange>();
        await using var tracker = new ChangeTracker<Activity>(previous.ToAsyncEnumerable(), TableKeys.Activities, changes.Add, null, fingerprints);

        // As the catalogue's reader does: each new row's line fingerprint is set before the row goes to the sinks.
        var rows = after.Select(row =>
        {
            fingerprints.Set(row, StagedTable<Activity>.Fingerprint(table.Serialize(row)));
            return row;
        });
        await RowPass.RunAsync(rows.ToAsyncEnumerable(), [tracker], CancellationToken.None);

        Assert.Equal([("PV23-b.1", ChangeType.DataChanged), ("PV23-c.1", ChangeType.Removed)], changes.Select(c => (c.Id, c.Type)));
        Assert.Equal(["PV23-b.1", "PV23-c.1"], made);
    }

    [Fact]
    public async Task A_row_whose_line_differs_but_whose_values_do_not_is_unchanged()
    {
        // Another version of the stager may write the same values differently: the values decide, not the bytes.
        var row = Activity("PV23-a.1", "PV23", 10);
        var previous = PreviousRow<Activity>.Staged("PV23-a.1", fingerprint: 1, (_, _) => Activity("PV23-a.1", "PV23", 10), default, 1);
        var fingerprints = new LineFingerprint();
        fingerprints.Set(row, 2);
        var changes = new List<RecordChange>();
        await using var tracker = new ChangeTracker<Activity>(new[] { previous }.ToAsyncEnumerable(), TableKeys.Activities, changes.Add, null, fingerprints);

        await RowPass.RunAsync(new[] { row }.ToAsyncEnumerable(), [tracker], CancellationToken.None);

        Assert.Empty(changes);
    }
}
