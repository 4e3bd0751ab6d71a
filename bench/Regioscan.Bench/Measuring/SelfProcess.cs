using System.Diagnostics;

namespace Regioscan.Bench.Measuring;

/// <summary>Starts this bench program again as a child (for a mode whose memory must be its own).</summary>
internal static class SelfProcess
{
    public static ProcessStartInfo StartInfo(params IEnumerable<string> arguments)
    {
        var self = Environment.ProcessPath ?? throw new InvalidOperationException("No process path.");
        var start = new ProcessStartInfo(self);
        if (Path.GetFileNameWithoutExtension(self) == "dotnet")
        {
            start.ArgumentList.Add(typeof(SelfProcess).Assembly.Location);
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return start;
    }
}
