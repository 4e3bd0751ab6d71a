using System.Collections.Concurrent;
using Regioscan.Core.Validation;
using Regioscan.Testing;

namespace Regioscan.Reliability.Tests.Hostile;

/// <summary>Validates corpus files once each (the per-file tests and the table share the results), with a hang guard.</summary>
internal static class CorpusValidation
{
    public static readonly TimeSpan HangLimit = TimeSpan.FromSeconds(60);

    private static readonly ConcurrentDictionary<string, Lazy<Task<ValidationReport>>> Reports = new();
    private static readonly ConcurrentDictionary<string, Lazy<byte[]>> Contents = new();

    public static string CorpusFolder => RepoPaths.InRoot("tests", "Regioscan.Reliability.Tests", "Corpus");

    public static byte[] Bytes(HostileCase item) => Contents.GetOrAdd(item.Name, _ => new Lazy<byte[]>(item.Content)).Value;

    public static Task<ValidationReport> ReportAsync(HostileCase item) =>
        Reports.GetOrAdd(item.Name, _ => new Lazy<Task<ValidationReport>>(() => ValidateAsync(item))).Value;

    /// <summary>The outcome as the table shows it.</summary>
    public static string Outcome(ValidationReport report) =>
        report.Valid
            ? report.Warnings.Count == 0 ? HostileCorpus.Accepted : $"{HostileCorpus.Accepted} ({string.Join(", ", report.Warnings.Select(w => w.Code).Distinct())})"
            : report.Errors[0].Code;

    private static async Task<ValidationReport> ValidateAsync(HostileCase item)
    {
        var bytes = item.Committed ? await File.ReadAllBytesAsync(Path.Combine(CorpusFolder, item.Name)) : Bytes(item);
        var validator = new ScanValidator(ValidationOptions.Default, TimeProvider.System);
        using var stop = new CancellationTokenSource(HangLimit);
        var work = Task.Run(() =>
        {
            using var stream = new MemoryStream(bytes, writable: false);
            return validator.Validate(stream, item.Name, "PV20", stop.Token).Report;
        });
        return await work.WaitAsync(HangLimit + TimeSpan.FromSeconds(5));
    }
}
