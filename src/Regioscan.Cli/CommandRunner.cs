using System.Diagnostics.CodeAnalysis;
using Azure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Regioscan.Core.Storage;
using Regioscan.Storage;

namespace Regioscan.Cli;

/// <summary>
/// Runs a command body with the pipeline wired on the chosen store, turning infrastructure failures into
/// one clear message on stderr and exit code 2 (no stack traces for users; set REGIOSCAN_DEBUG=1 for them).
/// </summary>
internal static class CommandRunner
{
    public static async Task<int> RunAsync(CliConsole console, string? store, Func<IServiceProvider, Task<int>> body)
    {
        try
        {
            var services = new ServiceCollection()
                .AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning))
                .AddRegioscanPipeline(store);
            services.AddSingleton(sp => CatalogSettings.From(sp.GetRequiredService<IBlobStore>(), Environment.GetEnvironmentVariable));
            await using var provider = services.BuildServiceProvider();

            // Locally (a folder, Azurite) missing containers are created; in Azure the infrastructure made
            // them and a denied create is logged by the store and ignored.
            await provider.GetRequiredService<IBlobStore>().EnsureContainersAsync();
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

    [SuppressMessage("Design", "CA1031", Justification = "The CLI boundary reports every infrastructure failure as exit code 2.")]
    private static bool IsUserFacing(Exception e) => e is not OperationCanceledException
        && e is IOException or UnauthorizedAccessException or TimeoutException or InvalidDataException
            or RequestFailedException or ArgumentException or KeyNotFoundException or FormatException
            or InvalidOperationException or AggregateException or StorageConflictException
            or Azure.Identity.AuthenticationFailedException;
}
