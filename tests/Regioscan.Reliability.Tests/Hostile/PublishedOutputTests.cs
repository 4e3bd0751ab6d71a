using Regioscan.Core.Storage;
using Regioscan.Reliability.Tests.Support;
using Regioscan.Storage.Local;
using Regioscan.Testing;

namespace Regioscan.Reliability.Tests.Hostile;

/// <summary>
/// The formula and markup payloads of the corpus, accepted by the validator, are published: every CSV cell that would
/// start a formula is neutralised with a leading apostrophe, and markup stays text (escaped in JSON, never raw in HTML).
/// </summary>
public sealed class PublishedOutputTests
{
    [Fact]
    public async Task Formula_payloads_are_neutralised_and_markup_is_published_as_text()
    {
        using var folder = new TempDirectory("payloads");
        var store = new LocalBlobStore(folder.FullPath);
        await store.EnsureContainersAsync();
        using var pipeline = new TestPipeline(store);

        // One initiative per payload, all in one scan of Groningen.
        var payloads = HostileCorpus.Formulas.Concat(HostileCorpus.Markup).ToList();
        var rows = payloads.Select((p, i) =>
        {
            var row = ScanCsv.ValidRow(i + 1, $"Initiatief {i + 1}");
            row["initiatief_id"] = $"GR-{i + 1}";
            row[p.Column] = p.Column == "initiatief_naam" ? p.Payload + $" {i + 1}" : p.Payload;
            return row;
        }).ToArray();
        await pipeline.UploadAsync("PV20/payloads.csv", ScanCsv.Text(rows));
        var processed = await pipeline.Processor.ProcessAllAsync("payloads");
        Assert.True(processed.Processed.Single().Accepted, string.Join("; ", processed.Processed.Single().Report.Errors.Select(e => e.Message)));

        var release = Path.Combine(folder.FullPath, Containers.Releases, "latest");
        var cells = new List<string>();
        foreach (var csv in Directory.EnumerateFiles(release, "*.csv"))
        {
            var (header, data) = PublishedFiles.ReadCsv(csv);
            cells.AddRange(header);
            cells.AddRange(data.SelectMany(r => r));
        }

        Assert.DoesNotContain(cells, PublishedFiles.StartsFormula);
        foreach (var (_, _, payload) in HostileCorpus.Formulas)
        {
            // The payload is kept, behind the apostrophe that makes a spreadsheet show it as text.
            var trimmed = payload.TrimStart('\t', '\r');
            Assert.Contains(cells, c => c.StartsWith('\'') && c.Contains(trimmed, StringComparison.Ordinal));
        }

        var geojson = await File.ReadAllTextAsync(Path.Combine(release, "initiatives.geojson"));
        var mapData = await File.ReadAllTextAsync(Path.Combine(release, "map", "data.js"));
        var page = await File.ReadAllTextAsync(Path.Combine(release, "map", "index.html"));
        foreach (var (_, _, payload) in HostileCorpus.Markup.Where(m => m.Payload.Contains('<', StringComparison.Ordinal)))
        {
            // JSON escapes or keeps the text inside strings; a raw "<script" never reaches the page itself.
            Assert.DoesNotContain(payload, page, StringComparison.Ordinal);
            Assert.DoesNotContain("</script", mapData, StringComparison.OrdinalIgnoreCase);
            Assert.True(geojson.Contains(System.Text.Json.JsonSerializer.Serialize(payload).Trim('"'), StringComparison.Ordinal)
                || geojson.Contains(payload, StringComparison.Ordinal), $"{payload} is missing from initiatives.geojson");
        }
    }
}
