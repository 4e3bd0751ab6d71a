using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;
using Azure;
using Azure.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Regioscan.Core.Storage;
using Regioscan.Storage;
using Regioscan.Storage.Azure;
using Regioscan.Storage.Local;

namespace Regioscan.Cli;

/// <summary>
/// Runs a command body with the pipeline wired on the chosen store, turning infrastructure failures into
/// one clear message on stderr and exit code 2 (no stack traces for users; set REGIOSCAN_DEBUG=1 for them).
/// </summary>
internal static partial class CommandRunner
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
            await CheckAccountAsync(blobs, access);
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
            return await FailAsync(console, Unreachable(e, blobs) ?? Denied(e, blobs) ?? NoSuchAccount(e, blobs) ?? SignInFailed(e, blobs) ?? e.Message, e);
        }
    }

    /// <summary>
    /// Writes <c>error: {message}</c> to stderr, and with <c>REGIOSCAN_DEBUG=1</c> the exception with its stack trace.
    /// Returns <see cref="CliApp.UsageError"/>.
    /// </summary>
    public static async Task<int> FailAsync(CliConsole console, string message, Exception e)
    {
        await console.Error.WriteLineAsync("error: " + message);
        if (Environment.GetEnvironmentVariable("REGIOSCAN_DEBUG") == "1")
        {
            await console.Error.WriteLineAsync(e.ToString());
        }

        return CliApp.UsageError;
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

    /// <summary>
    /// For a command that only reads, an account without the pipeline's <c>releases</c> container is an error, as a
    /// missing folder is: a mistyped account name must not look like an empty store. Commands that write create the
    /// containers (<see cref="IBlobStore.EnsureContainersAsync"/>), so a first run on a new account works.
    /// </summary>
    /// <exception cref="IOException">The account has no <c>releases</c> container.</exception>
    private static async Task CheckAccountAsync(IBlobStore blobs, StoreAccess access)
    {
        if (access == StoreAccess.ReadOnly && blobs is AzureBlobStore azure && await azure.ContainerExistsAsync(Containers.Releases) == false)
        {
            throw new IOException(
                $"no store at {azure.Description}: the account has no '{Containers.Releases}' container (nothing was published there); "
                + $"check the account in --store / ${BlobStoreFactory.EnvironmentVariable}");
        }
    }

    /// <summary>
    /// The message for a store that refused the request (401/403): the SDK's own is some 25 lines of request, response
    /// XML and headers. Says whether the credential itself failed (a wrong key, an expired SAS, an identity that cannot
    /// sign in, or in Azure a network rule) or is valid but may not do this (a role or SAS without the permission).
    /// Null when <paramref name="e"/> is something else.
    /// </summary>
    internal static string? Denied(Exception e, IBlobStore? blobs)
    {
        var refused = FirstOf(e) as RequestFailedException;
        if (blobs is null || refused is not { Status: 401 or 403 })
        {
            return null;
        }

        var status = $"{refused.Status} {refused.ErrorCode ?? "no error code"}";
        return refused.ErrorCode is "AuthorizationPermissionMismatch" or "AuthorizationResourceTypeMismatch" or "AuthorizationServiceMismatch"
                or "InsufficientAccountPermissions"
            ? $"the store {blobs.Description} refused access: not authorized ({status}): give the signed-in identity a Storage Blob Data "
                + "Contributor role on the account (Reader is enough for releases and diff), or use a SAS that allows read, write, list and delete"
            : $"the store {blobs.Description} refused access: authentication failed ({status}): check the account key or SAS token "
                + $"(expiry, permissions) in --store / ${BlobStoreFactory.EnvironmentVariable}, or the signed-in identity and its Storage Blob "
                + "Data role, and that the account's network rules admit this machine";
    }

    /// <summary>The exception itself, or the first of an <see cref="AggregateException"/> (the SDK's retries, Task.WhenAll).</summary>
    private static Exception? FirstOf(Exception e) => e is AggregateException aggregate ? aggregate.InnerExceptions.FirstOrDefault() : e;

    /// <summary>
    /// The message for an endpoint that answers but has no such account (404 <c>ResourceNotFound</c>, not a missing
    /// container or blob): a mistyped account name in a connection string with its own <c>BlobEndpoint</c>, as Azurite's
    /// are (in Azure a mistyped account name has no address and cannot be reached). The SDK's own message is some 25
    /// lines of request, response XML and headers. Null when <paramref name="e"/> is something else.
    /// </summary>
    internal static string? NoSuchAccount(Exception e, IBlobStore? blobs) =>
        blobs is not null
        && FirstOf(e) is RequestFailedException { Status: 404, ErrorCode: "ResourceNotFound" }
            ? $"no store at {blobs.Description}: the endpoint answers, but has no such account (404 ResourceNotFound); check the account "
                + $"name in --store / ${BlobStoreFactory.EnvironmentVariable}"
            : null;

    /// <summary>
    /// The message for an account URL whose sign-in failed before any request was sent: no credential was available to
    /// <c>DefaultAzureCredential</c> (<see cref="CredentialUnavailableException"/>) or the one it found failed. The SDK's
    /// own message is a line per credential tried, each with a link; here it becomes one line naming the store and what to
    /// set up. Null when <paramref name="e"/> is something else.
    /// </summary>
    internal static string? SignInFailed(Exception e, IBlobStore? blobs)
    {
        if (blobs is null || FirstOf(e) is not AuthenticationFailedException failed)
        {
            return null;
        }

        var reasons = TroubleshootingLink().Replace(failed.Message, string.Empty)
            .Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.TrimStart('-', ' ').TrimEnd('.', ' '))
            .Where(line => line.Length > 0);
        var what = failed is CredentialUnavailableException ? "no Azure credential is available" : "signing in to Azure failed";

        // A service principal that was set up and failed needs checking, not setting up.
        var servicePrincipal = failed is not CredentialUnavailableException
            && (failed.Message.Contains("ClientSecretCredential", StringComparison.Ordinal)
                || failed.Message.Contains("EnvironmentCredential authentication failed", StringComparison.Ordinal));
        var how = servicePrincipal
            ? "check the service principal that AZURE_TENANT_ID, AZURE_CLIENT_ID and AZURE_CLIENT_SECRET name (the tenant, and whether "
                + "its secret has expired) and that this machine reaches login.microsoftonline.com"
            : "sign in with 'az login', run where a managed identity is assigned (AZURE_CLIENT_ID names a user-assigned one), or set "
                + "AZURE_TENANT_ID, AZURE_CLIENT_ID and AZURE_CLIENT_SECRET for a service principal";
        return $"the store {blobs.Description} could not sign in: {what} ({string.Join("; ", reasons)}): {how}; or give a SAS URL or a "
            + $"connection string in --store / ${BlobStoreFactory.EnvironmentVariable}";
    }

    /// <summary>
    /// The SDK's pointer to its troubleshooting guide, which each credential's message ends with, and its advice on its
    /// own retry settings after a sign-in that could not reach the identity provider.
    /// </summary>
    [GeneratedRegex(@"\s*See the troubleshooting guide for more information\.\s*https://\S+|\s*Retry settings can be adjusted in ClientOptions\.Retry or by configuring a custom retry policy in ClientOptions\.RetryPolicy\.")]
    private static partial Regex TroubleshootingLink();

    /// <summary>
    /// The message for a store that never answered: the SDK's own ("Retry failed after 6 tries. Retry settings can be
    /// adjusted in ClientOptions.Retry …", then every attempt's error) is about its client, not about what to check.
    /// Null when <paramref name="e"/> is something else (a store that answered, if only with an error).
    /// </summary>
    internal static string? Unreachable(Exception e, IBlobStore? blobs)
    {
        // Without a response the SDK reports status 0; after its retries, one such error per try in an AggregateException.
        var tries = e is AggregateException aggregate ? aggregate.InnerExceptions.ToArray() : [e];
        if (blobs is null || tries.Length == 0 || !tries.All(t => t is RequestFailedException { Status: 0 }))
        {
            return null;
        }

        var cause = tries[^1];
        while (cause.InnerException is not null)
        {
            cause = cause.InnerException;
        }

        var reason = cause.Message.Trim().TrimEnd('.');
        reason = reason.Length == 0 ? "no response" : char.ToLowerInvariant(reason[0]) + reason[1..];
        var count = tries.Length == 1 ? string.Empty : $", {tries.Length} tries";
        return $"the store {blobs.Description} could not be reached ({reason}{count}): check the connection string / that Azurite or the account is up";
    }

    [SuppressMessage("Design", "CA1031", Justification = "The CLI boundary reports every infrastructure failure as exit code 2.")]
    private static bool IsUserFacing(Exception e) => e is not OperationCanceledException
        && e is IOException or UnauthorizedAccessException or TimeoutException or InvalidDataException
            or RequestFailedException or ArgumentException or KeyNotFoundException or FormatException
            or InvalidOperationException or AggregateException or StorageConflictException
            or AuthenticationFailedException;
}
