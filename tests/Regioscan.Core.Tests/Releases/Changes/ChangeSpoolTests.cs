using System.Text;
using Regioscan.Core.Releases.Changes;
using Regioscan.Testing;

namespace Regioscan.Core.Tests.Releases.Changes;

public sealed class ChangeSpoolTests : IDisposable
{
    private readonly TempDirectory _folder = new("change-spool");

    public void Dispose() => _folder.Dispose();

    /// <summary>A spool on temporary files, as a publish makes it (the host's scratch space is such files).</summary>
    private ChangeSpool Spool() => new(Scratch(), Scratch());

    private FileStream Scratch() => new(
        _folder.Combine(Guid.NewGuid().ToString("N")), FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose);

    private ChangeSpool Spooled(ChangeSet changes)
    {
        var spool = Spool();
        foreach (var change in changes.Initiatives)
        {
            spool.Initiatives.Add(change);
        }

        foreach (var change in changes.Activities)
        {
            spool.Activities.Add(change);
        }

        return spool;
    }

    [Fact]
    public void Every_change_type_and_value_type_comes_back_as_it_was_spooled()
    {
        var changes = ChangeSamples.Every();
        using var spool = Spooled(changes);

        AssertSame(changes.Initiatives, spool.ReadInitiatives().ToList());
        AssertSame(changes.Activities, spool.ReadActivities().ToList());
    }

    [Fact]
    public void Counts_are_kept_per_table_and_change_type()
    {
        using var spool = Spooled(ChangeSamples.Every());

        Assert.Equal(new ChangeSummary(new ChangeCounts(1, 1, 1), new ChangeCounts(168, 169, 168)), spool.Counts);
        Assert.True(spool.Counts.HasAdditionsOrRemovals);
        Assert.Equal(ChangeSamples.Every().Counts, spool.Counts);
    }

    [Fact]
    public void Records_come_back_in_the_order_they_were_spooled_on_every_read()
    {
        var changes = ChangeSamples.Every();
        using var spool = Spooled(changes);

        var first = spool.ReadActivities().Select(c => c.Id).ToList();
        var second = spool.ReadActivities().Select(c => c.Id).ToList();

        Assert.Equal(changes.Activities.Select(c => c.Id), first);
        Assert.Equal(first, second);
        Assert.Equal(["PV20-a", "PV20-b", "PV21-c"], spool.ReadInitiatives().Select(c => c.Id));
    }

    [Fact]
    public void An_empty_spool_has_no_records_and_no_changes()
    {
        using var spool = Spool();

        Assert.True(spool.Counts.IsEmpty);
        Assert.False(spool.Counts.HasAdditionsOrRemovals);
        Assert.Empty(spool.ReadInitiatives());
        Assert.Empty(spool.ReadActivities());
    }

    [Fact]
    public void Only_data_changes_make_no_additions_or_removals()
    {
        using var spool = Spool();
        spool.Activities.Add(new RecordChange("PV23-a.1", "PV23", "Workshop", ChangeType.DataChanged, [new("reach_per_year", 1L, 2L)]));

        Assert.False(spool.Counts.IsEmpty);
        Assert.False(spool.Counts.HasAdditionsOrRemovals);
    }

    [Fact]
    public void Changes_json_from_the_spool_has_the_bytes_the_in_memory_writer_made()
    {
        using var spool = Spooled(ChangeSamples.Every());
        using var fromSpool = new MemoryStream();
        using var fromMemory = new MemoryStream();

        ChangesJsonWriter.Write(spool, "1.1.0", "1.0.0", fromSpool);
        ChangesJsonWriter.Write(ChangeSamples.Every(), "1.1.0", "1.0.0", fromMemory);

        var golden = File.ReadAllBytes(ChangeSamples.GoldenPath("changes.golden.json"));
        Assert.Equal(golden, fromSpool.ToArray());
        Assert.Equal(golden, fromMemory.ToArray());
    }

    [Fact]
    public void Changelog_from_the_spool_has_the_text_the_in_memory_writer_made()
    {
        using var spool = Spooled(ChangeSamples.Every());

        var fromSpool = ChangelogMarkdownWriter.Render(spool, "1.1.0", "1.0.0", ChangeSamples.PublishedAt, "Nieuwe scan *Zeeland*");
        var fromMemory = ChangelogMarkdownWriter.Render(ChangeSamples.Every(), "1.1.0", "1.0.0", ChangeSamples.PublishedAt, "Nieuwe scan *Zeeland*");

        var golden = Encoding.UTF8.GetString(File.ReadAllBytes(ChangeSamples.GoldenPath("CHANGELOG.golden.md")));
        Assert.Equal(golden, fromSpool);
        Assert.Equal(golden, fromMemory);
        Assert.Contains("- … and 3 more (1 added, 1 removed, 1 changed); `changes.json` lists every record.", fromSpool, StringComparison.Ordinal);
    }

    [Fact]
    public void A_change_after_the_spool_was_read_is_refused()
    {
        using var spool = Spool();
        spool.Initiatives.Add(new RecordChange("PV20-a", "PV20", "A", ChangeType.Added, []));
        _ = spool.ReadInitiatives().ToList();

        Assert.Throws<InvalidOperationException>(() => spool.Initiatives.Add(new RecordChange("PV20-b", "PV20", "B", ChangeType.Added, [])));
    }

    [Fact]
    public void A_value_of_no_published_type_is_a_bug_not_spooled()
    {
        using var spool = Spool();

        var error = Assert.Throws<InvalidOperationException>(() =>
            spool.Activities.Add(new RecordChange("PV20-a.1", "PV20", "A", ChangeType.DataChanged, [new("reach_per_year", 1, 2)])));

        Assert.Contains("Int32", error.Message, StringComparison.Ordinal);
    }

    private static void AssertSame(IReadOnlyList<RecordChange> expected, List<RecordChange> actual)
    {
        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            var (e, a) = (expected[i], actual[i]);
            Assert.Equal((e.Id, e.ProvinceCode, e.Name, e.Type), (a.Id, a.ProvinceCode, a.Name, a.Type));
            Assert.Equal(e.Columns.Count, a.Columns.Count);
            for (var c = 0; c < e.Columns.Count; c++)
            {
                Assert.Equal(e.Columns[c].Column, a.Columns[c].Column);
                AssertSameValue(e.Columns[c].Old, a.Columns[c].Old);
                AssertSameValue(e.Columns[c].New, a.Columns[c].New);
            }
        }
    }

    /// <summary>The same value of the same type: a long stays a long, a double keeps its bits (-0 too), a list its items.</summary>
    private static void AssertSameValue(object? expected, object? actual)
    {
        switch (expected)
        {
            case null:
                Assert.Null(actual);
                break;
            case double d:
                Assert.Equal(BitConverter.DoubleToInt64Bits(d), BitConverter.DoubleToInt64Bits(Assert.IsType<double>(actual)));
                break;
            case IReadOnlyList<string> list:
                Assert.Equal(list, Assert.IsAssignableFrom<IReadOnlyList<string>>(actual));
                break;
            default:
                Assert.IsType(expected.GetType(), actual);
                Assert.Equal(expected, actual);
                break;
        }
    }
}
