using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Regioscan.Testing;

/// <summary>Keeps what was logged, to check that a tolerated fault or a refusal was still reported.</summary>
public sealed class CollectingLogger<T> : ILogger<T>
{
    /// <summary>Every entry logged, in order: its level and formatted message.</summary>
    public ConcurrentQueue<(LogLevel Level, string Message)> Entries { get; } = new();

    /// <inheritdoc/>
    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    /// <inheritdoc/>
    public bool IsEnabled(LogLevel logLevel) => true;

    /// <inheritdoc/>
    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        Entries.Enqueue((logLevel, formatter(state, exception)));
}
