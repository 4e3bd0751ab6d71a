using System.Globalization;
using Regioscan.Core.Releases.Changes;

namespace Regioscan.Core.Tests.Releases.Changes;

/// <summary>
/// A change set with every change type and every published value type (string, long, double, list, null),
/// text that JSON and Markdown must escape, and more records in one province than the change log lists.
/// <c>TestData/Changes/</c> holds the <c>changes.json</c> and <c>CHANGELOG.md</c> that the in-memory writers
/// made of it before the change log was spooled.
/// </summary>
internal static class ChangeSamples
{
    public static readonly DateTimeOffset PublishedAt = new(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);

    public static string GoldenPath(string name) => Path.Combine(AppContext.BaseDirectory, "TestData", "Changes", name);

    public static ChangeSet Every() => new(
        [
            new("PV20-a", "PV20", "Digitale Werkplaats", ChangeType.Added, []),
            new("PV20-b", "PV20", "Café \"De Hoek\" <b>*AI*</b>\nregel 2", ChangeType.DataChanged,
            [
                new("name", "Café De Hoek", "Café \"De Hoek\" <b>*AI*</b>\nregel 2"),
                new("providers", new[] { "rom", "onderwijs" }, new[] { "rom" }),
                new("reach_per_year", null, 1_250L),
                new("share", 0.1, 2.5e-7),
                new("website", "https://example.nl/a_b", null),
                new("target_groups", Array.Empty<string>(), new[] { "mkb_breed", "zzp | solo" }),
            ]),
            new("PV21-c", "PV21", "Weg 😀", ChangeType.Removed, []),
        ],
        [
            new("PV20-b.1", "PV20", "Workshop", ChangeType.DataChanged,
            [
                new("reach_per_year", long.MaxValue, -3L),
                new("ratio", -0.0, 12_345.678_9),
                new("bottlenecks", null, Array.Empty<string>()),
            ]),
            new("PV20-b.2", "PV20", "Oud", ChangeType.Removed, []),
            .. Enumerable.Range(0, ChangelogMarkdownWriter.ListedPerSection + 3).Select(i => new RecordChange(
                string.Create(CultureInfo.InvariantCulture, $"PV26-i{i:D4}.a"), "PV26", "Workshop " + i,
                i % 3 == 0 ? ChangeType.Removed : i % 3 == 1 ? ChangeType.Added : ChangeType.DataChanged,
                i % 3 == 2 ? [new("reach_per_year", (long)i, i + 1L)] : [])),
        ]);
}
