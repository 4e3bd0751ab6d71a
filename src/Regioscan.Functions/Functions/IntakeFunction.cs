using Azure.Storage.Blobs;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Regioscan.Core.Pipeline;

namespace Regioscan.Functions.Functions;

/// <summary>
/// Event Grid–sourced blob trigger on <c>uploads/{province}/{name}</c>: validates and stages the upload,
/// then asks the publisher for a release. Event Grid may deliver twice: the processor's receipt
/// (blob name + ETag) and the content-hash upload id make a repeat a no-op; zero-length deliveries are skipped.
/// </summary>
public sealed partial class IntakeFunction(UploadProcessor processor, PublishRequestService requests, ILogger<IntakeFunction> logger)
{
    /// <summary>Runs for one upload event.</summary>
    [Function("Intake")]
    public async Task RunAsync(
        [BlobTrigger("uploads/{province}/{name}", Source = BlobTriggerSource.EventGrid, Connection = FunctionsServiceCollectionExtensions.Connection)] BlobClient blob,
        string province,
        string name,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(blob);
        var result = await processor.ProcessUploadAsync(blob.Name, skipEmpty: true, cancellationToken);
        if (result is null)
        {
            return;
        }

        LogProcessed(logger, province, name, result.Accepted, result.Location);
        if (result is { Accepted: true, AlreadyProcessed: false })
        {
            await requests.SubmitAsync($"upload {province}/{name} accepted", "upload", cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Upload {Province}/{Name}: accepted={Accepted}, stored in {Location}")]
    private static partial void LogProcessed(ILogger logger, string province, string name, bool accepted, string location);
}
