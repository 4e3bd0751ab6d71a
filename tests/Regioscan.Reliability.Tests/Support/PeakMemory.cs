namespace Regioscan.Reliability.Tests.Support;

/// <summary>Samples the managed heap while work runs; the peak bounds what the work held (plus whatever ran beside it).</summary>
internal sealed class PeakMemory : IDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _sampler;
    private long _peak;

    public PeakMemory()
    {
        GC.Collect();
        Baseline = GC.GetTotalMemory(forceFullCollection: true);
        _sampler = Task.Run(async () =>
        {
            while (!_stop.IsCancellationRequested)
            {
                _peak = Math.Max(_peak, GC.GetTotalMemory(false));
                await Task.Delay(5);
            }
        });
    }

    public long Baseline { get; }

    /// <summary>The highest heap size seen above the baseline, in MiB.</summary>
    public long PeakMiB
    {
        get
        {
            _peak = Math.Max(_peak, GC.GetTotalMemory(false));
            return Math.Max(0, _peak - Baseline) >> 20;
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        _sampler.Wait();
        _stop.Dispose();
    }
}
