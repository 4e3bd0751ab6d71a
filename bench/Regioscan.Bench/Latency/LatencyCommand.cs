using Regioscan.Bench.Measuring;

namespace Regioscan.Bench.Latency;

/// <summary>
/// <c>latency [--runs R]</c>: how long a typical province upload (Utrecht, 50 activities) takes from file
/// to published release, warm in this process and as a fresh CLI process, with the process-start floor.
/// </summary>
internal static class LatencyCommand
{
    public static async Task<int> RunAsync(int rounds, int seed)
    {
        var cli = RegioscanCli.Locate();
        Console.WriteLine("Machine: " + Machine.Describe());
        Console.WriteLine("CLI:     dotnet " + cli.Dll);
        Console.WriteLine(Machine.Load());
        Console.WriteLine($"One Utrecht (PV26) upload of {LatencySetup.Activities} activities → published release; the store holds all 12 provinces (~{LatencySetup.NationalActivities} activities). {rounds} rounds each.");
        var folder = Directory.CreateTempSubdirectory("regioscan-latency-").FullName;
        try
        {
            var setup = new LatencySetup(folder, seed);
            Console.WriteLine("a. warm, in process (IntakeService.IngestAsync + Publisher.PublishAsync):");
            var warm = await InProcessLatency.RunAsync(setup, folder, rounds);
            Console.WriteLine("b. fresh CLI process (dotnet regioscan.dll process --store S):");
            var fresh = CliLatency.Run(cli, setup, folder, rounds);
            var help = CliLatency.Help(cli, rounds);

            Console.WriteLine();
            Console.WriteLine(Machine.Load());
            Console.WriteLine("                                               median s    max s   peak MiB");
            Console.WriteLine(Row("warm in-process ingest + publish", warm, null));
            Console.WriteLine(Row("fresh `regioscan process`", [.. fresh.Select(r => r.Seconds)], Stats.Median(fresh.Select(r => r.PeakMib))));
            Console.WriteLine(Row("process-start floor `regioscan --help`", [.. help.Select(r => r.Seconds)], Stats.Median(help.Select(r => r.PeakMib))));
            return 0;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string Row(string name, IReadOnlyList<double> seconds, double? peakMib) =>
        $"  {name,-42} {Stats.Median(seconds),9:F3} {seconds.Max(),8:F3} {(peakMib is { } p ? p.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) : "-"),10}";
}
