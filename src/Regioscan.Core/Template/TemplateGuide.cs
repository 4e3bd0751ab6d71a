using Regioscan.Core.CodeLists;
using Regioscan.Core.Validation;

namespace Regioscan.Core.Template;

/// <summary>What each template column means, in Dutch, for the <c>toelichting</c> sheet of the template.</summary>
internal static class TemplateGuide
{
    private static readonly Dictionary<string, string> Meanings = new(StringComparer.Ordinal)
    {
        [ScanTemplate.InitiativeId] = "Eigen kenmerk van de provincie voor het initiatief. Gebruik hetzelfde kenmerk op elke rij van het initiatief.",
        [ScanTemplate.InitiativeName] = "Naam van het initiatief.",
        [ScanTemplate.Description] = "Korte omschrijving van het initiatief.",
        [ScanTemplate.Website] = "Website van het initiatief, het volledige adres (https://www.voorbeeld.nl).",
        [ScanTemplate.Province] = "Provincie: de naam (bijv. Utrecht) of de CBS-code PV20 t/m PV31. Moet de provincie van de upload zijn.",
        [ScanTemplate.Municipality] = "Gemeente waar het initiatief gevestigd is: de naam of de CBS-code GMxxxx.",
        [CodeListNames.ServiceArea] = "Werkgebied van het initiatief.",
        [CodeListNames.Providers] = "Aanbieders en partners (dimensie 5).",
        [ScanTemplate.LeadOrganisation] = "Penvoerende organisatie (vrije tekst).",
        [CodeListNames.Funding] = "Hoe het initiatief gefinancierd wordt.",
        [CodeListNames.PolicyRationale] = "Beleidsrationale (dimensie 6).",
        [ScanTemplate.StartYear] = "Jaar waarin het initiatief begon, bijv. 2022 (vanaf 1990).",
        [ScanTemplate.EndYear] = "Jaar waarin het initiatief eindigt of eindigde; niet vóór het startjaar. Leeg als het doorloopt.",
        [ScanTemplate.Latitude] = "Breedtegraad in WGS84-graden, bijv. 52,0907 (komma of punt). Geef latitude en longitude samen.",
        [ScanTemplate.Longitude] = "Lengtegraad in WGS84-graden, bijv. 5,1214. Geef latitude en longitude samen.",
        [ScanTemplate.XRd] = "X-coördinaat in Rijksdriehoeksmeting (RD New, EPSG:28992), in meters. In plaats van latitude/longitude.",
        [ScanTemplate.YRd] = "Y-coördinaat in Rijksdriehoeksmeting (RD New), in meters. Geef x_rd en y_rd samen.",
        [ScanTemplate.ContactPerson] = "Naam van de contactpersoon. Persoonsgegeven: blijft in de interne scan en wordt nooit gepubliceerd.",
        [ScanTemplate.ContactEmail] = "E-mailadres van de contactpersoon. Persoonsgegeven: wordt nooit gepubliceerd.",
        [ScanTemplate.ContactPhone] = "Telefoonnummer van de contactpersoon. Persoonsgegeven: wordt nooit gepubliceerd.",
        [ScanTemplate.ActivityId] = "Eigen kenmerk van de provincie voor de activiteit.",
        [ScanTemplate.ActivityName] = "Naam van de activiteit; elke activiteit van een initiatief heeft een eigen naam.",
        [CodeListNames.ActivityType] = "Soort activiteit (dimensie 1).",
        [CodeListNames.TargetGroup] = "Doelgroep (dimensie 2).",
        [CodeListNames.Sectors] = "Sectoren (dimensie 2).",
        [CodeListNames.DigitalisationForm] = "Vorm van digitalisering (dimensie 3).",
        [CodeListNames.Bottlenecks] = "Knelpunten die de activiteit aanpakt (dimensie 4).",
        [ScanTemplate.ReachPerYear] = "Aantal bereikte ondernemers per jaar (dimensie 7): een geheel getal, 0 of meer; 1.250 betekent 1250.",
        [ScanTemplate.ReachYear] = "Jaar waarop het bereik betrekking heeft, bijv. 2024.",
        [CodeListNames.ImpactMeasurement] = "Hoe de impact gemeten wordt (dimensie 7).",
    };

    /// <summary>The meaning of <paramref name="column"/>, and for a coded column how to fill it in.</summary>
    public static string Meaning(TemplateColumn column)
    {
        var meaning = Meanings[column.Name];
        return column.Kind switch
        {
            CellKind.Code => $"{meaning} Eén code uit de lijst {column.CodeList} (blad codelijsten); kies uit de keuzelijst.",
            CellKind.Codes => $"{meaning} Eén of meer codes uit de lijst {column.CodeList} (blad codelijsten), gescheiden door | (bijv. code1|code2).",
            _ => meaning,
        };
    }

    /// <summary>The input message of a multi-value column (Excel shows at most 255 characters).</summary>
    public static string MultiValuePrompt(TemplateColumn column) =>
        $"Eén of meer codes uit de lijst {column.CodeList} (blad codelijsten), gescheiden door |, bijv. code1|code2.";

    /// <summary>The rows on top of the <c>toelichting</c> sheet.</summary>
    public static IReadOnlyList<string> Introduction { get; } =
    [
        "Regioscan Digitalisering MKB: toelichting op het sjabloon",
        "Vul het blad activiteiten in: één rij per activiteit. De kolommen van het initiatief herhaalt u op elke rij van dat initiatief.",
        "Verplichte kolommen moeten op elke rij gevuld zijn. Codes staan op het blad codelijsten; ook het Nederlandse of Engelse label wordt herkend.",
        "Upload het bestand als .xlsx (zonder wachtwoord) of als CSV UTF-8. U krijgt een rapport met per probleem de rij, de kolom en de cel (bijv. B12).",
    ];
}
