using System.Diagnostics;
using DuckDB.NET.Data;
using Regioscan.Cli.Tests.Support;

namespace Regioscan.Cli.Tests.Docs;

/// <summary>
/// The snippets of the guides run against a demo release: <c>```sql duckdb</c> through DuckDB, <c>```python run</c>
/// through Debian's /usr/bin/python3 with pandas and geopandas, from the store folder so that the guides' paths
/// (<c>releases/latest/…</c>) resolve. Only a block marked <c>not-run</c> is left out, and the guide says so.
/// </summary>
[Collection(DemoReleaseForDocs.Name)]
public sealed class GuideSnippetTests(DemoStoreFixture demo)
{
    private const string Python = "/usr/bin/python3";
    private const string Install = "apt-get install -y --no-install-recommends python3-pandas python3-geopandas";

    private static readonly string[] GuideNames = ["consumers.md", "operators.md", "provinces.md"];

    public static TheoryData<string> Guides => new(GuideNames);

    [Theory]
    [MemberData(nameof(Guides))]
    public void Every_sql_and_python_block_is_either_run_or_marked_not_run(string guide)
    {
        foreach (var snippet in Snippets(guide).Where(s => s.Language is "sql" or "python"))
        {
            Assert.True(
                snippet.Marks.Contains("not-run") || (snippet.Language == "sql" && snippet.Marks.Contains("duckdb")) || (snippet.Language == "python" && snippet.Marks.Contains("run")),
                $"{snippet} is neither run (```sql duckdb, ```python run) nor marked not-run");
        }
    }

    [Fact]
    public void The_only_snippet_not_run_is_the_pandas_parquet_one_and_the_guide_says_so()
    {
        var notRun = Assert.Single(GuideNames.SelectMany(Snippets).Where(s => s.Marks.Contains("not-run")).ToList());
        Assert.Contains("read_parquet", notRun.Code, StringComparison.Ordinal);
        Assert.Contains("**not run in the tests**", File.ReadAllText(GuidePath("consumers.md")), StringComparison.Ordinal);
    }

    [Fact]
    public void The_duckdb_snippets_run_against_the_demo_release_and_return_rows()
    {
        var snippets = GuideNames.SelectMany(Snippets).Where(s => s.Language == "sql" && s.Marks.Contains("duckdb")).ToList();
        Assert.True(snippets.Count >= 5, "the consumer guide has DuckDB snippets");
        Assert.True(demo.Demo.ExitCode == 0, demo.Demo.Error);
        foreach (var snippet in snippets)
        {
            var sql = snippet.Code.Replace("'releases/", "'" + demo.Store.Replace("'", "''", StringComparison.Ordinal) + "/releases/", StringComparison.Ordinal);
            using var connection = new DuckDBConnection("DataSource=:memory:");
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            try
            {
                using var reader = command.ExecuteReader();
                var rows = 0;
                while (reader.Read())
                {
                    for (var i = 0; i < reader.FieldCount; i++)
                    {
                        _ = reader.IsDBNull(i) ? null : reader.GetValue(i);
                    }

                    rows++;
                }

                Assert.True(rows > 0, $"{snippet} returned no rows");
            }
            catch (DuckDBException e)
            {
                Assert.Fail($"{snippet} failed: {e.Message}");
            }
        }
    }

    [Fact]
    public async Task The_python_snippets_run_with_debian_pandas_and_geopandas()
    {
        var check = await RunPythonAsync("import pandas, geopandas", Directory.GetCurrentDirectory());
        Assert.True(check.ExitCode == 0, $"{Python} cannot import pandas and geopandas; install Debian's packages: {Install}\n{check.Error}");
        Assert.True(demo.Demo.ExitCode == 0, demo.Demo.Error);

        var snippets = GuideNames.SelectMany(Snippets).Where(s => s.Language == "python" && s.Marks.Contains("run")).ToList();
        Assert.True(snippets.Count >= 2, "the consumer guide has pandas and geopandas snippets");
        foreach (var snippet in snippets)
        {
            var run = await RunPythonAsync(snippet.Code, demo.Store);
            Assert.True(run.ExitCode == 0, $"{snippet} failed:\n{run.Error}");
            Assert.False(string.IsNullOrWhiteSpace(run.Output), $"{snippet} printed nothing");
        }
    }

    private static IReadOnlyList<Snippet> Snippets(string guide) => Snippet.In(guide, File.ReadAllText(GuidePath(guide)));

    private static string GuidePath(string guide)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "RegioscanPipeline.sln")))
            {
                return Path.Combine(dir.FullName, "docs", guide);
            }
        }

        throw new InvalidOperationException("RegioscanPipeline.sln not found above " + AppContext.BaseDirectory);
    }

    private static async Task<(int ExitCode, string Output, string Error)> RunPythonAsync(string code, string workingDirectory)
    {
        if (!File.Exists(Python))
        {
            Assert.Fail($"{Python} is missing; install Debian's python3 with {Install}");
        }

        var start = new ProcessStartInfo(Python, ["-"])
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        await process.StandardInput.WriteAsync(code);
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await error);
    }
}
