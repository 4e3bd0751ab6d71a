using System.Diagnostics.CodeAnalysis;
using Azure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Regioscan.Core.Storage;
using Regioscan.Storage;
using Regioscan.Storage.Local;

namespace Regioscan.Cli;

/// <summary>
/// Runs a command body with the pipeline wired on the chosen store, turning infrastructure failures into
/// one clear message on stderr and exit code 2 (no stack traces for users; set REGIOSCAN_DEBUG=1 for them).
/// </summary>
internal static class CommandRunner
{
    public static Task<int> RunAsync(CliConsole console, string? store, Func<IServiceProvider, Task<int>> body) =>
        RunAsync(console, store, StoreAccess.ReadWrite, body);

    public static async Task<int> RunAsync(CliConsole console, string? store, StoreAccess access, Func<IServiceProvider, Task<int>> body)
    {
        IBlobStore? blobs = null;
        try
        {
            var services = new ServiceCollection()
                .AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning))
                .AddRegioscanPipeline(store);
            services.AddSingleton(sp => CatalogSettings.From(sp.GetRequiredService<IBlobStore>(), Environment.GetEnvironmentVariable));
            await using var provider = services.BuildServiceProvider();
            blobs = provider.GetRequiredService<IBlobStore>();
            CheckLocalFolder(blobs, access);
            if (access == StoreAccess.ReadWrite)
            {
                // Locally (a folder, Azurite) missing containers are created; in Azure the infrastructure made
                // them and a denied create is logged by the store and ignored.
                await blobs.EnsureContainersAsync();
            }

            return await body(provider);
        }
        catch (Exception e) when (IsUserFacing(e))
        {
            await console.Error.WriteLineAsync("error: " + e.Message);
            if (Environment.GetEnvironmentVariable("REGIOSCAN_DEBUG") == "1")
            {
                await console.Error.WriteLineAsync(e.ToString());
            }

            return CliApp.UsageError;
        }
    }

    /// <exception cref="IOException">The store's path is a file, or (for a command that only reads) does not exist.</exception>
    private static void CheckLocalFolder(IBlobStore blobs, StoreAccess access)
    {
        if (blobs is not LocalBlobStore local)
        {
            return;
        }

        if (File.Exists(local.Root))
        {
            throw new IOException($"the store {local.Root} is a file, not a folder; check --store / ${BlobStoreFactory.EnvironmentVariable}");
        }

        if (access == StoreAccess.ReadOnly && !Directory.Exists(local.Root))
        {
            throw new IOException($"no store at {local.Root}: the folder does not exist; check --store / ${BlobStoreFactory.EnvironmentVariable}");
        }
    }

    [SuppressMessage("Design", "CA1031", Justification = "The CLI boundary reports every infrastructure failure as exit code 2.")]
    private static bool IsUserFacing(Exception e) => e is not OperationCanceledException
        && e is IOException or UnauthorizedAccessException or TimeoutException or InvalidDataException
            or RequestFailedException or ArgumentException or KeyNotFoundException or FormatException
            or InvalidOperationException or AggregateException or StorageConflictException
            or Azure.Identity.AuthenticationFailedException;
}
