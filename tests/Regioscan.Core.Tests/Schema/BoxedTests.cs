using Regioscan.Core.Schema;

namespace Regioscan.Core.Tests.Schema;

public sealed class BoxedTests
{
    [Theory]
    [InlineData(0L)]
    [InlineData(1L)]
    [InlineData(2025L)]
    [InlineData(4095L)]
    [InlineData(4096L)]
    [InlineData(110_000L)]
    [InlineData(-1L)]
    [InlineData(long.MinValue)]
    [InlineData(long.MaxValue)]
    public void A_number_is_a_boxed_long_of_the_same_value(long value)
    {
        var boxed = Boxed.Number(value);

        Assert.IsType<long>(boxed);
        Assert.Equal(value, (long)boxed!);
    }

    [Fact]
    public void Small_numbers_share_their_box_and_null_stays_null()
    {
        Assert.Same(Boxed.Number(2025), Boxed.Number(2025));
        Assert.NotSame(Boxed.Number(4096), Boxed.Number(4096));
        Assert.Null(Boxed.Number(null));
    }
}
