using System.Globalization;
using System.Text;

namespace Regioscan.Bench;

/// <summary>Writes a valid Utrecht upload as Dutch Excel would (semicolons, decimal commas), ten activities per initiative.</summary>
internal static class UploadGenerator
{
    private const string Header =
        "initiatief_id;initiatief_naam;omschrijving;website;provincie;gemeente;werkgebied;aanbieders;penvoerder;" +
        "financiering;beleidsrationale;startjaar;eindjaar;latitude;longitude;contactpersoon;contact_email;" +
        "contact_telefoon;activiteit_id;activiteit_naam;activiteit_type;doelgroep;sectoren;digitaliseringsvorm;" +
        "knelpunten;bereik_per_jaar;bereik_peiljaar;impactmeting";

    private static readonly string[] Municipalities = ["Utrecht", "Amersfoort", "Zeist", "Nieuwegein", "Veenendaal"];
    private static readonly string[] Forms = ["cybersecurity", "data|ai", "online_marketing", "automatisering", "cloud_software|ketensamenwerking"];
    private static readonly string[] Types = ["advies", "training", "bewustwording", "kennisdeling", "experimenteren"];

    /// <param name="valid">False puts an unknown code on row 2, so the upload is rejected and no scan is kept.</param>
    public static void Write(string path, int rows, bool valid)
    {
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16);
        writer.Write(Header);
        writer.Write("\r\n");
        for (var row = 0; row < rows; row++)
        {
            var initiative = row / 10;
            var activity = row % 10;
            var latitude = 52.0 + (initiative % 200) * 0.001;
            var longitude = 5.0 + (initiative % 300) * 0.001;
            var form = !valid && row == 0 ? "blokchain" : Forms[row % Forms.Length];
            writer.Write(string.Create(CultureInfo.InvariantCulture,
                $"UT-{initiative};Initiatief {initiative};Ondersteuning van het mkb bij digitalisering, deel {initiative};https://www.initiatief{initiative}.example.nl;Utrecht;{Municipalities[initiative % Municipalities.Length]};regionaal;provincie|kvk;ROM Regio Utrecht;structureel;informatiefalen;2022;;{latitude.ToString("0.000", CultureInfo.InvariantCulture).Replace('.', ',')};{longitude.ToString("0.000", CultureInfo.InvariantCulture).Replace('.', ',')};Contact {initiative};contact{initiative}@example.nl;030 {initiative:D7};A{activity};Activiteit {activity} van {initiative};{Types[activity % Types.Length]};zzp|micro;alle_sectoren;{form};kennis|tijd;{(1000 + row % 5000).ToString("N0", CultureInfo.InvariantCulture).Replace(',', '.')};2024;output"));
            writer.Write("\r\n");
        }
    }
}
