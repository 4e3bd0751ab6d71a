using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Azure.Storage.Blobs;

namespace Regioscan.Testing;

/// <summary>
/// A running Azurite (Blob and Queue Storage emulator) for integration tests. <c>./test.sh</c> starts one
/// and passes its connection string in <c>REGIOSCAN_TEST_AZURITE</c>; without it (a test run from an IDE)
/// the fixture starts its own from <c>tools/azurite</c> on free loopback ports, in memory, and kills it by
/// process id on dispose (Azurite may ignore SIGTERM). Use it as an xunit class or collection fixture.
/// </summary>
public sealed class AzuriteFixture : IDisposable
{
    /// <summary>The environment variable holding the connection string of an Azurite started outside the tests.</summary>
    public const string EnvironmentVariable = "REGIOSCAN_TEST_AZURITE";

    // Azurite's well-known development account key: public, not a secret.
    private const string DevelopmentAccountKey =
        "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private readonly Process? _process;
    private readonly string? _location;

    /// <summary>Uses the Azurite named by <see cref="EnvironmentVariable"/>, or starts one.</summary>
    public AzuriteFixture()
    {
        var external = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(external))
        {
            ConnectionString = external;
            return;
        }

        _location = Path.Combine(Path.GetTempPath(), $"regioscan-azurite-{Guid.NewGuid():N}");
        Directory.CreateDirectory(_location);
        (_process, ConnectionString) = Start(_location, inMemory: true);
    }

    private AzuriteFixture(string location)
    {
        _location = location;
        Directory.CreateDirectory(_location);
        (_process, ConnectionString) = Start(_location, inMemory: false);
    }

    /// <summary>
    /// Starts an Azurite of its own that keeps its data on disk in <paramref name="location"/> (removed on dispose),
    /// for more data than fits in memory, such as the benchmark's releases of a million activities.
    /// </summary>
    public static AzuriteFixture StartOnDisk(string location) => new(location);

    /// <summary>The connection string (development account, Blob and Queue endpoints).</summary>
    public string ConnectionString { get; }

    /// <summary>True when this fixture started Azurite itself (and will kill it).</summary>
    public bool OwnsProcess => _process is not null;

    /// <summary>The process id of the Azurite this fixture started, or null when it uses one started outside.</summary>
    public int? ProcessId => _process?.Id;

    /// <summary>A client on the emulator's Blob endpoint, with the SDK's default options unless given.</summary>
    public BlobServiceClient CreateBlobServiceClient(BlobClientOptions? options = null) =>
        new(ConnectionString, options ?? new BlobClientOptions());

    /// <summary>Kills the Azurite this fixture started (SIGKILL by process id) and removes its folder.</summary>
    public void Dispose()
    {
        if (_process is not null)
        {
            Kill(_process);
            _process.Dispose();
        }

        if (_location is not null)
        {
            try
            {
                Directory.Delete(_location, recursive: true);
            }
            catch (IOException)
            {
                // A temp folder left behind is harmless.
            }
        }
    }

    private static (Process Process, string ConnectionString) Start(string location, bool inMemory)
    {
        var executable = RepoPaths.InRoot("tools", "azurite", "node_modules", ".bin", "azurite");
        if (!File.Exists(executable))
        {
            throw new InvalidOperationException(
                $"Azurite is not installed ({executable} is missing): run ./test.sh or `npm ci` in tools/azurite.");
        }

        var (blobPort, queuePort, tablePort) = FreePorts();
        var start = new ProcessStartInfo(executable)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,

            // In memory, Azurite refuses --location: then a private working folder catches any stray file.
            WorkingDirectory = location,
        };
        string[] persistence = inMemory ? ["--inMemoryPersistence"] : ["--location", location];
        foreach (var argument in (string[])
        [
            "--silent", "--skipApiVersionCheck", .. persistence,
            "--blobHost", "127.0.0.1", "--blobPort", $"{blobPort}",
            "--queueHost", "127.0.0.1", "--queuePort", $"{queuePort}",
            "--tableHost", "127.0.0.1", "--tablePort", $"{tablePort}",
        ])
        {
            start.ArgumentList.Add(argument);
        }

        var output = new ConcurrentQueue<string>();
        var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {executable}.");
        process.OutputDataReceived += (_, e) => Keep(output, e.Data);
        process.ErrorDataReceived += (_, e) => Keep(output, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        // Should the test host end without disposing fixtures, Azurite must not outlive it.
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Kill(process);

        var waited = Stopwatch.StartNew();
        while (!(Listening(blobPort) && Listening(queuePort)))
        {
            if (process.HasExited || waited.Elapsed > StartTimeout)
            {
                Kill(process);
                throw new InvalidOperationException(
                    $"Azurite did not start within {StartTimeout.TotalSeconds:0} s (exit code {(process.HasExited ? process.ExitCode : "none")}):\n" +
                    string.Join('\n', output));
            }

            Thread.Sleep(100);
        }

        var connectionString =
            "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;" +
            $"AccountKey={DevelopmentAccountKey};" +
            $"BlobEndpoint=http://127.0.0.1:{blobPort}/devstoreaccount1;" +
            $"QueueEndpoint=http://127.0.0.1:{queuePort}/devstoreaccount1;";
        return (process, connectionString);
    }

    private static void Keep(ConcurrentQueue<string> output, string? line)
    {
        if (line is not null && output.Count < 200)
        {
            output.Enqueue(line);
        }
    }

    private static (int Blob, int Queue, int Table) FreePorts()
    {
        // All three listeners stay open until every port is chosen, so no port is handed out twice.
        var listeners = Enumerable.Range(0, 3).Select(_ => new TcpListener(IPAddress.Loopback, 0)).ToArray();
        try
        {
            foreach (var listener in listeners)
            {
                listener.Start();
            }

            var ports = listeners.Select(l => ((IPEndPoint)l.LocalEndpoint).Port).ToArray();
            return (ports[0], ports[1], ports[2]);
        }
        finally
        {
            foreach (var listener in listeners)
            {
                listener.Stop();
            }
        }
    }

    private static bool Listening(int port)
    {
        try
        {
            using var client = new TcpClient();
            client.Connect(IPAddress.Loopback, port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static void Kill(Process process)
    {
        try
        {
            // Process.Kill sends SIGKILL on Unix.
            process.Kill(entireProcessTree: true);
            process.WaitForExit(5000);
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }
}
