using System.Text;
using Regioscan.Core.CodeLists;
using Regioscan.Core.Releases.Writers;
using Regioscan.Core.Schema;

namespace Regioscan.Core.Tests.Releases.Writers;

public sealed class ReleaseDataWriterTests
{
    private static readonly string[] DataFiles = ReleaseDataWriter.FileNames.Where(n => n != "datapackage.json").ToArray();

    [Fact]
    public async Task Every_file_of_the_contract_is_written_with_its_row_count()
    {
        using var release = await ReleaseFolder.WriteAsync(ReleaseSamples.Tables());

        Assert.Equal(
            [
                "initiatives.csv", "activities.csv", "summary_by_province.csv", "codelists.csv", "initiatives.parquet",
                "activities.parquet", "initiatives.geojson", "provinces.geojson", "datapackage.json",
            ],
            ReleaseDataWriter.FileNames);
        Assert.Equal(ReleaseDataWriter.FileNames, release.Files.Select(f => f.Name));
        Assert.Equal(ReleaseDataWriter.FileNames.Order(), Directory.GetFiles(release.Path).Select(Path.GetFileName).Order());
        var codes = CodeListCatalog.Default.Lists.Sum(l => l.Codes.Count) + 12;
        Assert.Equal(
            new long?[] { 4, 4, 12, codes, 4, 4, 3, 12, null },
            release.Files.Select(f => f.Rows));
    }

    [Fact]
    public async Task Files_are_created_one_at_a_time_although_the_tables_are_written_at_once()
    {
        // The callers keep their files in plain dictionaries; two tables written in parallel must not race on them.
        // The first call waits a while for a second one to come in beside it, which only a missing lock allows.
        var inside = 0;
        var overlaps = 0;
        var created = new List<string>();
        Stream Create(string name)
        {
            if (Interlocked.Increment(ref inside) > 1)
            {
                Interlocked.Increment(ref overlaps);
            }

            if (created.Count == 0)
            {
                SpinWait.SpinUntil(() => Volatile.Read(ref inside) > 1, TimeSpan.FromSeconds(3));
            }

            created.Add(name);
            Interlocked.Decrement(ref inside);
            return new MemoryStream();
        }

        await ReleaseDataWriter.WriteAsync(ReleaseSamples.Tables(), new ReleaseDataContext("1.0.0", ReleaseFolder.PublishedAt, null), Create);

        Assert.Equal(0, overlaps);
        Assert.Equal(ReleaseDataWriter.FileNames.Order(StringComparer.Ordinal), created.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Writing_the_same_tables_twice_gives_byte_identical_data_files()
    {
        using var first = await ReleaseFolder.WriteAsync(ReleaseSamples.Tables());
        using var second = await ReleaseFolder.WriteAsync(ReleaseSamples.Tables(), publishedAt: ReleaseFolder.PublishedAt.AddDays(3));

        foreach (var name in DataFiles)
        {
            Assert.True(first.Bytes(name).AsSpan().SequenceEqual(second.Bytes(name)), name + " differs between two writes");
        }

        // Only the data package carries the publication time.
        Assert.Contains("\"created\": \"2025-11-20T08:30:00Z\"", first.Text("datapackage.json"), StringComparison.Ordinal);
        Assert.Contains("\"created\": \"2025-11-23T08:30:00Z\"", second.Text("datapackage.json"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Personal_data_appears_in_no_file()
    {
        using var release = await ReleaseFolder.WriteAsync(ReleaseSamples.Tables());

        foreach (var name in ReleaseDataWriter.FileNames)
        {
            var bytes = release.Bytes(name);
            Assert.False(Contains(bytes, ReleaseSamples.ContactName), name + " holds the contact person");
            Assert.False(Contains(bytes, ReleaseSamples.ContactEmail), name + " holds the contact e-mail");
        }

        // The check can fail: a published value is found the same way.
        Assert.True(Contains(release.Bytes("initiatives.parquet"), "Digitale Werkplaats Groningen"));
    }

    [Fact]
    public async Task Empty_tables_give_valid_files_with_headers_and_all_provinces()
    {
        using var release = await ReleaseFolder.WriteAsync(ReleaseSamples.Empty());

        Assert.Equal(0L, release.Query("SELECT count(*) FROM read_parquet({file})", "initiatives.parquet")[0][0] is long n ? n : -1);
        Assert.Equal(
            PublishedSchema.Activities.Select(c => c.Name),
            DuckDb.Names($"SELECT * FROM read_parquet('{release.File("activities.parquet")}')"));
        Assert.StartsWith("initiative_id,source_id,", release.Text("initiatives.csv"), StringComparison.Ordinal);
        Assert.Equal(12, release.Files.Single(f => f.Name == "provinces.geojson").Rows);
        Assert.Equal(0, release.Files.Single(f => f.Name == "initiatives.geojson").Rows);
    }

    [Fact]
    public async Task The_published_schema_is_pinned_by_a_golden_file()
    {
        using var release = await ReleaseFolder.WriteAsync(ReleaseSamples.Tables());
        var actual = new StringBuilder();
        foreach (var name in new[] { "initiatives.parquet", "activities.parquet" })
        {
            actual.Append("# ").Append(name).Append('\n');
            foreach (var row in release.Query("SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM read_parquet({file}))", name))
            {
                actual.Append(row[0]).Append(' ').Append(row[1]).Append('\n');
            }
        }

        foreach (var name in ReleaseDataWriter.FileNames.Where(n => n.EndsWith(".csv", StringComparison.Ordinal)))
        {
            actual.Append("# ").Append(name).Append('\n');
            actual.Append(release.Text(name).Split("\r\n")[0]).Append('\n');
        }

        var golden = Path.Combine(AppContext.BaseDirectory, "Releases", "TestData", "published-schema.txt");
        var expected = File.Exists(golden) ? File.ReadAllText(golden) : string.Empty;
        if (expected != actual.ToString())
        {
            var proposal = Path.Combine(Path.GetTempPath(), "published-schema.actual.txt");
            await File.WriteAllTextAsync(proposal, actual.ToString());
            Assert.Fail($"The published schema changed (a MAJOR release). If that is deliberate, copy {proposal} over Releases/TestData/published-schema.txt.");
        }
    }

    private static bool Contains(byte[] haystack, string text) =>
        haystack.AsSpan().IndexOf(Encoding.UTF8.GetBytes(text)) >= 0;
}
