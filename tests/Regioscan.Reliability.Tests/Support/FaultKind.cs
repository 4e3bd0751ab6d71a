namespace Regioscan.Reliability.Tests.Support;

/// <summary>The storage faults <see cref="FaultInjectionPolicy"/> injects.</summary>
public enum FaultKind
{
    /// <summary>503 Server Busy; the request never reached the service.</summary>
    Busy503,

    /// <summary>500 Internal Error returned after the service carried the request out (the real answer is lost).</summary>
    Error500AfterApplied,

    /// <summary>No answer within the client's network timeout; the request never reached the service.</summary>
    Timeout,

    /// <summary>The connection drops before the request is sent.</summary>
    DropBeforeSend,

    /// <summary>The connection drops after the service carried the request out (the answer is lost).</summary>
    DropAfterApplied,
}
