using System.Text.RegularExpressions;
using NetTopologySuite.Algorithm.Locate;
using NetTopologySuite.Geometries;
using Regioscan.Core.Demo;
using Regioscan.Core.Geography;
using Regioscan.Core.Text;

namespace Regioscan.Core.Tests.Demo;

public sealed class DemoScanGeneratorTests
{
    private static readonly string[] RequiredColumns =
        ["initiatief_naam", "provincie", "werkgebied", "aanbieders", "activiteit_naam", "activiteit_type", "doelgroep", "digitaliseringsvorm", "knelpunten"];

    [Fact]
    public void Same_seed_gives_byte_identical_files()
    {
        var again = DemoScanGenerator.Generate(DemoScanGenerator.DefaultSeed);

        Assert.Equal(Fingerprint(DemoData.Dataset), Fingerprint(again));
        Assert.Equal(DemoData.Dataset.ExpectedChanges, again.ExpectedChanges);
    }

    [Fact]
    public void Another_seed_gives_other_data()
    {
        var other = DemoScanGenerator.Generate(DemoScanGenerator.DefaultSeed + 1);

        Assert.All(
            other.FirstRound.Zip(DemoData.Dataset.FirstRound),
            pair => Assert.False(pair.First.Content.AsSpan().SequenceEqual(pair.Second.Content), pair.First.FileName));
    }

