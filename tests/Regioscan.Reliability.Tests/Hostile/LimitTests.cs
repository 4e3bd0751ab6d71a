using System.Globalization;
using Regioscan.Core.Validation;
using Regioscan.Reliability.Tests.Support;
using Regioscan.Testing;
using Xunit.Abstractions;

namespace Regioscan.Reliability.Tests.Hostile;

/// <summary>The size limits hold without reading a huge upload whole, and large inputs within them stay within bounded memory.</summary>
[Collection(MemoryGroup.Name)]
public sealed class LimitTests(ITestOutputHelper output)
{
    private const long HalfGigabyte = 500L * 1000 * 1000;

    private static readonly ScanValidator Default = new(ValidationOptions.Default, TimeProvider.System);

    [Fact]
    public void A_500_MB_file_over_a_lowered_size_limit_is_rejected_before_a_byte_is_read()
    {
        using var folder = new TempDirectory("huge");
        var path = SparseFile(folder);
        using var content = new CountingStream(File.OpenRead(path), seekable: true);
        var report = new ScanValidator(new ValidationOptions { MaxFileBytes = 100L << 20 }, TimeProvider.System).Validate(content, "huge.csv", "PV20").Report;

        Assert.Equal(ErrorCodes.FileTooLarge, report.Errors.Single().Code);
        Assert.Equal(0, content.BytesRead);
        output.WriteLine($"{report.Errors[0].Message} (bytes read: {content.BytesRead})");
    }

    [Fact]
    public void A_500_MB_file_of_a_header_and_zeros_is_rejected_with_the_default_limits_after_reading_its_first_64_KiB()
    {
        using var folder = new TempDirectory("huge");
        var path = SparseFile(folder);
        using var content = new CountingStream(File.OpenRead(path), seekable: false);
        var report = Default.Validate(content, "huge.csv", "PV20").Report;

        Assert.Equal(ErrorCodes.UnsupportedFormat, report.Errors.Single().Code);
        Assert.True(content.BytesRead <= 64 * 1024, $"read {content.BytesRead} bytes");
        output.WriteLine($"{report.Errors[0].Message} (bytes read: {content.BytesRead})");
    }

    [Fact]
    public void A_streamed_500_MB_scan_stops_at_a_lowered_size_limit_in_bounded_memory()
    {
        var row = string.Join(',', ScanCsv.Header.Select(h => ScanCsv.Quote(ScanCsv.ValidRow()[h]))) + "\r\n";
        var rows = HalfGigabyte / row.Length;
        using var content = new GeneratedStream(string.Join(',', ScanCsv.Header) + "\r\n", rows, i => row.Replace("A1,Activiteit 1", $"A{i},Activiteit {i}", StringComparison.Ordinal));
        using var memory = new PeakMemory();
        var report = new ScanValidator(new ValidationOptions { MaxFileBytes = 16L << 20 }, TimeProvider.System).Validate(content, "huge.csv", "PV20").Report;

        Assert.Equal(ErrorCodes.FileTooLarge, report.Errors[0].Code);
        Assert.True(content.BytesProduced <= (17L << 20), $"read {content.BytesProduced} bytes");
        Assert.True(memory.PeakMiB < 256, $"peak heap {memory.PeakMiB} MiB");
        output.WriteLine($"stopped after {content.BytesProduced:N0} of {rows * row.Length:N0} bytes; peak heap +{memory.PeakMiB} MiB; {report.Errors[0].Message}");
    }

    [Fact]
    public void A_million_tiny_rows_are_read_within_the_row_limit_in_bounded_memory()
    {
        // Only the required columns; each row its own activity (1 million activities of one initiative).
        string[] columns = ["initiatief_naam", "provincie", "werkgebied", "aanbieders", "activiteit_naam", "activiteit_type", "doelgroep", "digitaliseringsvorm", "knelpunten"];
        using var content = new GeneratedStream(string.Join(',', columns) + "\n", 1_000_000,
            i => string.Create(CultureInfo.InvariantCulture, $"W,PV20,lokaal,rijk,{i},advies,zzp,ai,tijd\n"));
        using var memory = new PeakMemory();
        var result = Default.Validate(content, "million.csv", "PV20");

        output.WriteLine($"{content.BytesProduced:N0} bytes, {result.Report.Rows:N0} rows, valid={result.Report.Valid}, errors={result.Report.Errors.Count}, peak heap +{memory.PeakMiB} MiB");
        Assert.True(result.Report.Valid, string.Join("; ", result.Report.Errors.Take(3).Select(e => e.Message)));
        Assert.Equal(1_000_000, result.Report.Rows);
        Assert.Equal(1_000_000, result.Scan!.Activities.Count);
        Assert.True(memory.PeakMiB < 1536, $"peak heap {memory.PeakMiB} MiB");
    }

    [Fact]
    public void Two_hundred_thousand_rows_with_an_error_each_are_all_reported_in_bounded_memory()
    {
        // Every issue is reported (no cap, by design): the report grows with the errors, about 0.7 KiB each.
        string[] columns = ["initiatief_naam", "provincie", "werkgebied", "aanbieders", "activiteit_naam", "activiteit_type", "doelgroep", "digitaliseringsvorm", "knelpunten"];
        using var content = new GeneratedStream(string.Join(',', columns) + "\n", 200_000,
            i => string.Create(CultureInfo.InvariantCulture, $"W,PV20,lokaal,rijk,{i},advies,zzp,ai,geen-code\n"));
        using var memory = new PeakMemory();
        var result = Default.Validate(content, "many-errors.csv", "PV20");

        output.WriteLine($"{content.BytesProduced:N0} bytes, {result.Report.Rows:N0} rows, errors={result.Report.Errors.Count:N0}, peak heap +{memory.PeakMiB} MiB");
        Assert.Equal(200_000, result.Report.Errors.Count(e => e.Code == ErrorCodes.UnknownCode));
        Assert.True(memory.PeakMiB < 512, $"peak heap {memory.PeakMiB} MiB");
    }

    /// <summary>A 500 MB file that takes no disk space: a CSV header, then a hole the file system fills with zeros.</summary>
    private static string SparseFile(TempDirectory folder)
    {
        var path = folder.Combine("huge.csv");
        using var file = File.Create(path);
        file.Write(System.Text.Encoding.UTF8.GetBytes(string.Join(',', ScanCsv.Header) + "\r\n"));
        file.SetLength(HalfGigabyte);
        return path;
    }
}
