using Regioscan.Core.Model;
using Regioscan.Core.Releases.Changes;
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
}
