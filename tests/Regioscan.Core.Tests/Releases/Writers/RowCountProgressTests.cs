using System.Globalization;
using Regioscan.Core.Releases.Writers;
using Regioscan.Testing;

namespace Regioscan.Core.Tests.Releases.Writers;

public sealed class RowCountProgressTests
{
    [Fact]
    public async Task Every_so_many_rows_it_reports_the_count_and_the_total()
    {
        var lines = new ProgressLines();
        var sink = new RowCountProgress<int>("activities", 10, 4, lines);

        await AddAsync(sink, 10);

        Assert.Equal(["  activities: 4 of 10 rows …", "  activities: 8 of 10 rows …"], lines.All);
    }

    [Fact]
    public async Task A_table_with_fewer_rows_than_the_interval_says_nothing()
    {
        var lines = new ProgressLines();
        var sink = new RowCountProgress<int>("initiatives", 249_999, 250_000, lines);

        await AddAsync(sink, 249_999);

        Assert.Empty(lines.All);
    }

    [Fact]
    public async Task Counts_are_grouped_by_thousands_with_commas_whatever_the_culture()
    {
        var culture = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("nl-NL");
        try
        {
            var lines = new ProgressLines();
            var sink = new RowCountProgress<int>("activities", 999_771, 250_000, lines);

            await AddAsync(sink, 250_000);

            Assert.Equal(["  activities: 250,000 of 999,771 rows …"], lines.All);
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }

    private static async Task AddAsync(RowCountProgress<int> sink, int rows)
    {
        for (var row = 0; row < rows; row++)
        {
            await sink.AddAsync(row, CancellationToken.None);
        }

        await sink.CompleteAsync(CancellationToken.None);
    }
}
