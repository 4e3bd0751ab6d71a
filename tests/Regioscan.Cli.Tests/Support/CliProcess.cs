using System.Diagnostics;

namespace Regioscan.Cli.Tests.Support;

/// <summary>
/// Runs the built <c>regioscan</c> in a child process, for what belongs to a process (its environment variables, its
/// current folder) and so cannot be changed in-process while other tests run side by side.
/// </summary>
internal static class CliProcess
{
    public static async Task<CliRun> RunAsync(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "regioscan.dll"), .. args])
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return new CliRun(process.ExitCode, await output, error);
    }
}
