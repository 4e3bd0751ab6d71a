using System.Diagnostics.Tracing;
using System.Text.RegularExpressions;
using Azure.Core.Diagnostics;
using Microsoft.Extensions.Logging;
using Regioscan.Core.Demo;
using Regioscan.Core.Storage;
using Regioscan.Reliability.Tests.Support;
using Regioscan.Storage;
using Regioscan.Storage.Azure;
using Regioscan.Testing;
using Xunit.Abstractions;

namespace Regioscan.Reliability.Tests.Access;

/// <summary>
/// Nothing secret in logs or outputs: a run on Azurite with faults (so warnings and failures are logged too) is
/// recorded, the Azure SDK's own event log included; the account key and the connection string appear nowhere.
/// </summary>
[Collection(AzuriteGroup.Name)]
public sealed partial class SecretTests(AzuriteFixture azurite, ITestOutputHelper output)
{
    [GeneratedRegex("AccountKey=([^;]+)")]
    private static partial Regex AccountKey();

    [Fact]
    public void The_description_of_an_azure_store_never_holds_the_key()
    {
        var key = AccountKey().Match(azurite.ConnectionString).Groups[1].Value;
        var store = BlobStoreFactory.Create(azurite.ConnectionString);

        Assert.DoesNotContain(key, store.Description, StringComparison.Ordinal);
        Assert.DoesNotContain("AccountKey", store.Description, StringComparison.OrdinalIgnoreCase);
        Assert.StartsWith("Azure Blob Storage http://127.0.0.1:", store.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Logs_errors_and_stored_files_of_a_run_with_faults_hold_neither_the_key_nor_the_connection_string()
    {
        var key = AccountKey().Match(azurite.ConnectionString).Groups[1].Value;
        Assert.NotEmpty(key);
        var logs = new RecordingLoggerProvider();
        var sdk = new List<string>();
        using var listener = new AzureEventSourceListener((e, message) =>
        {
            lock (sdk)
            {
                sdk.Add(message);
            }
        }, EventLevel.Verbose);
        using var loggerFactory = LoggerFactory.Create(b => b.AddProvider(logs).SetMinimumLevel(LogLevel.Trace));
        var prefix = UniqueNames.ContainerPrefix();
        var faults = new FaultInjectionPolicy(seed: 11, rate: 0.3, TimeSpan.FromSeconds(30));
        var errors = new List<string>();
        try
        {
            var store = new AzureBlobStore(azurite.CreateBlobServiceClient(AzuriteStores.ClientOptions(faults)),
                new AzureBlobStoreOptions { ContainerPrefix = prefix, LockLeaseDuration = TimeSpan.FromSeconds(15) }, loggerFactory.CreateLogger<AzureBlobStore>());
            await store.EnsureContainersAsync();
            using var pipeline = new TestPipeline(store, logs);
            foreach (var upload in Samples.Demo.FirstRound.Take(3))
            {
                await pipeline.UploadAsync(Samples.BlobName(upload), upload.Content);
            }

            await pipeline.UploadAsync("misplaced.csv", "not a scan"u8.ToArray());
            faults.Enabled = true;
            for (var attempt = 0; attempt < 3; attempt++)
            {
                try
                {
                    await pipeline.Processor.ProcessAllAsync("secrets test");
                }
                catch (Exception e)
                {
                    errors.Add(e.ToString());
                }
            }

            faults.Enabled = false;
            await pipeline.Processor.ProcessAllAsync("secrets test, fault-free");

            var stored = new List<string>();
            foreach (var container in Containers.All)
            {
                await foreach (var blob in store.ListAsync(container))
                {
                    if (blob.Name.EndsWith(".json", StringComparison.Ordinal) || blob.Name.EndsWith(".csv", StringComparison.Ordinal) || blob.Name.EndsWith(".md", StringComparison.Ordinal))
                    {
                        var content = await store.ReadAsync(container, blob.Name);
                        stored.Add(System.Text.Encoding.UTF8.GetString(content!.Content.Span));
                    }
                }
            }

            var everything = logs.Lines.Concat(sdk).Concat(errors).Concat(stored).ToList();
            output.WriteLine($"{logs.Lines.Count} log lines, {sdk.Count} SDK events, {errors.Count} failed runs, {stored.Count} stored text files, {faults.Total} faults");
            Assert.True(logs.Lines.Count > 10 && sdk.Count > 100, "the run must have logged");
            Assert.DoesNotContain(everything, text => text.Contains(key, StringComparison.Ordinal));
            Assert.DoesNotContain(everything, text => text.Contains(azurite.ConnectionString, StringComparison.Ordinal));
            Assert.DoesNotContain(everything, text => text.Contains("AccountKey=", StringComparison.OrdinalIgnoreCase));
            Assert.DoesNotContain(everything, text => text.Contains("SharedKey devstoreaccount1:", StringComparison.Ordinal));
        }
        finally
        {
            await AzuriteStores.DeleteAsync(azurite, prefix);
        }
    }
}
