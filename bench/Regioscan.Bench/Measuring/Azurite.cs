using Regioscan.Testing;

namespace Regioscan.Bench.Measuring;

/// <summary>
/// A fresh Azurite (the tests' emulator, <see cref="AzuriteFixture"/>, from <c>tools/azurite</c>) keeping its data on
/// disk in a folder of its own; stopped and its folder deleted when disposed. It runs on the same machine as what it
/// serves, so its own processor time and memory are measured too.
/// </summary>
internal sealed class Azurite(AzuriteFixture fixture) : IDisposable
{
    private readonly int _pid = fixture.ProcessId ?? throw new InvalidOperationException("Azurite was not started by the bench.");

    /// <summary>The connection string of its development account (what <c>regioscan --store</c> takes).</summary>
    public string ConnectionString => fixture.ConnectionString;

    /// <summary>Its processor time so far, user and system.</summary>
    public double ProcessorSeconds => ProcFs.ProcessorTicks(_pid) / ProcFs.UserHz;

    /// <summary>Its peak resident memory so far.</summary>
    public double PeakMib => ProcFs.PeakBytes(_pid) / 1048576.0;

    /// <summary>Starts Azurite with its data in <paramref name="folder"/> (made empty first) and waits until it answers.</summary>
    public static Azurite Start(string folder)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        return new Azurite(AzuriteFixture.StartOnDisk(folder));
    }

    /// <inheritdoc />
    public void Dispose() => fixture.Dispose();
}
