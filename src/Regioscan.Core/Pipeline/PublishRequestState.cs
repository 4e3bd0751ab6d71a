namespace Regioscan.Core.Pipeline;

/// <summary>Where a publish request stands.</summary>
public enum PublishRequestState
{
    /// <summary>Waiting in the queue.</summary>
    Queued,

    /// <summary>A publisher is working on it.</summary>
    Running,

    /// <summary>Done: a release was made, or nothing had changed.</summary>
    Completed,

    /// <summary>
    /// The publish failed; the queue retries it, and after the last try it stays failed. A request the host refused
    /// (<see cref="IPublishPrecondition"/>) is failed at once and not retried. <see cref="PublishRequestStatus.Final"/>
    /// says which: false while another attempt follows (the state then turns running again).
    /// </summary>
    Failed,
}
