namespace Regioscan.Core.Pipeline;

/// <summary>Settings of the publisher (configuration section <c>Regioscan:Publisher</c>).</summary>
public sealed record PublisherOptions
{
    /// <summary>How long to wait for another publisher to finish. Default 2 minutes.</summary>
    public TimeSpan LockWait { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>Upper bound for one publish; past it the publish is cancelled and the lock released. Default 30 minutes.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromMinutes(30);
}
