namespace Regioscan.Reliability.Tests.Support;

/// <summary>Thrown by <see cref="CrashingBlobStore"/> where the process would have died.</summary>
public sealed class SimulatedCrashException : Exception
{
    public SimulatedCrashException()
    {
    }

    public SimulatedCrashException(string message)
        : base(message)
    {
    }

    public SimulatedCrashException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
