using System.Text;
using Regioscan.Core.Releases;
using Regioscan.Core.Releases.Staging;
using Regioscan.Core.Releases.Summary;
using Regioscan.Core.Storage;
using Regioscan.Core.Tests.Demo;
using Regioscan.Core.Validation;
using Regioscan.Testing;

namespace Regioscan.Core.Tests.Validation;

/// <summary>
/// Validation spools an upload's harmonised rows as their staged lines and keeps fingerprints, slots and counts in
/// memory (<see cref="StagedScan"/>). What it stores must be what the serializer and <see cref="ProvinceSummaries"/>
/// make from the same rows as records, and a conflict's message must show the first row's value as it was.
/// </summary>
public sealed class StagedScanTests
{
    private const string Header =
        "initiatief_id;initiatief_naam;omschrijving;website;provincie;gemeente;werkgebied;aanbieders;penvoerder;financiering;" +
        "beleidsrationale;startjaar;eindjaar;contactpersoon;contact_email;contact_telefoon;activiteit_id;activiteit_naam;" +
        "activiteit_type;doelgroep;digitaliseringsvorm;knelpunten;bereik_per_jaar";

    public static TheoryData<int> Uploads => [.. Enumerable.Range(0, DemoData.Dataset.FirstRound.Count + DemoData.Dataset.SecondRound.Count)];

    [Theory]
    [MemberData(nameof(Uploads))]
    public void The_staged_files_and_summary_are_what_the_records_make(int index)
    {
        var upload = DemoData.Dataset.FirstRound.Concat(DemoData.Dataset.SecondRound).ElementAt(index);
        using var result = Validate(upload.Content, upload.FileName, upload.ProvinceCode);
        var staged = result.Staged!;
        var tables = NationalMerge.Merge([result.Scan!]);

        Assert.Equal(Written(s => StagedScanJson.WriteInitiatives(tables.Initiatives, s)), Written(staged.WriteInitiatives));
        Assert.Equal(Written(s => StagedScanJson.WriteActivities(tables.Activities, s)), Written(staged.WriteActivities));
        Assert.Equal((tables.Initiatives.Count, tables.Activities.Count), (staged.InitiativeCount, staged.ActivityCount));
        var expected = ProvinceSummaries.RowOf(tables, upload.ProvinceCode);
        Assert.Equal(Written(s => StagedScanJson.WriteSummary(expected, s)), Written(s => StagedScanJson.WriteSummary(staged.Summary, s)));
    }

    [Fact]
    public void Rows_out_of_id_order_are_staged_in_id_order_with_their_aggregates()
    {
        // Even initiatives report no reach at all, so their lines have no reach_per_year.
        var rows = Enumerable.Range(1, 12).Reverse()
            .SelectMany(i => new[] { 3, 1, 2 }.Select(a =>
                Row($"UT-{i:D2}", $"Initiatief {i}", activityId: $"A{a}", activity: $"Activiteit {a}", reach: i % 2 == 0 ? string.Empty : $"{10 * a}")));

        using var result = Validate(Csv(rows), "scan.csv", "PV26");

        var scan = result.Scan!;
        Assert.True(result.Report.Valid, string.Join("\n", result.Report.Errors.Select(e => e.Message)));
        Assert.Equal(scan.Initiatives.Select(i => i.InitiativeId).Order(StringComparer.Ordinal), scan.Initiatives.Select(i => i.InitiativeId));
        Assert.Equal(scan.Activities.Select(a => a.ActivityId).Order(StringComparer.Ordinal), scan.Activities.Select(a => a.ActivityId));
        Assert.Equal(36, scan.Activities.Count);
        var ids = Encoding.UTF8.GetString(Written(result.Staged!.WriteActivities)).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select((line, n) => StagedScanJson.Activities.IdOf(Encoding.UTF8.GetBytes(line), n + 1)).ToList();
        Assert.Equal(scan.Activities.Select(a => a.ActivityId), ids);
        var tables = NationalMerge.Merge([scan]);
        Assert.Equal(6, tables.Initiatives.Count(i => i.ReachPerYear is null));
        Assert.All(tables.Initiatives.Where(i => i.ReachPerYear is not null), i => Assert.Equal(60, i.ReachPerYear));
        Assert.Equal(Written(s => StagedScanJson.WriteInitiatives(tables.Initiatives, s)), Written(result.Staged!.WriteInitiatives));
        Assert.Null(result.Staged.SpooledInitiatives());
        Assert.Null(result.Staged.SpooledActivities());
    }

