using Regioscan.Core.Pipeline;

namespace Regioscan.Core.Tests.Pipeline;

public sealed class IntakeBudgetTests
{
    private const long MiB = 1 << 20;

    [Fact]
    public async Task Small_uploads_go_side_by_side_and_a_large_one_waits_until_they_are_done()
    {
        using var budget = new IntakeBudget(48 * MiB);
        var first = await budget.TakeAsync(20 * MiB, CancellationToken.None);
        var second = await budget.TakeAsync(20 * MiB, CancellationToken.None);

        var large = budget.TakeAsync(80 * MiB, CancellationToken.None);
        await Task.Delay(200);
        Assert.False(large.IsCompleted);

        first.Dispose();
        second.Dispose();
        using var alone = await large.WaitAsync(TimeSpan.FromSeconds(30));
        var next = budget.TakeAsync(1, CancellationToken.None);
        await Task.Delay(200);
        Assert.False(next.IsCompleted);
    }

    [Fact]
    public async Task A_cancelled_wait_gives_back_what_it_had_taken()
    {
        using var budget = new IntakeBudget(4 * MiB);
        var held = await budget.TakeAsync(3 * MiB, CancellationToken.None);
        using var cancel = new CancellationTokenSource();

        var waiting = budget.TakeAsync(2 * MiB, cancel.Token);
        await Task.Delay(100);
        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        held.Dispose();

        using var all = await budget.TakeAsync(4 * MiB, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30));
    }
}
