using Azure.Identity;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Logging;
using Regioscan.Core.Storage;
using Regioscan.Storage.Azure;
using Regioscan.Storage.Local;

namespace Regioscan.Storage;

/// <summary>Turns a <c>--store</c> value into a store.</summary>
public static class BlobStoreFactory
{
    /// <summary>The environment variable consulted when no store is given.</summary>
    public const string EnvironmentVariable = "REGIOSCAN_STORE";

    /// <summary>The folder used when neither a store nor <see cref="EnvironmentVariable"/> is given.</summary>
    public const string DefaultFolder = "./regioscan-data";

    /// <summary>What a store value can be, for messages about a missing one.</summary>
    public const string WhatToGive = "a folder, an Azure Storage connection string or an account URL (https://<account>.blob.core.windows.net)";

    /// <summary>The message for an empty or blank <c>--store</c>.</summary>
    public const string EmptySpec = $"--store is empty: give {WhatToGive}, or leave --store out for ${EnvironmentVariable} or {DefaultFolder}.";

    /// <summary>
    /// Creates the store that <paramref name="spec"/> names. The rules, in order:
    /// <list type="number">
    /// <item>null: the value of <c>$REGIOSCAN_STORE</c>, or else (the variable not set) the folder <c>./regioscan-data</c>;
    /// an empty or blank value, given or in the variable, is refused: it is what an unset CI variable or secret
    /// becomes, and falling back to a new local folder would let a job "succeed" on the wrong store;</item>
    /// <item><c>UseDevelopmentStorage=true</c>, or a string containing <c>AccountName=</c> or <c>BlobEndpoint=</c>:
    /// an Azure Storage connection string;</item>
    /// <item><c>https://…</c>: an account URL, signed in with <c>DefaultAzureCredential</c> (managed identity,
    /// Azure CLI, environment…), or with the SAS token in its query when it has one;</item>
    /// <item><c>http://…</c>: rejected (credentials must not travel unencrypted; use a connection string for Azurite);</item>
    /// <item>anything else: a folder (the local store), relative to the current directory.</item>
    /// </list>
    /// No network call is made here. Error messages never repeat a connection string (it may hold a key).
    /// </summary>
    /// <param name="spec">The <c>--store</c> value.</param>
    /// <param name="loggerFactory">For the Azure store's warnings; null for none.</param>
    /// <exception cref="ArgumentException">The value is blank, an http URL or a malformed connection string.</exception>
    public static IBlobStore Create(string? spec, ILoggerFactory? loggerFactory = null) =>
        Create(spec, Environment.GetEnvironmentVariable, loggerFactory);

    internal static IBlobStore Create(string? spec, Func<string, string?> environment, ILoggerFactory? loggerFactory)
    {
        var resolved = Resolve(spec, environment);
        if (IsConnectionString(resolved))
        {
            return Azure(FromConnectionString(resolved), loggerFactory);
        }

        if (resolved.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            return Azure(FromAccountUrl(resolved), loggerFactory);
        }

        if (resolved.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException(
                "An account URL must use https. For Azurite, pass a connection string (for example UseDevelopmentStorage=true).", nameof(spec));
        }

        return new LocalBlobStore(resolved);
    }

    /// <summary>The spec after the environment variable and the default are applied.</summary>
    /// <exception cref="ArgumentException">The value, or the variable it falls back to, is set but blank.</exception>
    internal static string Resolve(string? spec, Func<string, string?> environment)
    {
        if (spec is not null)
        {
            return string.IsNullOrWhiteSpace(spec)
                ? throw new ArgumentException(EmptySpec)
                : spec.Trim();
        }

        // Set but empty is not unset (on Windows an empty variable cannot exist, so there it is simply unset).
        return environment(EnvironmentVariable) switch
        {
            null => DefaultFolder,
            var value when string.IsNullOrWhiteSpace(value) => throw new ArgumentException(
                $"${EnvironmentVariable} is set but empty: give it {WhatToGive}, or unset it for {DefaultFolder}."),
            var value => value.Trim(),
        };
    }

    private static bool IsConnectionString(string spec) =>
        spec.Contains("UseDevelopmentStorage=true", StringComparison.OrdinalIgnoreCase)
        || spec.Contains("AccountName=", StringComparison.OrdinalIgnoreCase)
        || spec.Contains("BlobEndpoint=", StringComparison.OrdinalIgnoreCase);

    private static AzureBlobStore Azure(BlobServiceClient client, ILoggerFactory? loggerFactory) =>
        new(client, options: null, loggerFactory?.CreateLogger<AzureBlobStore>());

    private static BlobServiceClient FromConnectionString(string connectionString)
    {
        BlobServiceClient client;
        try
        {
            client = new BlobServiceClient(connectionString, ClientOptions(emulator: false));
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException or InvalidOperationException)
        {
            // ex.Message is safe (the SDK does not quote the string); the string itself is not.
            throw new ArgumentException($"The store looks like an Azure Storage connection string but is not a valid one: {ex.Message}", nameof(connectionString));
        }

        return client.Uri.IsLoopback ? new BlobServiceClient(connectionString, ClientOptions(emulator: true)) : client;
    }

    private static BlobServiceClient FromAccountUrl(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            throw new ArgumentException($"'{url}' is not a valid account URL.", nameof(url));
        }

        var options = ClientOptions(emulator: uri.IsLoopback);
        return uri.Query.Contains("sig=", StringComparison.OrdinalIgnoreCase)
            ? new BlobServiceClient(uri, options)
            : new BlobServiceClient(uri, new DefaultAzureCredential(), options);
    }

    /// <summary>
    /// Client options for stores built here. Retries: the SDK's own policy (exponential, 5 tries) already
    /// covers transient faults, so the store adds none; stacking a second retry on the same faults would only
    /// multiply waits. Races (409/412) are not transient faults: they reach the caller as
    /// <see cref="StorageConflictException"/>. Service version: the SDK's default for real accounts. For an
    /// emulator on this machine the newest version Azurite 3.37 accepts is pinned, so a plain
    /// <c>azurite</c> (without <c>--skipApiVersionCheck</c>) works too.
    /// </summary>
    private static BlobClientOptions ClientOptions(bool emulator) =>
        emulator ? new BlobClientOptions(BlobClientOptions.ServiceVersion.V2026_06_06) : new BlobClientOptions();
}