    [Fact]
    public void Rows_in_id_order_with_each_initiatives_rows_together_are_staged_as_they_were_spooled()
    {
        // Even initiatives report no reach at all, so their lines have no reach_per_year.
        var rows = Enumerable.Range(1, 12)
            .SelectMany(i => new[] { 1, 2, 3 }.Select(a =>
                Row($"UT-{i:D2}", $"Initiatief {i}", activityId: $"A{a}", activity: $"Activiteit {a}", reach: i % 2 == 0 ? string.Empty : $"{10 * a}")));
        using var folder = new TempDirectory("spool");

        using var result = new ScanValidator(ValidationOptions.Default, new FixedTimeProvider())
            .Validate(new MemoryStream(Encoding.UTF8.GetBytes(Csv(rows))), "scan.csv", "PV26", new FileScratch(folder.FullPath));

        Assert.True(result.Report.Valid, string.Join("\n", result.Report.Errors.Select(e => e.Message)));
        var staged = result.Staged!;
        var tables = NationalMerge.Merge([result.Scan!]);
        AssertIsFile(staged.SpooledInitiatives(), Written(s => StagedScanJson.WriteInitiatives(tables.Initiatives, s)));
        AssertIsFile(staged.SpooledActivities(), Written(s => StagedScanJson.WriteActivities(tables.Activities, s)));

        // The spools are still readable as lines after they were handed over.
        Assert.Equal(Written(s => StagedScanJson.WriteInitiatives(tables.Initiatives, s)), Written(staged.WriteInitiatives));
        Assert.Equal(36, staged.ToProvinceScan().Activities.Count);
    }

    [Fact]
    public void An_initiative_whose_rows_are_apart_is_staged_from_its_lines_with_all_of_its_activities()
    {
        // The first initiative comes back after the second: its line was spooled with one activity, and it has two.
        using var result = Validate(
            Csv([Row("UT-01", "Eerste", activityId: "A1"), Row("UT-02", "Tweede", activityId: "A1"), Row("UT-01", "Eerste", activityId: "A2")]),
            "scan.csv", "PV26");

        Assert.True(result.Report.Valid, string.Join("\n", result.Report.Errors.Select(e => e.Message)));
        Assert.Null(result.Staged!.SpooledInitiatives());
        Assert.Null(result.Staged.SpooledActivities());
        var tables = NationalMerge.Merge([result.Scan!]);
        Assert.Equal([2, 1], tables.Initiatives.Select(i => i.ActivityCount));
        Assert.Equal(Written(s => StagedScanJson.WriteInitiatives(tables.Initiatives, s)), Written(result.Staged.WriteInitiatives));
        Assert.Equal(Written(s => StagedScanJson.WriteActivities(tables.Activities, s)), Written(result.Staged.WriteActivities));
    }

