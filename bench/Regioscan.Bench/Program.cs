using System.Globalization;
using Regioscan.Bench;
using Regioscan.Bench.Generator;
using Regioscan.Bench.Latency;
using Regioscan.Bench.Scale;

// See bench/README.md for every mode and what its figures mean.
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture; // figures print the same on every machine
try
{
    var command = new CommandLine(args.Skip(1).ToArray());
    var p = command.Positionals;
    return args.FirstOrDefault() switch
    {
        "generate" when p.Count == 2 => GenerateCommand.Run(
            p[0], CommandLine.ParseCount(p[1]), command.Allow("--seed", "--round", "--validate").Int("--seed", 1), command.Int("--round", 1), command.Has("--validate")),
        "scale" when p.Count <= 1 => ScaleCommand.Run(
            p.Count == 1 ? CommandLine.ParseCounts(p[0]) : [100_000, 1_000_000], command.Allow("--runs", "--seed", "--azurite").Int("--runs", 3), command.Int("--seed", 1), command.Has("--azurite")),
        "latency" when p.Count == 0 => await LatencyCommand.RunAsync(command.Allow("--runs", "--seed").Int("--runs", 10), command.Int("--seed", 1)),
        "duckdb-copy" when p.Count >= 2 => DuckDbCopy.Run(p[0], command.Allow().Positionals.Skip(1).ToArray()),
        "duckdb-formats" when p.Count >= 2 => DuckDbCopy.RunFormats(p[0], command.Allow().Positionals.Skip(1).ToArray()),
        "validate-memory" when p.Count <= 1 => ValidateMemory.Run(command.Allow().Positionals is [var sizes] ? CommandLine.ParseCounts(sizes) : [10_000, 100_000]),
        "validate-file" when p.Count == 1 => ValidateMemory.MeasureOne(command.Allow().Positionals[0]),
        _ => Usage(),
    };
}
catch (Exception e) when (e is ArgumentException or FormatException or OverflowException)
{
    Console.Error.WriteLine("error: " + e.Message);
    return Usage();
}
catch (Exception e) when (e is InvalidOperationException or IOException)
{
    // A child that failed, a missing CLI build, a release that did not appear: the message says which.
    Console.Error.WriteLine("error: " + e.Message);
    return 1;
}

static int Usage()
{
    Console.Error.WriteLine("""
        usage: Regioscan.Bench <mode> …
          generate <dir> <activities> [--seed N] [--round 1|2] [--validate]   12 uploads PV20.csv … PV31.csv
          scale [100000,1000000] [--runs 3] [--seed N] [--azurite]              DuckDB vs the pipeline on the same files
          latency [--runs 10] [--seed N]                                        a 50-activity upload to a published release
          validate-memory [10000,100000]                                        validation memory per upload size
          duckdb-copy <out.parquet> <csv…>  |  duckdb-formats <out-dir> <csv…>  child modes of scale
          validate-file <path>                                                  child mode of validate-memory
        """);
    return 2;
}
