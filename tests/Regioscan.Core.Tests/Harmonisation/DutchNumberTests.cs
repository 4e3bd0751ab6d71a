using Regioscan.Core.Harmonisation;

namespace Regioscan.Core.Tests.Harmonisation;

public sealed class DutchNumberTests
{
    [Theory]
    [InlineData("1250", 1250)]
    [InlineData("1.250", 1250)]
    [InlineData("12.500.000", 12500000)]
    [InlineData(" 1 250 ", 1250)]
    [InlineData("1250,00", 1250)]
    [InlineData("1.250,0", 1250)]
    [InlineData("-5", -5)]
    [InlineData("2.024", 2024)]
    [InlineData("2017.0", 2017)]
    [InlineData("1250.00", 1250)]
    [InlineData("12.500.000,0", 12500000)]
    public void Whole_numbers_read_with_thousands_dots_and_a_zero_decimal_comma_or_point(string text, long expected)
    {
        Assert.True(DutchNumber.TryParse(text, NumberStyle.WholeNumber, out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("1,5")]
    [InlineData("1.25")]
    [InlineData("1,250,000")]
    [InlineData("veel")]
    [InlineData("ca. 500")]
    [InlineData("")]
    [InlineData("1..250")]
    [InlineData("1.2500")]
    [InlineData(".250")]
    [InlineData("2017.5")]
    [InlineData("1.250.0")]
    public void Text_that_is_not_a_whole_number_does_not_read(string text)
    {
        Assert.False(DutchNumber.TryParse(text, NumberStyle.WholeNumber, out _));
    }

    [Theory]
    [InlineData("52,1", 52.1)]
    [InlineData("52.1", 52.1)]
    [InlineData("52,155174", 52.155174)]
    [InlineData("5", 5)]
    [InlineData("-0,5", -0.5)]
    [InlineData("1.250", 1.25)]
    public void Fractions_take_a_decimal_comma_or_point(string text, double expected)
    {
        Assert.True(DutchNumber.TryParse(text, NumberStyle.Fractional, out var value));
        Assert.Equal((decimal)expected, value);
    }

    [Theory]
    [InlineData("52.155.174")]
    [InlineData("52,1,2")]
    [InlineData("52°09'")]
    public void Ambiguous_or_foreign_fractions_do_not_read(string text)
    {
        Assert.False(DutchNumber.TryParse(text, NumberStyle.Fractional, out _));
    }

    [Theory]
    [InlineData("155000", 155000)]
    [InlineData("155.000", 155000)]
    [InlineData("155000.5", 155000.5)]
    [InlineData("155000,5", 155000.5)]
    [InlineData("455.932,5", 455932.5)]
    public void Metres_read_thousands_dots_where_they_group_thousands(string text, double expected)
    {
        Assert.True(DutchNumber.TryParse(text, NumberStyle.Measurement, out var value));
        Assert.Equal((decimal)expected, value);
    }
}
