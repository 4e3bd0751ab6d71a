using Regioscan.Storage.Azure;
using Regioscan.Storage.Local;

namespace Regioscan.Storage.Tests;

public sealed class BlobStoreFactoryTests
{
    private const string Key = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private static readonly Func<string, string?> NoEnvironment = _ => null;

    [Fact]
    public void Without_a_spec_or_environment_variable_the_default_folder_is_used()
    {
        var store = Assert.IsType<LocalBlobStore>(BlobStoreFactory.Create(null, NoEnvironment, null));

        Assert.Equal(Path.GetFullPath("regioscan-data"), store.Root);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void A_blank_spec_is_refused_not_taken_for_the_default(string spec)
    {
        var error = Assert.Throws<ArgumentException>(() => BlobStoreFactory.Create(spec, NoEnvironment, null));

        Assert.StartsWith("--store is empty: give a folder, an Azure Storage connection string or an account URL", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" \t")]
    public void An_environment_variable_set_but_blank_is_refused_not_taken_for_unset(string value)
    {
        string? Environment(string name) => name == "REGIOSCAN_STORE" ? value : null;

        var error = Assert.Throws<ArgumentException>(() => BlobStoreFactory.Create(null, Environment, null));

        Assert.StartsWith("$REGIOSCAN_STORE is set but empty: give it a folder,", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_spec_the_environment_variable_decides()
    {
        string? Environment(string name) => name == "REGIOSCAN_STORE" ? "UseDevelopmentStorage=true" : null;

        Assert.IsType<AzureBlobStore>(BlobStoreFactory.Create(null, Environment, null));
        Assert.IsType<LocalBlobStore>(BlobStoreFactory.Create("data", Environment, null));
    }

    [Theory]
    [InlineData("data")]
    [InlineData("./some/folder")]
    [InlineData("/srv/regioscan")]
    [InlineData("C:\\regioscan")]
    public void Anything_else_is_a_folder(string spec)
    {
        var store = Assert.IsType<LocalBlobStore>(BlobStoreFactory.Create(spec, NoEnvironment, null));

        Assert.Equal(Path.GetFullPath(spec), store.Root);
    }

    [Fact]
    public void Development_storage_is_azurite_on_the_default_port()
    {
        var store = Assert.IsType<AzureBlobStore>(BlobStoreFactory.Create("UseDevelopmentStorage=true", NoEnvironment, null));

        Assert.Contains("127.0.0.1:10000/devstoreaccount1", store.Description, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("DefaultEndpointsProtocol=https;AccountName=regioscan;AccountKey=" + Key + ";EndpointSuffix=core.windows.net", "https://regioscan.blob.core.windows.net/")]
    [InlineData("DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=" + Key + ";BlobEndpoint=http://127.0.0.1:12345/devstoreaccount1;", "http://127.0.0.1:12345/devstoreaccount1")]
    [InlineData("BlobEndpoint=https://regioscan.blob.core.windows.net/;SharedAccessSignature=sv=2024-11-04&ss=b&sig=c2VjcmV0", "https://regioscan.blob.core.windows.net/")]
    public void Connection_strings_give_an_azure_store_whose_description_holds_no_secret(string spec, string account)
    {
        var store = Assert.IsType<AzureBlobStore>(BlobStoreFactory.Create(spec, NoEnvironment, null));

        Assert.Contains(account, store.Description, StringComparison.Ordinal);
        Assert.DoesNotContain(Key[..12], store.Description, StringComparison.Ordinal);
        Assert.DoesNotContain("sig=", store.Description, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://regioscan.blob.core.windows.net")]
    [InlineData("https://regioscan.blob.core.windows.net/?sv=2024-11-04&ss=b&sig=c2VjcmV0")]
    public void Account_urls_give_an_azure_store(string spec)
    {
        var store = Assert.IsType<AzureBlobStore>(BlobStoreFactory.Create(spec, NoEnvironment, null));

        Assert.Contains("https://regioscan.blob.core.windows.net/", store.Description, StringComparison.Ordinal);
        Assert.DoesNotContain("sig=", store.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Plain_http_account_urls_are_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => BlobStoreFactory.Create("http://127.0.0.1:10000/devstoreaccount1", NoEnvironment, null));

        Assert.Contains("connection string", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_connection_string_is_refused_without_repeating_it()
    {
        var error = Assert.ThrowsAny<ArgumentException>(() => BlobStoreFactory.Create("AccountName=regioscan;AccountKey=" + Key + ";Bogus", NoEnvironment, null));

        Assert.DoesNotContain(Key[..12], error.Message, StringComparison.Ordinal);
    }
}
