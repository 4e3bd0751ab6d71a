using System.Diagnostics;

namespace Regioscan.Storage;

/// <summary>
/// Polling with exponential backoff and jitter until a deadline, for locks held by someone else
/// (jitter keeps waiters that started together from retrying in lockstep).
/// </summary>
internal sealed class Backoff
{
    private readonly long _start = Stopwatch.GetTimestamp();
    private readonly TimeSpan _wait;
    private readonly TimeSpan _max;
    private TimeSpan _next;

    public Backoff(TimeSpan wait, TimeSpan initial, TimeSpan max)
    {
        if (wait < TimeSpan.Zero && wait != Timeout.InfiniteTimeSpan)
        {
            throw new ArgumentOutOfRangeException(nameof(wait), wait, "The wait must be zero or positive (or infinite).");
        }

        _wait = wait;
        _next = initial;
        _max = max;
    }

    /// <summary>How long the caller has waited so far.</summary>
    public TimeSpan Elapsed => Stopwatch.GetElapsedTime(_start);

    /// <summary>Sleeps before the next attempt; false when the wait is used up (the caller then gives up).</summary>
    public async Task<bool> DelayAsync(CancellationToken cancellationToken)
    {
        var remaining = _wait == Timeout.InfiniteTimeSpan ? TimeSpan.MaxValue : _wait - Elapsed;
        if (remaining <= TimeSpan.Zero)
        {
            return false;
        }

        var jittered = _next * (0.5 + Random.Shared.NextDouble());
        await Task.Delay(jittered < remaining ? jittered : remaining, cancellationToken);
        _next = _next * 2 < _max ? _next * 2 : _max;
        return true;
    }
}
