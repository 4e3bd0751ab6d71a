using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.Extensions.Azure;
using Microsoft.Extensions.Configuration;

namespace Regioscan.Functions;

/// <summary>
/// The clients of the data account, made from the same connection setting the triggers use, read the way the Functions
/// host reads it: a connection string (<c>RegioscanStorage</c>), or identity-based settings
/// (<c>RegioscanStorage__blobServiceUri</c> and <c>__queueServiceUri</c>, or <c>__accountName</c>, with
/// <c>__credential=managedidentity</c> and <c>__clientId</c>). Microsoft.Extensions.Azure's own configuration binding
/// knows only <c>serviceUri</c>, not the host's <c>blobServiceUri</c>/<c>queueServiceUri</c>.
/// </summary>
internal static class StorageConnection
{
    /// <summary>The Blob Storage client of <paramref name="section"/>.</summary>
    /// <exception cref="InvalidOperationException">The section holds no connection.</exception>
    public static BlobServiceClient Blobs(IConfigurationSection section, AzureComponentFactory factory) =>
        ConnectionString(section) is { } connectionString
            ? new BlobServiceClient(connectionString)
            : new BlobServiceClient(ServiceUri(section, "blobServiceUri", "blob"), factory.CreateTokenCredential(section));

    /// <summary>The Queue Storage client of <paramref name="section"/>; messages are Base64, as the queue trigger expects.</summary>
    /// <exception cref="InvalidOperationException">The section holds no connection.</exception>
    public static QueueServiceClient Queues(IConfigurationSection section, AzureComponentFactory factory)
    {
        var options = new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 };
        return ConnectionString(section) is { } connectionString
            ? new QueueServiceClient(connectionString, options)
            : new QueueServiceClient(ServiceUri(section, "queueServiceUri", "queue"), factory.CreateTokenCredential(section), options);
    }

    private static string? ConnectionString(IConfigurationSection section) =>
        NonEmpty(section.Value) ?? NonEmpty(section["connectionString"]);

    private static Uri ServiceUri(IConfigurationSection section, string key, string service)
    {
        if (NonEmpty(section[key]) is { } uri)
        {
            return Uri.TryCreate(uri, UriKind.Absolute, out var parsed)
                ? parsed
                : throw new InvalidOperationException($"The setting {section.Path}__{key} is '{uri}', not an absolute URL such as https://<account>.{service}.core.windows.net/.");
        }

        if (NonEmpty(section["accountName"]) is { } account)
        {
            return new Uri($"https://{account}.{service}.core.windows.net/");
        }

        throw new InvalidOperationException(
            $"The storage connection '{section.Path}' is not set. Set {section.Path} to a connection string, or " +
            $"{section.Path}__blobServiceUri and {section.Path}__queueServiceUri (or {section.Path}__accountName) with " +
            $"{section.Path}__credential=managedidentity and {section.Path}__clientId (infra/modules/function-app.bicep sets these).");
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
