using System.Globalization;
using System.Text;
using CsvHelper;
using Regioscan.Core.CodeLists;

namespace Regioscan.Core.Demo;

/// <summary>
/// Writes one province's initiatives as a scan file in the province's dialect: one row per activity, the
/// initiative's columns repeated identically on each of its rows.
/// </summary>
internal static class ScanFileWriter
{
    /// <summary>The file's bytes.</summary>
    public static byte[] Write(ProvinceProfile profile, IReadOnlyList<DemoInitiative> initiatives, int seed)
    {
        var style = profile.Style;
        var columns = TemplateColumns.For(style);
        var speller = new CodeSpeller(style);
        using var buffer = new MemoryStream();
        var options = new CsvWriterOptions
        {
            Separator = style.Separator,
            NewLine = style.NewLine,
            WriteByteOrderMark = style.Encoding == TextEncodingKind.Utf8WithBom,
        };
        using (var csv = CsvWriter.Create(buffer, options, leaveOpen: true))
        {
            csv.WriteHeader(columns.Select(c => TemplateColumns.Header(c, style.Headers)).ToArray());
            foreach (var initiative in initiatives)
            {
                var shared = InitiativeCells(initiative, style, speller, seed);
                foreach (var activity in initiative.Activities)
                {
                    var own = ActivityCells(initiative, activity, style, speller, seed);
                    csv.WriteRecord(columns.Select(c => shared.GetValueOrDefault(c) ?? own.GetValueOrDefault(c) ?? string.Empty).ToArray());
                }
            }
        }

        var utf8 = buffer.ToArray();
        return style.Encoding == TextEncodingKind.Windows1252 ? ToWindows1252(utf8) : utf8;
    }

    private static Dictionary<string, string?> InitiativeCells(DemoInitiative initiative, FileStyle style, CodeSpeller speller, int seed)
    {
        Random Cell(string column) => StableRandom.For(seed, initiative.ProvinceCode, initiative.Name, column);
        var cells = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["initiatief_id"] = initiative.SourceId,
            ["initiatief_naam"] = initiative.Name,
            ["omschrijving"] = initiative.Description,
            ["website"] = initiative.Website,
            ["provincie"] = style.ProvinceText,
            ["gemeente"] = Municipality(initiative, style, Cell("gemeente")),
            ["werkgebied"] = speller.Single(CodeListNames.ServiceArea, initiative.ServiceArea, Cell("werkgebied")),
            ["aanbieders"] = speller.Multi(CodeListNames.Providers, initiative.Providers, Cell("aanbieders")),
            ["penvoerder"] = initiative.LeadOrganisation,
            ["financiering"] = initiative.Funding is null ? null : speller.Single(CodeListNames.Funding, initiative.Funding, Cell("financiering")),
            ["beleidsrationale"] = speller.Multi(CodeListNames.PolicyRationale, initiative.PolicyRationale, Cell("beleidsrationale")),
            ["startjaar"] = Integer(initiative.StartYear),
            ["eindjaar"] = Integer(initiative.EndYear),
            ["contactpersoon"] = initiative.ContactPerson,
            ["contact_email"] = initiative.ContactEmail,
            ["contact_telefoon"] = initiative.ContactPhone,
        };
        if (initiative.Latitude is { } latitude && initiative.Longitude is { } longitude)
        {
            var (x, y) = RdNew.FromWgs84(latitude, longitude);
            cells["x_rd"] = Math.Round(x).ToString("0", CultureInfo.InvariantCulture);
            cells["y_rd"] = Math.Round(y).ToString("0", CultureInfo.InvariantCulture);
            cells["latitude"] = Decimal(latitude, style);
            cells["longitude"] = Decimal(longitude, style);
        }

        return cells;
    }

    private static Dictionary<string, string?> ActivityCells(DemoInitiative initiative, DemoActivity activity, FileStyle style, CodeSpeller speller, int seed)
    {
        Random Cell(string column) => StableRandom.For(seed, initiative.ProvinceCode, initiative.Name, activity.Name, column);
        return new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["activiteit_id"] = activity.SourceId,
            ["activiteit_naam"] = activity.Name,
            ["activiteit_type"] = speller.Single(CodeListNames.ActivityType, activity.Type, Cell("activiteit_type"), activity.Name),
            ["doelgroep"] = speller.Multi(CodeListNames.TargetGroup, activity.TargetGroups, Cell("doelgroep")),
            ["sectoren"] = speller.Multi(CodeListNames.Sectors, activity.Sectors, Cell("sectoren")),
            ["digitaliseringsvorm"] = speller.Multi(CodeListNames.DigitalisationForm, activity.Forms, Cell("digitaliseringsvorm")),
            ["knelpunten"] = speller.Multi(CodeListNames.Bottlenecks, activity.Bottlenecks, Cell("knelpunten")),
            ["bereik_per_jaar"] = Reach(activity.Reach, style),
            ["bereik_peiljaar"] = Integer(activity.ReachYear),
            ["impactmeting"] = activity.Impact is null ? null : speller.Single(CodeListNames.ImpactMeasurement, activity.Impact, Cell("impactmeting")),
        };
    }

    private static string? Municipality(DemoInitiative initiative, FileStyle style, Random random) =>
        initiative.Municipality is not { } municipality
            ? null
            : style.Municipalities switch
            {
                MunicipalityStyle.Code => municipality.Code,
                MunicipalityStyle.Mixed when random.Chance(0.5) => municipality.Code,
                _ => municipality.Name,
            };

    private static string? Integer(int? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static string Decimal(double value, FileStyle style)
    {
        var text = value.ToString("0.######", CultureInfo.InvariantCulture);
        return style.DecimalComma ? text.Replace('.', ',') : text;
    }

    private static string? Reach(long? reach, FileStyle style)
    {
        if (reach is not { } value)
        {
            return null;
        }

        // "1.250" as a Dutch spreadsheet shows 1250; the template reads it as 1250.
        return style.ThousandsSeparator && value >= 1000
            ? value.ToString("#,0", CultureInfo.InvariantCulture).Replace(',', '.')
            : value.ToString(CultureInfo.InvariantCulture);
    }

    private static byte[] ToWindows1252(byte[] utf8)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        // Throw rather than write '?': every character of the demo must exist in Windows-1252.
        var windows1252 = Encoding.GetEncoding(1252, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        return windows1252.GetBytes(Encoding.UTF8.GetString(utf8));
    }
}