    [Fact]
    public void A_conflict_with_an_initiative_spooled_before_reads_its_value_back_from_its_line()
    {
        // When the third row comes, the first initiative's line is in the spool, inside its published line.
        using var result = Validate(
            Csv([
                Row("UT-01", "Eerste", "Omschrijving met \"aanhalingstekens\"", activityId: "A1"),
                Row("UT-02", "Tweede", "Iets anders", activityId: "A1"),
                Row("UT-01", "Eerste", "Een andere omschrijving", activityId: "A2"),
            ]),
            "scan.csv", "PV26");

        var conflict = Assert.Single(result.Report.Errors);
        Assert.Equal((ErrorCodes.ConflictingInitiative, 4, "omschrijving"), (conflict.Code, conflict.Row, conflict.Column));
        Assert.Contains("but 'Omschrijving met \"aanhalingstekens\"' on row 2", conflict.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Activities_that_leave_id_order_late_are_still_staged_in_id_order()
    {
        // Forty initiatives in id order, then five that sort before them: the ids of the first rows must come back for the sort.
        var rows = Enumerable.Range(10, 40).Concat(Enumerable.Range(1, 5))
            .SelectMany(i => new[] { 1, 2 }.Select(a => Row($"UT-{i:D2}", $"Initiatief {i}", activityId: $"A{a}", activity: $"Activiteit {a}")));

        using var result = Validate(Csv(rows), "scan.csv", "PV26");

        Assert.True(result.Report.Valid, string.Join("\n", result.Report.Errors.Select(e => e.Message)));
        var ids = Encoding.UTF8.GetString(Written(result.Staged!.WriteActivities)).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select((line, n) => StagedScanJson.Activities.IdOf(Encoding.UTF8.GetBytes(line), n + 1)).ToList();
        Assert.Equal(90, ids.Count);
        Assert.Equal(ids.Order(StringComparer.Ordinal), ids);
        Assert.Equal(result.Scan!.Activities.Select(a => a.ActivityId), ids);
        Assert.Equal(Written(s => StagedScanJson.WriteActivities(NationalMerge.Merge([result.Scan!]).Activities, s)), Written(result.Staged!.WriteActivities));
    }

    [Fact]
    public void A_value_invalid_on_the_first_row_is_stood_in_for_by_the_first_valid_one_and_the_others_are_compared_as_before()
    {
        var first = Row("UT-01", "Digitaal Doen", "Omschrijving", start: "twintig", activityId: "A1");
        var sameButValidYear = Row("UT-01", "Digitaal Doen", "Omschrijving", start: "2023", activityId: "A2");
        var sameInvalidYear = Row("UT-01", "Digitaal Doen", "Omschrijving", start: "twintig", activityId: "A3");
        var otherDescriptionAndYear = Row("UT-01", "Digitaal Doen", "Andere omschrijving", start: "2021", activityId: "A4");

        using var result = Validate(Csv([first, sameButValidYear, sameInvalidYear, otherDescriptionAndYear]), "scan.csv", "PV26");

        // The description against the first row; the start year against row 3, the first with a valid one (row 4's
        // invalid year is its own error, not a conflict).
        var conflicts = result.Report.Errors.Where(e => e.Code == ErrorCodes.ConflictingInitiative).ToList();
        Assert.Equal([(5, "omschrijving"), (5, "startjaar")], conflicts.Select(c => (c.Row!.Value, c.Column!)));
        Assert.Contains("but 'Omschrijving' on row 2", conflicts[0].Message, StringComparison.Ordinal);
        Assert.EndsWith("has startjaar '2021' on this row, but '2023' on row 3.", conflicts[1].Message, StringComparison.Ordinal);
        Assert.Equal([2, 4, 5], result.Report.Errors.Where(e => e.Column == "startjaar").Select(e => e.Row));
    }

    [Fact]
    public void Spooled_to_files_the_scan_is_the_same_and_the_files_go_with_the_result()
    {
        var upload = DemoData.Dataset.FirstRound.MaxBy(u => u.Content.Length)!;
        using var folder = new TempDirectory("spool");
        var scratch = new FileScratch(folder.FullPath);
        using var inMemory = Validate(upload.Content, upload.FileName, upload.ProvinceCode);

        using (var spooled = new ScanValidator(ValidationOptions.Default, new FixedTimeProvider())
            .Validate(new MemoryStream(upload.Content), upload.FileName, upload.ProvinceCode, scratch))
        {
            Assert.Equal(2, Directory.GetFiles(folder.FullPath).Length);
            Assert.Equal(Written(inMemory.Staged!.WriteInitiatives), Written(spooled.Staged!.WriteInitiatives));
            Assert.Equal(Written(inMemory.Staged!.WriteActivities), Written(spooled.Staged!.WriteActivities));
        }

        Assert.Empty(Directory.GetFiles(folder.FullPath));
    }

    [Fact]
    public void A_rejected_upload_leaves_no_spool_behind()
    {
        using var folder = new TempDirectory("spool");
        var csv = Csv([Row("UT-01", "Scan", activity: "Spreekuur"), Row("UT-02", "Scan 2", activity: "Spreekuur", activityType: "geen_type")]);

        using var result = new ScanValidator(ValidationOptions.Default, new FixedTimeProvider())
            .Validate(new MemoryStream(Encoding.UTF8.GetBytes(csv)), "scan.csv", "PV26", new FileScratch(folder.FullPath));

        Assert.False(result.Report.Valid);
        Assert.Null(result.Staged);
        Assert.Empty(Directory.GetFiles(folder.FullPath));
    }

    [Fact]
    public void A_conflict_shows_the_first_rows_value_of_every_compared_column()
    {
        var description = "Een \"lange\" omschrijving — met é, ü en 😀, " + new string('x', 12_000);
        var first = Row("UT-01", "Digitaal Doen", description, "https://a.example.nl", "Utrecht", "lokaal", "kvk|gemeente", "ROC Utrecht",
            "structureel", "informatiefalen|kennisspillovers", "2021", "2024", "Anna de Vries", "anna@example.nl", "030 1234567", "A1", "Spreekuur");
        var second = Row("UT-01", "Digitaal Doen Anders", "Anders", string.Empty, "Amersfoort", "regionaal", "edih", "Hogeschool",
            "projectmatig", "informatiefalen", "2022", string.Empty, "Bram", "bram@example.nl", "030 7654321", "A2", "Cursus");

        using var result = Validate(Csv([first, second]), "scan.csv", "PV26");

        // Codes are compared and shown in their code list's order, so "kvk|gemeente" shows as 'gemeente|kvk'.
        var shown = result.Report.Errors.Where(e => e.Code == ErrorCodes.ConflictingInitiative)
            .ToDictionary(e => e.Column!, e => e.Message[(e.Message.IndexOf(", but ", StringComparison.Ordinal) + 6)..^" on row 2.".Length]);
        Assert.Equal(
            new Dictionary<string, string>
            {
                ["initiatief_naam"] = "'Digitaal Doen'",
                ["omschrijving"] = "'" + IssueList.Shorten(description) + "'",
                ["website"] = "'https://a.example.nl'",
                ["gemeente"] = "'Utrecht'",
                ["werkgebied"] = "'lokaal'",
                ["aanbieders"] = "'gemeente|kvk'",
                ["penvoerder"] = "'ROC Utrecht'",
                ["financiering"] = "'structureel'",
                ["beleidsrationale"] = "'informatiefalen|kennisspillovers'",
                ["startjaar"] = "'2021'",
                ["eindjaar"] = "'2024'",
                ["contactpersoon"] = "'Anna de Vries'",
                ["contact_email"] = "'anna@example.nl'",
                ["contact_telefoon"] = "'030 1234567'",
            },
            shown);
        Assert.Contains("has website (empty) on this row", result.Report.Errors.Single(e => e.Column == "website").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Lines_longer_than_the_read_window_and_in_any_order_read_back_whole()
    {
        using var spool = new LineSpool(new MemoryStream());
        var texts = Enumerable.Range(0, 300).Select(i => new string((char)('a' + (i % 26)), i % 7 == 0 ? 20_000 + i : 10 + i)).ToArray();
        var slots = texts.Select(t => spool.Append(t, StagedScanJsonTestContext.Default.String)).ToArray();
        var order = Enumerable.Range(0, texts.Length).OrderBy(i => (i * 7919) % texts.Length).ToArray();

        Assert.Equal("\"" + texts[5] + "\"", Encoding.UTF8.GetString(spool.ReadLine(slots[5])));
        var read = new string[texts.Length];
        spool.ReadLines(order.Select(i => slots[i]).ToArray(), (n, line) => read[order[n]] = Encoding.UTF8.GetString(line));

        Assert.Equal(texts.Select(t => "\"" + t + "\""), read);
    }

    [Fact]
    public void A_spool_as_a_file_is_every_line_with_its_newline_and_takes_no_more_lines()
    {
        using var spool = new LineSpool(new MemoryStream());
        var first = spool.Append("één", StagedScanJsonTestContext.Default.String);
        var second = spool.Append("twee", StagedScanJsonTestContext.Default.String, "<"u8, ">"u8);

        var file = spool.AsFile();

        var expected = Encoding.UTF8.GetBytes("\"één\"\n<\"twee\">\n");
        AssertIsFile(file, expected);
        Assert.Same(file, spool.AsFile());
        Assert.Equal("\"twee\"", Encoding.UTF8.GetString(spool.ReadLine(second)));
        Assert.Equal("\"één\"", Encoding.UTF8.GetString(spool.ReadLine(first)));
        Assert.Throws<InvalidOperationException>(() => spool.Append("drie", StagedScanJsonTestContext.Default.String));
    }

    private static ScanResult Validate(byte[] content, string fileName, string province) =>
        new ScanValidator(ValidationOptions.Default, new FixedTimeProvider()).Validate(new MemoryStream(content), fileName, province);

    private static ScanResult Validate(string csv, string fileName, string province) => Validate(Encoding.UTF8.GetBytes(csv), fileName, province);

    private static string Csv(IEnumerable<string> rows) => Header + "\n" + string.Join("\n", rows) + "\n";

    private static string Row(
        string id, string name, string description = "", string website = "", string municipality = "", string area = "lokaal", string providers = "kvk",
        string lead = "", string funding = "", string rationale = "", string start = "2022", string end = "", string person = "", string email = "",
        string phone = "", string activityId = "", string activity = "Spreekuur", string activityType = "advies", string reach = "120") =>
        string.Join(';', id, name, Quoted(description), website, "Utrecht", municipality, area, providers, lead, funding, rationale, start, end,
            person, email, phone, activityId, activity, activityType, "zzp", "data", "tijd", reach);

    private static string Quoted(string text) => text.Contains('"', StringComparison.Ordinal) ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;

    /// <summary>The spool handed over is <paramref name="expected"/> byte for byte, with its SHA-256.</summary>
    private static void AssertIsFile(SpooledFile? file, byte[] expected)
    {
        Assert.NotNull(file);
        using var content = new MemoryStream();
        file.Content.Position = 0;
        file.Content.CopyTo(content);
        Assert.Equal(expected, content.ToArray());
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(expected)), file.Sha256);
    }

    private static byte[] Written(Action<Stream> write)
    {
        using var buffer = new MemoryStream();
        write(buffer);
        return buffer.ToArray();
    }

    private sealed class FileScratch(string folder) : IScratchSpace
    {
        public Stream Create() => new FileStream(
            Path.Combine(folder, Guid.NewGuid().ToString("N") + ".tmp"), FileMode.CreateNew, FileAccess.ReadWrite, FileShare.Read, 4096, FileOptions.DeleteOnClose);
    }
}

[System.Text.Json.Serialization.JsonSerializable(typeof(string))]
internal sealed partial class StagedScanJsonTestContext : System.Text.Json.Serialization.JsonSerializerContext;
