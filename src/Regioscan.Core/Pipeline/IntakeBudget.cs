namespace Regioscan.Core.Pipeline;

/// <summary>
/// How many upload bytes are ingested at the same time. An upload's intake memory grows with its rows (validation
/// spools the harmonised rows to scratch files and keeps per row a slot and two fingerprints, and an id if the rows are
/// not in id order: the largest 1M-activity upload, 78 MiB, ingests in 119 MiB of process, about 42 MiB above a small
/// one), so uploads go side by side while their bytes fit and a larger one goes alone: memory stays bounded whatever the
/// uploads, and the second core is used where it is safe.
/// </summary>
internal sealed class IntakeBudget(long capacityBytes) : IDisposable
{
    private const long Unit = 1 << 20;

    private readonly int _units = (int)Math.Max(1, capacityBytes / Unit);
    private readonly SemaphoreSlim _free = new((int)Math.Max(1, capacityBytes / Unit));
    private readonly SemaphoreSlim _taking = new(1, 1);

    /// <summary>Waits until <paramref name="bytes"/> fit in the budget (an upload larger than all of it waits for all of it).</summary>
    public async Task<Lease> TakeAsync(long bytes, CancellationToken cancellationToken)
    {
        var units = (int)Math.Clamp((bytes + Unit - 1) / Unit, 1, _units);

        // One taker at a time: two takers each holding part of what both need would wait for each other forever.
        await _taking.WaitAsync(cancellationToken);
        var taken = 0;
        try
        {
            for (; taken < units; taken++)
            {
                await _free.WaitAsync(cancellationToken);
            }
        }
        catch (OperationCanceledException) when (taken > 0)
        {
            _free.Release(taken);
            throw;
        }
        finally
        {
            _taking.Release();
        }

        return new Lease(_free, units);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _free.Dispose();
        _taking.Dispose();
    }

    /// <summary>Bytes taken from the budget; disposing gives them back.</summary>
    internal sealed class Lease(SemaphoreSlim free, int units) : IDisposable
    {
        private int _released;

        /// <inheritdoc />
        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                free.Release(units);
            }
        }
    }
}
