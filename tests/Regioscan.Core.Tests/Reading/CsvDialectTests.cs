using Regioscan.Core.Reading;

namespace Regioscan.Core.Tests.Reading;

public sealed class CsvDialectTests
{
    [Theory]
    [InlineData("a;b;c\n1,5;2;3\n", ';')]
    [InlineData("a,b,c\n\"1;5\",2,3\n", ',')]
    [InlineData("a\tb\tc\n", '\t')]
    [InlineData("\n\n a;b,c;d\n", ';')]
    [InlineData("naam\n", ',')]
    [InlineData("\"a;b\",c,d\n", ',')]
    [InlineData("doelgroep;knelpunten\nzzp|micro;tijd|kennis\n", ';')]
    public void The_separator_is_the_one_that_splits_the_header_most(string start, char separator)
    {
        Assert.Equal(separator, CsvDialect.Sniff(start).Separator);
    }

    [Fact]
    public void Excels_separator_line_wins()
    {
        var dialect = CsvDialect.Sniff("sep=,\na;b;c\n");

        Assert.Equal(',', dialect.Separator);
        Assert.True(dialect.HasSeparatorLine);
    }

    [Theory]
    [InlineData("a\r\nb\r\n", "crlf")]
    [InlineData("a\nb\n", "lf")]
    [InlineData("a\rb\r", "cr")]
    [InlineData("a\r\nb\n", "mixed")]
    [InlineData("a;\"x\ny\"\r\nb\r\n", "crlf")]
    [InlineData("a;b", null)]
    public void Line_endings_outside_quotes_are_reported(string start, string? lineEndings)
    {
        Assert.Equal(lineEndings, CsvDialect.Sniff(start).LineEndings);
    }
}
