using System.Text.RegularExpressions;
using Regioscan.Cli.Tests.Support;
using Regioscan.Testing;

namespace Regioscan.Cli.Tests;

/// <summary>
/// The CLI on an Azure store (Azurite): a wrong key and an account without the pipeline's containers are one clear
/// line and exit code 2, as a wrong folder is; a first run of a command that writes still sets up a new account.
/// </summary>
public sealed partial class AzureStoreTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    [GeneratedRegex("AccountKey=([^;]+)")]
    private static partial Regex AccountKey();

    [GeneratedRegex("BlobEndpoint=([^;]+)")]
    private static partial Regex BlobEndpointSetting();

    /// <summary>The account URL the store's description names.</summary>
    private static string BlobEndpoint(AzuriteFixture azurite) => BlobEndpointSetting().Match(azurite.ConnectionString).Groups[1].Value;

    [Theory]
    [InlineData("releases")]
    [InlineData("publish", "--json")]
    [InlineData("diff", "1.0.0", "1.1.0", "--json")]
    public async Task A_wrong_account_key_is_one_line_naming_the_store_and_what_to_check(params string[] command)
    {
        var key = AccountKey().Match(azurite.ConnectionString).Groups[1].Value;
        // Still valid base64, so the SDK signs with it and Azurite refuses the signature (403).
        var wrongKey = azurite.ConnectionString.Replace(key, "AAAA" + key[4..], StringComparison.Ordinal);

        var run = await CliRun.RunAsync([.. command, "--store", wrongKey]);

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.Out);
        // One line for publish too: it says it waits for the publish lock only when another publish holds it.
        var error = Assert.Single(run.Error.ReplaceLineEndings("\n").TrimEnd().Split('\n'));
        Assert.Equal(
            $"error: the store Azure Blob Storage {BlobEndpoint(azurite)} refused access: authentication failed (403 AuthorizationFailure): "
                + "check the account key or SAS token (expiry, permissions) in --store / $REGIOSCAN_STORE, or the signed-in identity and its "
                + "Storage Blob Data role, and that the account's network rules admit this machine",
            error);
        Assert.DoesNotContain(key[4..], run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("releases")]
    [InlineData("diff", "1.0.0", "1.1.0", "--json")]
    [InlineData("publish")]
    [InlineData("process", "--json")]
    public async Task A_mistyped_account_name_is_one_line_naming_the_store_and_what_to_check(params string[] command)
    {
        // Azurite answers for devstoreaccount1 only: another name in a connection string with its own endpoint is a 404.
        var mistyped = azurite.ConnectionString.Replace("devstoreaccount1", "devstoreacount1", StringComparison.Ordinal);
        var endpoint = BlobEndpointSetting().Match(mistyped).Groups[1].Value;

        var run = await CliRun.RunAsync([.. command, "--store", mistyped]);

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.Out);
        Assert.Equal(
            $"error: no store at Azure Blob Storage {endpoint}: the endpoint answers, but has no such account (404 ResourceNotFound); "
                + "check the account name in --store / $REGIOSCAN_STORE",
            run.Error.TrimEnd());
    }

    [Fact]
    public async Task An_account_without_the_pipelines_containers_is_no_store_for_reading_but_a_new_one_for_writing()
    {
        // An account no other test has used: the shared Azurite's account has the unprefixed containers of other tests.
        using var folder = new TempDirectory("azurite");
        using var fresh = AzuriteFixture.StartOnDisk(folder.FullPath);
        var expected = $"error: no store at Azure Blob Storage {BlobEndpoint(fresh)}: the account has no 'releases' container (nothing was published there); "
            + "check the account in --store / $REGIOSCAN_STORE";

        var releases = await CliRun.RunAsync("releases", "--store", fresh.ConnectionString, "--json");
        var diff = await CliRun.RunAsync("diff", "1.0.0", "1.1.0", "--store", fresh.ConnectionString, "--json");

        Assert.Equal((2, string.Empty, expected), (releases.ExitCode, releases.Out, releases.Error.TrimEnd()));
        Assert.Equal((2, string.Empty, expected), (diff.ExitCode, diff.Out, diff.Error.TrimEnd()));
        Assert.Empty(await fresh.CreateBlobServiceClient().GetBlobContainersAsync().ToListAsync());

        var publish = await CliRun.RunAsync("publish", "--store", fresh.ConnectionString, "--json");
        var after = await CliRun.RunAsync("releases", "--store", fresh.ConnectionString, "--json");

        Assert.True(publish.ExitCode == 0, publish.Error);
        Assert.True(after.ExitCode == 0, after.Error);
        Assert.Equal("{\n  \"latest\": null,\n  \"releases\": [],\n  \"lost\": {}\n}", after.Out.TrimEnd().ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task Every_file_of_a_release_in_blob_storage_has_the_content_type_of_its_format()
    {
        // Served from the public account or a CDN, map/index.html is shown by a browser only as text/html.
        using var account = await DemoAccountAsync();
        var fresh = account.Azurite;
        var expected = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [".csv"] = "text/csv; charset=utf-8", [".json"] = "application/json", [".geojson"] = "application/geo+json",
            [".parquet"] = "application/vnd.apache.parquet", [".jsonld"] = "application/ld+json", [".md"] = "text/markdown; charset=utf-8",
            [".html"] = "text/html; charset=utf-8", [".js"] = "text/javascript; charset=utf-8", [".css"] = "text/css; charset=utf-8",
            [""] = "text/plain; charset=utf-8",
        };

        var releases = fresh.CreateBlobServiceClient().GetBlobContainerClient("releases");
        var types = await releases.GetBlobsAsync(new Azure.Storage.Blobs.Models.GetBlobsOptions { Prefix = "v1.1.0/" }).ToDictionaryAsync(b => b.Name, b => b.Properties.ContentType);

        Assert.Contains("v1.1.0/map/index.html", types.Keys);
        Assert.All(types, blob => Assert.Equal(expected[Path.GetExtension(blob.Key)], blob.Value));
    }

    [Fact]
    public async Task An_account_holding_only_releases_gives_the_same_diff_from_the_releases_parquet_blobs()
    {
        // The public account, where object replication copies releases/ and nothing else.
        using var account = await DemoAccountAsync();
        var fresh = account.Azurite;
        var full = await CliRun.RunAsync("diff", "1.0.0", "1.1.0", "--store", fresh.ConnectionString, "--json");
        var service = fresh.CreateBlobServiceClient();
        await foreach (var container in service.GetBlobContainersAsync().Where(c => c.Name != "releases"))
        {
            await service.DeleteBlobContainerAsync(container.Name);
        }

        var mirror = await CliRun.RunAsync("diff", "1.0.0", "1.1.0", "--store", fresh.ConnectionString, "--json");

        Assert.True(full.ExitCode == 0 && mirror.ExitCode == 0, full.Error + mirror.Error);
        Assert.Contains("reading the releases' Parquet files instead", mirror.Error, StringComparison.Ordinal);
        Assert.Equal(full.Out, mirror.Out);
        Assert.Equal(["releases"], await service.GetBlobContainersAsync().Select(c => c.Name).ToListAsync());
    }

    [Fact]
    public async Task A_listed_release_whose_blobs_are_gone_is_named_as_lost_by_diff_and_marked_by_releases()
    {
        using var account = await DemoAccountAsync();
        var fresh = account.Azurite;
        var releases = fresh.CreateBlobServiceClient().GetBlobContainerClient("releases");
        await foreach (var blob in releases.GetBlobsAsync().Where(b => b.Name.StartsWith("v1.0.0/", StringComparison.Ordinal)))
        {
            await releases.DeleteBlobAsync(blob.Name);
        }

        var diff = await CliRun.RunAsync("diff", "1.0.0", "1.1.0", "--store", fresh.ConnectionString);
        var list = await CliRun.RunAsync("releases", "--store", fresh.ConnectionString);

        Assert.Equal(2, diff.ExitCode);
        Assert.Empty(diff.Out);
        Assert.StartsWith(
            "error: Release 1.0.0 was published (releases/index.json lists it), but its folder releases/v1.0.0/ is missing: restore "
                + "releases/v1.0.0/ from a backup or another copy of release 1.0.0 (its manifest.json with sha256 ",
            diff.Error, StringComparison.Ordinal);
        Assert.True(list.ExitCode == 0, list.Error);
        Assert.Matches(@"(?m)^1\.0\.0 .* \(folder missing\)$", list.Out);
        Assert.Equal(diff.Error.TrimEnd()["error: ".Length..], list.Error.TrimEnd()["warning: ".Length..]);
    }

    /// <summary>
    /// An Azurite account of its own, holding the demo's two releases: the demo writes the unprefixed containers, which other
    /// tests' runs use in the shared Azurite. Disposing it stops that Azurite and deletes its folder.
    /// </summary>
    private static async Task<DemoAccount> DemoAccountAsync()
    {
        var folder = new TempDirectory("azurite");
        DemoAccount? account = null;
        try
        {
            account = new DemoAccount(folder, AzuriteFixture.StartOnDisk(folder.FullPath));
            var demo = await CliRun.RunAsync("demo", "--store", account.Azurite.ConnectionString);
            Assert.True(demo.ExitCode == 0, demo.Error);
            return account;
        }
        catch
        {
            account?.Dispose();
            folder.Dispose();
            throw;
        }
    }

    private sealed class DemoAccount(TempDirectory folder, AzuriteFixture azurite) : IDisposable
    {
        public AzuriteFixture Azurite => azurite;

        public void Dispose()
        {
            azurite.Dispose();
            folder.Dispose();
        }
    }
}
