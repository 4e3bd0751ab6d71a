using System.Diagnostics;
using System.Text.Json;

namespace Regioscan.Bench.Measuring;

/// <summary>
/// The real CLI, run as <c>dotnet regioscan.dll …</c> from its Release build output
/// (src/Regioscan.Cli/bin/Release/net10.0/regioscan.dll). The bench project references the CLI project
/// without its assembly, so <c>dotnet build -c Release</c> of the bench (or of the solution) builds it.
/// </summary>
internal sealed class RegioscanCli
{
    private RegioscanCli(string dll) => Dll = dll;

    public string Dll { get; }

    /// <summary>Finds the Release build of the CLI, or fails saying how to make it.</summary>
    public static RegioscanCli Locate()
    {
        var root = RepositoryRoot();
        var dll = Path.Combine(root, "src", "Regioscan.Cli", "bin", "Release", "net10.0", "regioscan.dll");
        if (!File.Exists(dll))
        {
            throw new FileNotFoundException(
                $"The Release build of the CLI is missing ({dll}). Build it first: dotnet build -c Release {Path.Combine(root, "RegioscanPipeline.sln")}");
        }

        // Each project's sources against its own assembly beside the CLI: a change to Regioscan.Core rebuilds
        // Regioscan.Core.dll but leaves regioscan.dll as it was.
        var folder = Path.GetDirectoryName(dll)!;
        var stale = Directory.EnumerateDirectories(Path.Combine(root, "src"))
            .Select(project => (Sources: project, Assembly: Path.Combine(folder, Path.GetFileName(project) == "Regioscan.Cli" ? "regioscan.dll" : Path.GetFileName(project) + ".dll")))
            .Where(p => File.Exists(p.Assembly))
            .SelectMany(p => Directory.EnumerateFiles(p.Sources, "*.cs", SearchOption.AllDirectories)
                .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                    && File.GetLastWriteTimeUtc(f) > File.GetLastWriteTimeUtc(p.Assembly))
                .Select(f => (Source: f, p.Assembly)))
            .FirstOrDefault();
        if (stale.Source is not null)
        {
            Console.WriteLine($"warning: {Path.GetRelativePath(root, stale.Source)} is newer than {Path.GetRelativePath(root, stale.Assembly)}; rebuild with dotnet build -c Release to measure the current code.");
        }

        return new RegioscanCli(dll);
    }

    public ProcessStartInfo StartInfo(params IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(DotnetHost());
        start.ArgumentList.Add(Dll);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return start;
    }

    /// <summary><c>regioscan process --store S</c>, measured.</summary>
    public ChildRun Process(string store) =>
        ChildProcess.Run(StartInfo("process", "--store", store)).EnsureSuccess("regioscan process --store " + store);

    /// <summary><c>regioscan diff A B --store S --json</c>, measured (the change set is read back to check it is one JSON document).</summary>
    public ChildRun Diff(string store, string from, string to) =>
        ChildProcess.Run(StartInfo("diff", from, to, "--store", store, "--json")).EnsureSuccess($"regioscan diff {from} {to} --store {store}");

    /// <summary>The version releases/latest.json names in a local store, or null before the first release.</summary>
    public static string? LatestVersion(string store) => VersionIn(LatestJson(store));

    /// <summary>The text of releases/latest.json in a local store, or null before the first release.</summary>
    public static string? LatestJson(string store)
    {
        var path = Path.Combine(store, "releases", "latest.json");
        return File.Exists(path) ? File.ReadAllText(path) : null;
    }

    /// <summary>The version a releases/latest.json names, or null for no file.</summary>
    public static string? VersionIn(string? latestJson)
    {
        if (latestJson is null)
        {
            return null;
        }

        using var json = JsonDocument.Parse(latestJson);
        return json.RootElement.GetProperty("version").GetString();
    }

    /// <summary>The folder holding RegioscanPipeline.sln, above this program's build output.</summary>
    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "RegioscanPipeline.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No RegioscanPipeline.sln above {AppContext.BaseDirectory}: run the bench from the repository.");
    }

    /// <summary>The dotnet host running this program when there is one, otherwise <c>dotnet</c> on the PATH.</summary>
    private static string DotnetHost()
    {
        var self = Environment.ProcessPath;
        return self is not null && Path.GetFileNameWithoutExtension(self) == "dotnet" ? self
            : Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host
            : "dotnet";
    }
}
