using System.Globalization;
using System.Text;
using Regioscan.Reliability.Tests.Support;
using Xunit.Abstractions;

namespace Regioscan.Reliability.Tests.Hostile;

/// <summary>Every file of the hostile corpus gets its specific error or a safe acceptance: no exception, no hang.</summary>
public sealed class HostileInputTests(ITestOutputHelper output)
{
    public static TheoryData<string> Names => [.. HostileCorpus.Cases.Select(c => c.Name)];

    [Theory]
    [MemberData(nameof(Names))]
    public async Task A_hostile_file_gets_its_specific_error_or_is_safely_accepted(string name)
    {
        var item = HostileCorpus.Cases.Single(c => c.Name == name);
        var report = await CorpusValidation.ReportAsync(item);
        foreach (var issue in report.Errors.Concat(report.Warnings).Take(5))
        {
            output.WriteLine($"{issue.Code} row {issue.Row} {issue.Column}: {issue.Message}");
        }

        Assert.Equal(item.Expected, report.Valid ? HostileCorpus.Accepted : report.Errors[0].Code);
        if (item.Expected == HostileCorpus.Accepted)
        {
            Assert.Equal(1, report.Rows);
        }
    }

    [Fact]
    public void The_corpus_has_at_least_forty_files_with_distinct_names() =>
        Assert.True(HostileCorpus.Cases.Select(c => c.Name).Distinct().Count() is var n && n == HostileCorpus.Cases.Count && n >= 40, $"{HostileCorpus.Cases.Count} files");

    [Fact]
    public void The_committed_corpus_files_are_the_generated_ones()
    {
        var update = Environment.GetEnvironmentVariable("REGIOSCAN_UPDATE_GOLDEN") == "1";
        Directory.CreateDirectory(CorpusValidation.CorpusFolder);
        foreach (var item in HostileCorpus.Cases.Where(c => c.Committed))
        {
            var path = Path.Combine(CorpusValidation.CorpusFolder, item.Name);
            var expected = CorpusValidation.Bytes(item);
            if (update)
            {
                File.WriteAllBytes(path, expected);
            }

            Assert.True(File.Exists(path), $"{path} is missing: REGIOSCAN_UPDATE_GOLDEN=1 writes it");
            Assert.True(expected.AsSpan().SequenceEqual(File.ReadAllBytes(path)), $"{item.Name} differs from its generator");
        }
    }

    [Fact]
    public async Task The_table_of_hostile_inputs_in_the_reliability_document_is_the_corpus_validated()
    {
        var table = new StringBuilder("| file | what is wrong | size | outcome | message (first issue) |\n|---|---|---:|---|---|\n");
        foreach (var item in HostileCorpus.Cases)
        {
            var report = await CorpusValidation.ReportAsync(item);
            var first = report.Errors.Concat(report.Warnings).FirstOrDefault();
            var message = first is null ? "" : HostileCorpus.Printable(first.Message).Replace("\n", " ", StringComparison.Ordinal);
            table.Append(CultureInfo.InvariantCulture,
                $"| `{item.Name}`{(item.Committed ? "" : " (generated)")} | {item.What} | {Size(CorpusValidation.Bytes(item).Length)} | `{CorpusValidation.Outcome(report)}` | {message} |\n");
        }

        DocSection.AssertMatches("hostile-inputs", table.ToString());
    }

    private static string Size(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} B",
        < 1 << 20 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0.#} KiB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1048576.0:0.#} MiB"),
    };
}
