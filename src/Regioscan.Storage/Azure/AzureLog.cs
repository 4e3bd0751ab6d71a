using Microsoft.Extensions.Logging;

namespace Regioscan.Storage.Azure;

/// <summary>The Azure store's log messages (source-generated).</summary>
internal static partial class AzureLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Warning,
        Message = "Not allowed to create container {Container} in {Store}; assuming the infrastructure created it")]
    public static partial void ContainerCreationForbidden(ILogger logger, string container, string store, Exception exception);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "Took lock {LockName} in {Store} (lease {LeaseId})")]
    public static partial void LockAcquired(ILogger logger, string lockName, string store, string leaseId);

    [LoggerMessage(EventId = 3, Level = LogLevel.Error,
        Message = "Lost lock {LockName} in {Store}: the lease could not be renewed; work under it should stop")]
    public static partial void LockLost(ILogger logger, string lockName, string store, Exception exception);

    [LoggerMessage(EventId = 4, Level = LogLevel.Warning,
        Message = "Could not release lock {LockName} in {Store}; the lease expires by itself")]
    public static partial void LockReleaseFailed(ILogger logger, string lockName, string store, Exception exception);

    [LoggerMessage(EventId = 5, Level = LogLevel.Debug, Message = "Released lock {LockName} in {Store}")]
    public static partial void LockReleased(ILogger logger, string lockName, string store);
}
