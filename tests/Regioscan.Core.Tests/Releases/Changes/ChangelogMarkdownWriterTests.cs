using System.Globalization;
using System.Text.Json;
using Regioscan.Core.Releases.Changes;

namespace Regioscan.Core.Tests.Releases.Changes;

public sealed class ChangelogMarkdownWriterTests
{
    private static readonly DateTimeOffset PublishedAt = new(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_large_change_set_lists_the_first_records_per_province_and_counts_the_rest()
    {
        var added = Enumerable.Range(0, 1_200)
            .Select(i => new RecordChange(string.Create(CultureInfo.InvariantCulture, $"PV26-i{i:D4}.a"), "PV26", "Workshop " + i, ChangeType.Added, []))
            .ToList();
        var changes = new ChangeSet([], added);

        var markdown = ChangelogMarkdownWriter.Render(changes, "1.0.0", null, PublishedAt, null);

        Assert.Equal(ChangelogMarkdownWriter.ListedPerSection, markdown.Split('\n').Count(l => l.StartsWith("- **added**", StringComparison.Ordinal)));
        Assert.Contains("PV26-i0499.a", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("PV26-i0500.a", markdown, StringComparison.Ordinal);
        Assert.Contains("- … and 700 more (700 added, 0 removed, 0 changed); `changes.json` lists every record.", markdown, StringComparison.Ordinal);
        Assert.Contains("| activities | 1200 | 0 | 0 |", markdown, StringComparison.Ordinal);

        using var json = new MemoryStream();
        ChangesJsonWriter.Write(changes, "1.0.0", null, json);
        using var document = JsonDocument.Parse(json.ToArray());
        Assert.Equal(1_200, document.RootElement.GetProperty("changes").GetProperty("activities").GetArrayLength());
    }

    [Fact]
    public void Provinces_come_in_code_order_with_each_provinces_initiatives_before_its_activities()
    {
        RecordChange Added(string id) => new(id, id[..4], "Naam " + id, ChangeType.Added, []);
        var changes = new ChangeSet([Added("PV21-a"), Added("PV23-b")], [Added("PV20-x.1"), Added("PV21-a.1"), Added("PV24-c.1")]);

        var markdown = ChangelogMarkdownWriter.Render(changes, "1.0.0", null, PublishedAt, null);

        var headings = markdown[markdown.IndexOf("\n## Groningen", StringComparison.Ordinal)..].Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(
            [
                "## Groningen (PV20)", "### Activities", "- **added** `PV20-x.1` Naam PV20\\-x\\.1",
                "## Fryslân (PV21)", "### Initiatives", "- **added** `PV21-a` Naam PV21\\-a", "### Activities", "- **added** `PV21-a.1` Naam PV21\\-a\\.1",
                "## Overijssel (PV23)", "### Initiatives", "- **added** `PV23-b` Naam PV23\\-b",
                "## Flevoland (PV24)", "### Activities", "- **added** `PV24-c.1` Naam PV24\\-c\\.1",
            ],
            headings);
    }

    [Fact]
    public void Records_out_of_province_order_are_refused_not_written_under_a_second_heading()
    {
        RecordChange Added(string id) => new(id, id[..4], "Naam", ChangeType.Added, []);
        var changes = new ChangeSet([Added("PV23-b"), Added("PV21-a")], []);

        var error = Assert.Throws<InvalidDataException>(() => ChangelogMarkdownWriter.Render(changes, "1.0.0", null, PublishedAt, null));

        Assert.Contains("PV21-a", error.Message, StringComparison.Ordinal);
    }
}
