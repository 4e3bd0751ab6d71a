using System.Text;
using System.Text.Json;
using Regioscan.Core.Model;
using Regioscan.Core.Releases;
using Regioscan.Core.Releases.Changes;
using Regioscan.Core.Releases.Staging;

namespace Regioscan.Core.Tests.Releases.Staging;

public sealed class StagedScanJsonTests
{
    [Fact]
    public async Task Tables_read_back_equal_in_every_published_column_and_in_order()
    {
        var tables = ReleaseSamples.Tables();

        var back = await RoundTripAsync(tables);

        Assert.Equal(tables.Initiatives.Select(i => i.Initiative.InitiativeId), back.Initiatives.Select(i => i.Initiative.InitiativeId));
        Assert.Equal(tables.Activities.Select(a => a.ActivityId), back.Activities.Select(a => a.ActivityId));
        Assert.True(ReleaseDiff.Compare(tables, back).IsEmpty);
        Assert.Equal(tables.Initiatives.Select(i => i.Initiative.ContactEmail), back.Initiatives.Select(i => i.Initiative.ContactEmail));
    }

    [Fact]
    public void Ids_are_read_from_a_line_without_making_its_row()
    {
        var tables = ReleaseSamples.Tables();

        var initiative = tables.Initiatives[1];
        var activity = tables.Activities[2];

        Assert.Equal(initiative.Initiative.InitiativeId, StagedScanJson.Initiatives.IdOf(StagedScanJson.Initiatives.Serialize(initiative), 1));
        Assert.Equal(activity.ActivityId, StagedScanJson.Activities.IdOf(StagedScanJson.Activities.Serialize(activity), 1));
        var error = Assert.Throws<JsonException>(() => StagedScanJson.Activities.IdOf("{\"name\":\"x\"}"u8, 7));
        Assert.StartsWith("Line 7 of the staged scan's activities.jsonl has no \"activity_id\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_row_serialised_again_is_its_staged_line_byte_for_byte()
    {
        // The change tracker compares line fingerprints, and legacy scans are turned into lines: both rely on this.
        var tables = ReleaseSamples.Tables();
        using var staged = new MemoryStream();
        StagedScanJson.WriteActivities(tables.Activities, staged);
        staged.Position = 0;

        var lines = new List<byte[]>();
        await foreach (var line in StagedScanJson.ReadLinesAsync(staged, CancellationToken.None))
        {
            lines.Add(line.ToArray());
        }

        Assert.Equal(tables.Activities.Select(a => StagedScanJson.Activities.Serialize(a)), lines);
    }

    [Fact]
    public async Task A_line_longer_than_the_read_buffer_reads_back_whole()
    {
        var tables = ReleaseSamples.Tables();
        var longText = string.Concat(Enumerable.Repeat("Digitalisering van het mkb — één stap verder. ", 6000));
        var first = tables.Initiatives[0];
        var changed = new ReleaseTables(
            [first with { Initiative = first.Initiative with { Description = longText } }, .. tables.Initiatives.Skip(1)],
            tables.Activities);

        var back = await RoundTripAsync(changed);

        Assert.True(longText.Length > 200_000);
        Assert.Equal(longText, back.Initiatives[0].Initiative.Description);
        Assert.Equal(changed.Initiatives.Count, back.Initiatives.Count);
    }

    [Fact]
    public async Task A_damaged_line_is_reported_with_its_line_number()
    {
        using var stream = new MemoryStream();
        StagedScanJson.WriteActivities(ReleaseSamples.Tables().Activities.Take(2), stream);
        var text = Encoding.UTF8.GetString(stream.ToArray()).TrimEnd('\n') + "\n{\"activity_id\": 12\n";
        using var damaged = new MemoryStream(Encoding.UTF8.GetBytes(text));

        var error = await Assert.ThrowsAsync<JsonException>(async () =>
        {
            await foreach (var _ in StagedScanJson.ReadActivitiesAsync(damaged))
            {
            }
        });

        Assert.StartsWith("Line 3 of the staged scan", error.Message, StringComparison.Ordinal);
    }

    private static async Task<ReleaseTables> RoundTripAsync(ReleaseTables tables)
    {
        using var initiatives = new MemoryStream();
        using var activities = new MemoryStream();
        StagedScanJson.WriteInitiatives(tables.Initiatives, initiatives);
        StagedScanJson.WriteActivities(tables.Activities, activities);
        initiatives.Position = 0;
        activities.Position = 0;
        var readInitiatives = new List<PublishedInitiative>();
        await foreach (var row in StagedScanJson.ReadInitiativesAsync(initiatives))
        {
            readInitiatives.Add(row);
        }

        var readActivities = new List<Activity>();
        await foreach (var row in StagedScanJson.ReadActivitiesAsync(activities))
        {
            readActivities.Add(row);
        }

        return new ReleaseTables(readInitiatives, readActivities);
    }
}