    [Fact]
    public void First_round_has_exactly_one_csv_upload_per_province()
    {
        var uploads = DemoData.Dataset.FirstRound;

        Assert.Equal(Provinces.All.Select(p => p.Code), uploads.Select(u => u.ProvinceCode));
        Assert.All(uploads, u => Assert.EndsWith(".csv", u.FileName, StringComparison.Ordinal));
        Assert.Equal(12, uploads.Select(u => u.FileName).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(uploads, u => Assert.StartsWith(Provinces.FindByCode(u.ProvinceCode)!.Name, u.Description, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(DemoScanGenerator.DefaultSeed)]
    [InlineData(1)]
    [InlineData(77)]
    public void Totals_are_at_the_scale_of_the_national_synthesis(int seed)
    {
        var files = DemoScanGenerator.Generate(seed).FirstRound.Select(ScanFile.Read).ToArray();
        var rows = files.SelectMany(f => f.Rows).ToArray();

        Assert.InRange(rows.Select(ScanRecords.InitiativeKey).Distinct().Count(), 200, 240);
        Assert.InRange(rows.Length, 560, 640);
        Assert.InRange(rows.Sum(r => ScanValues.Reach(r["bereik_per_jaar"]) ?? 0), 100_000, 120_000);
        Assert.All(rows.GroupBy(ScanRecords.InitiativeKey), i => Assert.InRange(i.Count(), 1, 6));
    }

    [Fact]
    public void Larger_provinces_describe_more_initiatives_than_smaller_ones()
    {
        int Initiatives(string code) => DemoData.First(code).Rows.Select(ScanRecords.InitiativeKey).Distinct().Count();
        var large = new[] { "PV30", "PV28", "PV25", "PV27" }.Select(Initiatives).ToArray();
        var small = new[] { "PV24", "PV29", "PV22" }.Select(Initiatives).ToArray();

        Assert.True(large.Min() > small.Max(), "large " + string.Join(",", large) + ", small " + string.Join(",", small));
    }

    [Fact]
    public void Reach_is_skewed_with_many_small_activities_some_programmes_in_the_thousands_and_a_few_unknown()
    {
        var reach = DemoData.FirstRound.SelectMany(f => f.Rows).Select(r => ScanValues.Reach(r["bereik_per_jaar"])).ToArray();

        Assert.True(reach.Count(r => r <= 80) > reach.Length / 2);
        Assert.InRange(reach.Count(r => r >= 1000), 5, 80);
        Assert.InRange(reach.Count(r => r is null), 5, 60);
        Assert.All(reach, r => Assert.True(r is null or >= 0));
    }

    [Fact]
    public void Every_coded_value_is_a_code_label_or_known_spelling_of_exactly_one_code()
    {
        foreach (var file in DemoData.AllFiles)
        {
            foreach (var row in file.Rows)
            {
                foreach (var column in ScanValues.CodedColumns.Keys.Where(row.ContainsKey))
                {
                    foreach (var value in ScanValues.Values(column, row[column]))
                    {
                        Assert.True(ScanValues.CodesOf(column, value).Count == 1, file.Upload.FileName + ": '" + value + "' in " + column);
                    }
                }
            }
        }
    }

    [Fact]
    public void Every_dimension_is_filled_with_a_mix_of_codes()
    {
        var rows = DemoData.FirstRound.SelectMany(f => f.Rows).Select(ScanRecords.Harmonise).ToArray();
        int Distinct(string column) => rows.Where(r => r.ContainsKey(column)).SelectMany(r => r[column].Split('|', StringSplitOptions.RemoveEmptyEntries)).Distinct().Count();
        var initiatives = rows.DistinctBy(r => r["initiatief_naam"]).ToArray();
        var funding = initiatives.Select(r => r["financiering"]).ToArray();
        var impact = rows.Select(r => r["impactmeting"]).ToArray();

        Assert.Equal(8, Distinct("activiteit_type"));
        Assert.Equal(8, Distinct("doelgroep"));
        Assert.True(Distinct("sectoren") >= 10);
        Assert.Equal(10, Distinct("digitaliseringsvorm"));
        Assert.Equal(8, Distinct("knelpunten"));
        Assert.Equal(11, Distinct("aanbieders"));
        Assert.Equal(7, Distinct("beleidsrationale"));
        Assert.Equal(4, Distinct("werkgebied"));
        Assert.True(funding.Count(f => f is "ad_hoc" or "projectmatig") > funding.Length / 2, "ad hoc and project funding dominate");
        Assert.True(funding.Count(f => f == "ad_hoc") > funding.Length / 5);
        Assert.Equal("geen", impact.Where(i => i.Length > 0).GroupBy(i => i).MaxBy(g => g.Count())!.Key);
        Assert.Contains(rows, r => r["sectoren"].Length == 0);
        Assert.Contains(rows, r => r.TryGetValue("beleidsrationale", out var b) && b.Length == 0);
    }

    [Fact]
    public void Required_cells_are_filled_and_values_are_in_range()
    {
        foreach (var file in DemoData.AllFiles)
        {
            Assert.All(RequiredColumns, c => Assert.Contains(c, file.Columns));
            foreach (var row in file.Rows)
            {
                Assert.All(RequiredColumns, c => Assert.False(string.IsNullOrWhiteSpace(row[c]), file.Upload.FileName + ": empty " + c));
                var start = ScanValues.Year(row["startjaar"]);
                var end = ScanValues.Year(row["eindjaar"]);
                Assert.True(start is null or (>= 2015 and <= 2026), "startjaar " + start);
                Assert.True(end is null || (start is not null && end >= start && end <= 2026), "eindjaar " + end);
                Assert.True(ScanValues.Year(row["bereik_peiljaar"]) is null or 2022 or 2023);
                Assert.True(ScanValues.Reach(row["bereik_per_jaar"]) is null or >= 0);
                Assert.True(row["website"].Length == 0 || Uri.TryCreate(row["website"], UriKind.Absolute, out var uri) && uri.Scheme == "https", row["website"]);
            }
        }
    }

    [Fact]
    public void Initiative_columns_repeat_identically_on_every_row_of_an_initiative()
    {
        foreach (var file in DemoData.AllFiles)
        {
            foreach (var initiative in file.Rows.GroupBy(ScanRecords.InitiativeKey))
            {
                foreach (var column in ScanFile.InitiativeColumns.Where(file.Columns.Contains))
                {
                    Assert.Single(initiative.Select(r => r[column]).Distinct(StringComparer.Ordinal));
                }
            }
        }
    }

    [Fact]
    public void Rows_ids_and_names_are_unique()
    {
        foreach (var file in DemoData.AllFiles)
        {
            Assert.Equal(file.Rows.Count, file.Rows.Select(ScanRecords.ActivityKey).Distinct().Count());
            Assert.Equal(file.Rows.Count, file.Rows.Select(r => string.Join('\u001f', r.Values)).Distinct().Count());
            var initiatives = file.Rows.DistinctBy(ScanRecords.InitiativeKey).ToArray();
            Assert.Equal(initiatives.Length, initiatives.Select(r => TextKey.Normalise(r["initiatief_naam"])).Distinct().Count());
        }

        var names = DemoData.FirstRound.SelectMany(f => f.Rows).Select(r => TextKey.Normalise(r["initiatief_naam"])).Distinct().Count();
        Assert.Equal(DemoData.FirstRound.Sum(f => f.Rows.DistinctBy(ScanRecords.InitiativeKey).Count()), names);
    }

    [Fact]
    public void Province_and_municipality_cells_name_the_province_of_the_upload()
    {
        foreach (var file in DemoData.AllFiles)
        {
            foreach (var row in file.Rows)
            {
                Assert.Equal(file.Upload.ProvinceCode, Provinces.Find(row["provincie"])?.Code);
                if (row["gemeente"].Length > 0)
                {
                    Assert.Equal(file.Upload.ProvinceCode, Municipalities.Find(row["gemeente"])?.ProvinceCode);
                }
            }
        }
    }

    [Fact]
    public void Every_location_lies_inside_its_province_bounds()
    {
        var located = 0;
        foreach (var file in DemoData.AllFiles)
        {
            var bounds = Provinces.FindByCode(file.Upload.ProvinceCode)!.Bounds;
            foreach (var location in file.Rows.Select(ScanRecords.Location).OfType<(double Latitude, double Longitude)>())
            {
                located++;
                Assert.True(bounds.Contains(location.Latitude, location.Longitude), file.Upload.FileName + ": " + location);
            }
        }

        Assert.True(located > 400);
    }

    [Fact]
    public void Every_location_lies_inside_its_province_boundary_of_CBS_2025()
    {
        foreach (var file in DemoData.AllFiles)
        {
            // A locator rather than Covers: the generalised boundaries are not always valid polygons.
            var boundary = new IndexedPointInAreaLocator(ReferenceBoundaries.Province(file.Upload.ProvinceCode));
            foreach (var location in file.Rows.Select(ScanRecords.Location).OfType<(double Latitude, double Longitude)>())
            {
                var point = new Coordinate(location.Longitude, location.Latitude);
                Assert.True(boundary.Locate(point) != Location.Exterior, file.Upload.FileName + ": " + location);
            }
        }
    }

    [Fact]
    public void Located_initiatives_sit_close_to_their_municipality()
    {
        foreach (var row in DemoData.AllFiles.SelectMany(f => f.Rows).Where(r => r["gemeente"].Length > 0))
        {
            if (ScanRecords.Location(row) is { } location)
            {
                var municipality = Municipalities.Find(row["gemeente"])!;
                // 0.002° of jitter, plus about a metre through RD and back.
                Assert.InRange(location.Latitude - municipality.Latitude, -0.00205, 0.00205);
                Assert.InRange(location.Longitude - municipality.Longitude, -0.00205, 0.00205);
            }
        }
    }

    [Fact]
    public void Files_come_in_the_dialects_Dutch_uploads_arrive_in()
    {
        var files = DemoData.FirstRound;

        Assert.Contains(files, f => f is { EncodingName: "windows-1252", Separator: ';', NewLine: "\r\n" });
        Assert.Contains(files, f => f is { EncodingName: "utf-8-bom", Separator: ',' });
        Assert.Contains(files, f => f is { EncodingName: "utf-8", Separator: '\t', NewLine: "\n" });
        Assert.All(files.Where(f => f.EncodingName == "windows-1252"), f => Assert.Contains(f.Text, c => c > 127));
        Assert.Contains(files, f => f.Separator == ';' && f.Rows.Any(r => r["latitude"].Contains(',', StringComparison.Ordinal)));
    }

    [Fact]
    public void Files_show_the_messiness_that_harmonisation_repairs()
    {
        var files = DemoData.FirstRound;
        var headers = files.SelectMany(f => f.RawHeaders).ToArray();
        var cells = files.SelectMany(f => f.Rows).SelectMany(r => r).ToArray();
        bool AnyCell(string column, Func<string, bool> test) => cells.Any(c => c.Key == column && test(c.Value));

        Assert.Contains("Initiatief naam", headers);
        Assert.Contains("ACTIVITEIT-TYPE", headers);
        Assert.Contains("Digitaliseringsvorm ", headers);
        Assert.True(AnyCell("provincie", v => v == "Friesland"));
        Assert.True(AnyCell("provincie", v => v == "Noord Brabant"));
        Assert.True(AnyCell("provincie", v => Regex.IsMatch(v, "^PV[0-9]{2}$")));
        Assert.True(AnyCell("provincie", v => v != v.Trim()));
        Assert.True(AnyCell("gemeente", v => Regex.IsMatch(v, "^GM[0-9]{4}$")));
        Assert.True(AnyCell("bereik_per_jaar", v => Regex.IsMatch(v, @"^\d{1,3}\.\d{3}$")));
        Assert.True(AnyCell("activiteit_type", v => v.Trim() == "workshop"));
        Assert.True(AnyCell("digitaliseringsvorm", v => v.Contains("cyber security", StringComparison.OrdinalIgnoreCase)));
        Assert.True(AnyCell("doelgroep", v => v.Contains("Mkb breed", StringComparison.Ordinal)));
        Assert.True(AnyCell("doelgroep", v => v.Split('\n').Length > 1));
        Assert.True(AnyCell("aanbieders", v => v.Contains(", ", StringComparison.Ordinal)));
        Assert.True(AnyCell("aanbieders", v => v.Contains("; ", StringComparison.Ordinal)));
        Assert.True(AnyCell("aanbieders", v => v.Contains('|', StringComparison.Ordinal)));
        Assert.True(AnyCell("knelpunten", v => v != v.Trim() || v.Contains("  ", StringComparison.Ordinal)));
        Assert.True(AnyCell("omschrijving", v => v.StartsWith('-')), "a description that a spreadsheet would read as a formula");
        Assert.True(AnyCell("x_rd", v => v.Length > 0));
    }

    [Fact]
    public void Contact_columns_hold_only_fictitious_values()
    {
        var rows = DemoData.AllFiles.SelectMany(f => f.Rows).Where(r => r.ContainsKey("contact_email")).ToArray();

        Assert.NotEmpty(rows);
        Assert.All(rows.Where(r => r["contact_email"].Length > 0), r => Assert.EndsWith(".example", r["contact_email"], StringComparison.Ordinal));
        Assert.All(rows.Where(r => r["contact_telefoon"].Length > 0), r => Assert.StartsWith("06-0000", r["contact_telefoon"], StringComparison.Ordinal));
        Assert.All(rows.Where(r => r["contactpersoon"].Length > 0), r => Assert.EndsWith("(fictief)", r["contactpersoon"], StringComparison.Ordinal));
    }

    [Fact]
    public void Some_initiatives_go_without_location_or_id_and_keep_their_names_as_identity()
    {
        var rows = DemoData.FirstRound.SelectMany(f => f.Rows).ToArray();

        Assert.Contains(rows, r => ScanRecords.Location(r) is null);
        Assert.Contains(rows, r => r.TryGetValue("initiatief_id", out var id) && id.Length == 0);
        Assert.Contains(DemoData.FirstRound, f => !f.Columns.Contains("initiatief_id"));
        Assert.True(rows.Count(r => r.TryGetValue("initiatief_id", out var id) && id.Length > 0) > rows.Length / 2, "most rows carry ids");
    }

    private static string[] Fingerprint(DemoDataset dataset) =>
        dataset.FirstRound.Concat(dataset.SecondRound)
            .Select(u => u.ProvinceCode + "/" + u.FileName + "/" + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(u.Content)))
            .ToArray();
}
