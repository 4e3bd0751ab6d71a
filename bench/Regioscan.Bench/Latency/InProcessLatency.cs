using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Regioscan.Bench.Generator;
using Regioscan.Core.Pipeline;
using Regioscan.Core.Storage;
using Regioscan.Storage;

namespace Regioscan.Bench.Latency;

/// <summary>
/// The pipeline wired as the CLI wires it (<c>AddRegioscanPipeline</c> on a local folder store), kept warm
/// in this process: per round, from the upload file on disk to <c>PublishAsync</c> returning a new version.
/// </summary>
internal static class InProcessLatency
{
    public static async Task<IReadOnlyList<double>> RunAsync(LatencySetup setup, string folder, int rounds)
    {
        var store = Path.Combine(folder, "store-in-process");
        var services = new ServiceCollection()
            .AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning))
            .AddRegioscanPipeline(store);
        await using var provider = services.BuildServiceProvider();
        await provider.GetRequiredService<IBlobStore>().EnsureContainersAsync();
        var intake = provider.GetRequiredService<IntakeService>();
        var publisher = provider.GetRequiredService<Publisher>();

        var clock = Stopwatch.StartNew();
        foreach (var file in setup.Baseline())
        {
            await IngestAsync(intake, file);
        }

        var version = (await PublishAsync(publisher, null)).Version;
        Console.WriteLine($"  in-process setup: 12 first uploads ingested and {version} published in {clock.Elapsed.TotalSeconds:F2} s (untimed)");

        var seconds = new List<double>();
        for (var round = 1; round <= rounds + 1; round++)
        {
            var file = setup.Round(round, Path.Combine(folder, $"PV26-in-process-{round}.csv"));
            clock.Restart();
            await IngestAsync(intake, file);
            version = (await PublishAsync(publisher, version)).Version;
            clock.Stop();
            if (round > 1)
            {
                seconds.Add(clock.Elapsed.TotalSeconds);
            }

            Console.WriteLine($"    {(round == 1 ? "warm-up" : "round " + (round - 1)),-8} {clock.Elapsed.TotalSeconds:F3} s → {version}");
        }

        return seconds;
    }

    private static async Task IngestAsync(IntakeService intake, GeneratedFile file)
    {
        await using var content = new FileStream(file.Path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        var result = await intake.IngestAsync(content, Path.GetFileName(file.Path), file.ProvinceCode);
        if (!result.Accepted || result.AlreadyProcessed)
        {
            throw new InvalidOperationException($"{file.Path} was {(result.Accepted ? "already processed" : "rejected: " + string.Join("; ", result.Report.Errors.Take(3).Select(e => e.Message)))}.");
        }
    }

    /// <summary>Publishes and checks that a new version came out.</summary>
    private static async Task<PublishResult> PublishAsync(Publisher publisher, string? previous)
    {
        var result = await publisher.PublishAsync("latency benchmark");
        return result.Published && result.Version != previous
            ? result
            : throw new InvalidOperationException($"No new release after {previous ?? "nothing"}: {result.Message}");
    }
}
