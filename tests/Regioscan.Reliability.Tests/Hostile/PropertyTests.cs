using System.Globalization;
using System.Text;
using CsCheck;
using Regioscan.Core.Harmonisation;
using Regioscan.Core.Validation;

namespace Regioscan.Reliability.Tests.Hostile;

/// <summary>Property-based tests (CsCheck): the reader and validator on arbitrary input, and round trips of valid values.</summary>
public sealed class PropertyTests
{
    private static readonly ScanValidator Validator = new(ValidationOptions.Default, TimeProvider.System);

    private static readonly string[] ServiceAreas = ["lokaal", "regionaal", "provinciaal", "landelijk"];
    private static readonly string[] ActivityTypes = ["bewustwording", "kennisdeling", "training", "advies", "financiering"];
    private static readonly string[] TargetGroups = ["mkb_breed", "zzp", "micro", "klein", "middelgroot"];
    private static readonly string[] Forms = ["basisvaardigheden", "online_marketing", "cybersecurity", "data", "ai"];
    private static readonly string[] Bottlenecks = ["bewustzijn", "kennis", "tijd", "middelen", "personeel"];

    [Fact]
    public void The_validator_never_throws_on_arbitrary_bytes() =>
        Gen.Byte.Array[0, 3000].Sample(bytes =>
        {
            using var stream = new MemoryStream(bytes);
            var report = Validator.Validate(stream, "random.bin", "PV20").Report;
            Assert.Equal(report.Valid, report.Errors.Count == 0);
        }, iter: 400);

    [Fact]
    public void The_validator_never_throws_on_arbitrary_csv_like_text()
    {
        var header = string.Join(',', ScanCsv.Header) + "\n";
        var text = Gen.Char[",;\"\n\r\t |()=+-@aé1.0x\u00A0\u202E\uFFFD"].Array[0, 600].Select(chars => new string(chars));
        Gen.Select(Gen.Bool, text).Sample((withHeader, body) =>
        {
            using var stream = new MemoryStream(Encoding.UTF8.GetBytes((withHeader ? header : "") + body));
            var report = Validator.Validate(stream, "random.csv", null).Report;
            Assert.Equal(report.Valid, report.Errors.Count == 0);
        }, iter: 400);
    }

    [Fact]
    public void A_valid_generated_row_round_trips_to_the_same_harmonised_values()
    {
        var name = Gen.Char["abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ'&éëï"].Array[3, 40]
            .Select(c => new string(c).Trim()).Where(s => s.Length >= 2);
        var subset = (string[] codes) => Gen.Int[1, (1 << codes.Length) - 1].Select(mask => codes.Where((_, i) => (mask & (1 << i)) != 0).ToArray());
        var gen = Gen.Select(name, Gen.OneOf(ServiceAreas), Gen.OneOf(ActivityTypes), subset(TargetGroups), subset(Forms), subset(Bottlenecks), Gen.Long[0, 10_000_000], Gen.Int[2015, 2025]);
        gen.Sample((initiative, area, type, groups, forms, bottlenecks, reach, year) =>
        {
            var row = ScanCsv.ValidRow(1, initiative);
            row["werkgebied"] = area;
            row["activiteit_type"] = type;
            row["doelgroep"] = string.Join('|', groups);
            row["digitaliseringsvorm"] = string.Join(", ", forms);
            row["knelpunten"] = string.Join(';', bottlenecks);
            row["bereik_per_jaar"] = reach.ToString("N0", CultureInfo.GetCultureInfo("nl-NL"));
            row["bereik_peiljaar"] = year.ToString(CultureInfo.InvariantCulture);
            using var stream = new MemoryStream(ScanCsv.Text(row));
            var result = Validator.Validate(stream, "generated.csv", "PV20");

            Assert.True(result.Report.Valid, string.Join("; ", result.Report.Errors.Select(e => e.Message)));
            var harmonised = result.Scan!.Initiatives.Single();
            var activity = result.Scan.Activities.Single();
            Assert.Equal(initiative, harmonised.Name);
            Assert.Equal(area, harmonised.ServiceArea);
            Assert.Equal(type, activity.ActivityType);
            Assert.Equal(groups.Order(), activity.TargetGroups.Order());
            Assert.Equal(forms.Order(), activity.DigitalisationForms.Order());
            Assert.Equal(bottlenecks.Order(), activity.Bottlenecks.Order());
            Assert.Equal(reach, activity.ReachPerYear);
            Assert.Equal(year, activity.ReachYear);
        }, iter: 200);
    }

    [Fact]
    public void Multi_value_cells_split_into_their_values_whatever_the_separators_and_spaces()
    {
        var value = Gen.Char["abcdefghij_ -()"].Array[1, 12].Select(c => new string(c).Trim())
            .Where(v => v.Length > 0 && v.Count(ch => ch == '(') == v.Count(ch => ch == ')') && !v.Contains(')', StringComparison.Ordinal) && !v.Contains('(', StringComparison.Ordinal));
        var separator = Gen.OneOf("|", ";", ",", "\n", " | ", "; ", " ,  ", "\r\n");
        Gen.Select(value.Array[1, 8], separator).Sample((values, sep) =>
            Assert.Equal(values, MultiValue.Split(string.Join(sep, values))), iter: 500);
    }

    [Fact]
    public void Dutch_whole_numbers_with_thousands_dots_read_as_written() =>
        Gen.Long[0, 999_999_999_999].Sample(n =>
        {
            var dutch = n.ToString("N0", CultureInfo.GetCultureInfo("nl-NL"));
            Assert.True(DutchNumber.TryParse(dutch, NumberStyle.WholeNumber, out var value), dutch);
            Assert.Equal(n, value);
            Assert.True(DutchNumber.TryParse(n.ToString(CultureInfo.InvariantCulture), NumberStyle.WholeNumber, out value));
            Assert.Equal(n, value);
        }, iter: 1000);

    [Fact]
    public void Dutch_decimal_numbers_with_a_comma_read_as_written() =>
        Gen.Long[-99_999_999, 99_999_999].Select(Gen.Int[1, 4]).Sample((units, decimals) =>
        {
            var number = units / (decimal)Math.Pow(10, decimals);
            var dutch = number.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.GetCultureInfo("nl-NL"));
            Assert.True(DutchNumber.TryParse(dutch, NumberStyle.Fractional, out var value), dutch);
            Assert.Equal(number, value);
        }, iter: 1000);
}
