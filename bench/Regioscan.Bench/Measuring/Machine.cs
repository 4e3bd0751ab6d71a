using System.Runtime.InteropServices;

namespace Regioscan.Bench.Measuring;

/// <summary>One line about the machine the figures come from.</summary>
internal static class Machine
{
    public static string Describe()
    {
        var cpu = Read("/proc/cpuinfo", "model name");
        var memory = Read("/proc/meminfo", "MemTotal");
        var configuration =
#if DEBUG
            "Debug (measure with -c Release)";
#else
            "Release";
#endif
        return $"{Environment.ProcessorCount} logical CPUs{(cpu is null ? string.Empty : " (" + cpu + ")")}, " +
            $"{(memory is null ? "?" : memory)} RAM, {RuntimeInformation.OSDescription}, .NET {Environment.Version}, bench built {configuration}";
    }

    /// <summary>The load averages (1, 5, 15 minutes): other work on a shared machine makes figures noisy.</summary>
    public static string Load()
    {
        try
        {
            return "load average " + string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
        }
        catch (IOException)
        {
            return "load average unknown";
        }
    }

    private static string? Read(string path, string key)
    {
        try
        {
            var line = File.ReadLines(path).FirstOrDefault(l => l.StartsWith(key, StringComparison.Ordinal));
            return line?[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim();
        }
        catch (IOException)
        {
            return null;
        }
    }
}
