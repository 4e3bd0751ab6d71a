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
}
