using Regioscan.Bench.Measuring;
using Regioscan.Bench.Scale;

namespace Regioscan.Bench.Latency;

/// <summary>Per round a new upload in <c>uploads/PV26/</c> and a fresh <c>dotnet regioscan.dll process</c>, start to exit.</summary>
internal static class CliLatency
{
    public static IReadOnlyList<ChildRun> Run(RegioscanCli cli, LatencySetup setup, string folder, int rounds)
    {
        var store = Path.Combine(folder, "store-cli");
        RunStore.CopyUploads(store, setup.Baseline(), "regioscan-baseline.csv");
        var first = cli.Process(store);
        var version = RegioscanCli.LatestVersion(store) ?? throw new InvalidOperationException("The setup published no release.");
        Console.WriteLine($"  CLI setup: 12 first uploads processed and {version} published in {first.Seconds:F2} s, {first.PeakMib:N0} MiB (untimed)");

        var runs = new List<ChildRun>();
        var uploads = Directory.CreateDirectory(Path.Combine(store, "uploads", LatencySetup.Utrecht.Code)).FullName;
        for (var round = 1; round <= rounds; round++)
        {
            setup.Round(round, Path.Combine(uploads, $"regioscan-round{round}.csv"));
            var run = cli.Process(store);
            var latest = RegioscanCli.LatestVersion(store);
            if (latest == version)
            {
                throw new InvalidOperationException($"releases/latest.json still names {version} after round {round}:\n{run.Output}");
            }

            version = latest;
            runs.Add(run);
            Console.WriteLine($"    round {round,-2}  {run.Seconds:F3} s, {run.PeakMib:N0} MiB → {version}");
        }

        return runs;
    }

    /// <summary><c>dotnet regioscan.dll --help</c>: starting the runtime and the CLI, no work.</summary>
    public static IReadOnlyList<ChildRun> Help(RegioscanCli cli, int rounds) =>
        [.. Enumerable.Range(0, rounds).Select(_ => ChildProcess.Run(cli.StartInfo("--help")).EnsureSuccess("regioscan --help"))];
}
