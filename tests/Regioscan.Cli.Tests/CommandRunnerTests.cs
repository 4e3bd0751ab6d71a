using System.Net.Sockets;
using Azure;
using Azure.Core;
using Azure.Identity;
using Regioscan.Cli.Tests.Support;
using Regioscan.Storage;

namespace Regioscan.Cli.Tests;

/// <summary>The store a command runs on: what a read-only command may not create, and the messages for a bad store.</summary>
public sealed class CommandRunnerTests
{
    public static TheoryData<string[]> ReadOnlyCommands => new() { new[] { "releases" }, new[] { "diff", "1.0.0", "1.1.0" } };

    [Theory]
    [MemberData(nameof(ReadOnlyCommands))]
    public async Task A_command_that_only_reads_a_missing_folder_says_so_and_creates_nothing(string[] command)
    {
        using var store = new TempStore();
        var missing = Path.Combine(store.Path, "nope", "deeper");

        var run = await CliRun.RunAsync([.. command, "--store", missing]);

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.Out);
        Assert.Equal($"error: no store at {missing}: the folder does not exist; check --store / $REGIOSCAN_STORE", run.Error.TrimEnd());
        Assert.False(Directory.Exists(store.Path));
    }

    [Fact]
    public async Task Releases_on_a_mirror_holding_only_releases_creates_no_other_folder()
    {
        using var store = new TempStore();
        Directory.CreateDirectory(Path.Combine(store.Path, "releases"));

        var run = await CliRun.RunAsync("releases", "--store", store.Path);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.StartsWith("No releases yet.", run.Out, StringComparison.Ordinal);
        Assert.Equal([Path.Combine(store.Path, "releases")], Directory.GetFileSystemEntries(store.Path, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task A_command_that_writes_still_creates_a_new_store()
    {
        using var store = new TempStore();
        var fresh = Path.Combine(store.Path, "new");

        var run = await CliRun.RunAsync("publish", "--store", fresh);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.True(Directory.Exists(Path.Combine(fresh, "uploads")));
    }

    [Theory]
    [InlineData("releases")]
    [InlineData("publish")]
    public async Task A_store_that_is_a_file_is_named_as_a_file(string command)
    {
        using var store = new TempStore();
        var file = store.File("afile", [1, 2, 3]);

        var run = await CliRun.RunAsync(command, "--store", file);

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.Out);
        Assert.Equal(
            $"error: the store {Path.GetFullPath(file)} is a file, not a folder; check --store / $REGIOSCAN_STORE", run.Error.TrimEnd());
    }

    [Fact]
    public void A_store_that_never_answered_is_named_without_its_key_and_the_sdk_retry_text()
    {
        const string key = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
        var blobs = BlobStoreFactory.Create($"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={key};BlobEndpoint=http://127.0.0.1:1/devstoreaccount1");

        // The shape of what the SDK throws once its retries are spent: one status-0 error per try.
        var tries = Enumerable.Range(0, 6).Select(_ => (Exception)new RequestFailedException(
            0, "Connection refused (127.0.0.1:1)", new HttpRequestException("Connection refused (127.0.0.1:1)", new SocketException((int)SocketError.ConnectionRefused))));
        var message = CommandRunner.Unreachable(
            new AggregateException("Retry failed after 6 tries. Retry settings can be adjusted in ClientOptions.Retry or by configuring a custom retry policy in ClientOptions.RetryPolicy.", tries),
            blobs);

        Assert.Equal(
            "the store Azure Blob Storage http://127.0.0.1:1/devstoreaccount1 could not be reached (connection refused, 6 tries): "
                + "check the connection string / that Azurite or the account is up",
            message);
    }

    [Fact]
    public void A_store_that_answered_with_an_error_keeps_its_own_message()
    {
        var blobs = BlobStoreFactory.Create("UseDevelopmentStorage=true");

        Assert.Null(CommandRunner.Unreachable(new RequestFailedException(403, "This request is not authorized."), blobs));
        Assert.Null(CommandRunner.Denied(new RequestFailedException(409, "The specified container already exists."), blobs));
    }

    [Fact]
    public void A_credential_that_is_valid_but_lacks_a_permission_is_told_which_role_to_get()
    {
        var blobs = BlobStoreFactory.Create("UseDevelopmentStorage=true");

        var message = CommandRunner.Denied(
            new RequestFailedException(403, "This request is not authorized to perform this operation using this permission.", "AuthorizationPermissionMismatch", null),
            blobs);

        Assert.Equal(
            "the store Azure Blob Storage http://127.0.0.1:10000/devstoreaccount1 refused access: not authorized (403 AuthorizationPermissionMismatch): "
                + "give the signed-in identity a Storage Blob Data Contributor role on the account (Reader is enough for releases and diff), "
                + "or use a SAS that allows read, write, list and delete",
            message);
    }

    [Theory]
    [InlineData("releases")]
    [InlineData("publish", "--json")]
    public async Task An_account_url_without_any_credential_is_one_line_naming_the_store_and_how_to_sign_in(params string[] command)
    {
        using var folder = new TempStore();
        Directory.CreateDirectory(folder.Path);
        // Only the environment credential, with nothing set: DefaultAzureCredential finds none at once, without asking a
        // managed identity endpoint or running the Azure CLI, and no request reaches the (unused) address.
        var environment = new Dictionary<string, string>
        {
            ["AZURE_TOKEN_CREDENTIALS"] = "EnvironmentCredential",
            ["AZURE_TENANT_ID"] = string.Empty,
            ["AZURE_CLIENT_ID"] = string.Empty,
            ["AZURE_CLIENT_SECRET"] = string.Empty,
            ["AZURE_CLIENT_CERTIFICATE_PATH"] = string.Empty,
        };

        var run = await CliProcess.RunAsync(folder.Path, environment, [.. command, "--store", "https://127.0.0.1:1/devstoreaccount1"]);

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.Out);
        Assert.Equal(
            "error: the store Azure Blob Storage https://127.0.0.1:1/devstoreaccount1 could not sign in: no Azure credential is available "
                + "(EnvironmentCredential authentication unavailable. Environment variables are not fully configured): " + HowToSignIn,
            run.Error.TrimEnd());
    }

    [Fact]
    public async Task A_sign_in_that_failed_is_one_line_without_the_sdk_links_or_the_secret()
    {
        const string secret = "not-a-real-secret-4711";
        var blobs = BlobStoreFactory.Create("https://127.0.0.1:1/devstoreaccount1");
        // A real failure of Azure.Identity: the identity provider at this address refuses the connection, and the
        // credential gives up without retries.
        var options = new ClientSecretCredentialOptions { AuthorityHost = new Uri("https://127.0.0.1:1/"), Retry = { MaxRetries = 0 } };
        var credential = new ClientSecretCredential("00000000-0000-0000-0000-000000000001", "00000000-0000-0000-0000-000000000002", secret, options);
        var failed = await Assert.ThrowsAsync<AuthenticationFailedException>(
            async () => await credential.GetTokenAsync(new TokenRequestContext(["https://storage.azure.com/.default"])));

        var message = CommandRunner.SignInFailed(failed, blobs);

        Assert.Equal(
            "the store Azure Blob Storage https://127.0.0.1:1/devstoreaccount1 could not sign in: signing in to Azure failed "
                + "(ClientSecretCredential authentication failed: Connection refused (127.0.0.1:1)): check the service principal that "
                + "AZURE_TENANT_ID, AZURE_CLIENT_ID and AZURE_CLIENT_SECRET name (the tenant, and whether its secret has expired) and that "
                + "this machine reaches login.microsoftonline.com; or give a SAS URL or a connection string in --store / $REGIOSCAN_STORE",
            message);
        Assert.DoesNotContain(secret, message, StringComparison.Ordinal);
    }

    private const string HowToSignIn = "sign in with 'az login', run where a managed identity is assigned (AZURE_CLIENT_ID names a "
        + "user-assigned one), or set AZURE_TENANT_ID, AZURE_CLIENT_ID and AZURE_CLIENT_SECRET for a service principal; or give a SAS "
        + "URL or a connection string in --store / $REGIOSCAN_STORE";
}
