namespace Regioscan.Core.Releases.Catalog;

/// <summary>
/// The dataset's own title, description and keywords in Dutch and English: one text for
/// <c>datapackage.json</c>, <c>dcat.jsonld</c> and <c>schema-org.jsonld</c>.
/// </summary>
internal static class DatasetTexts
{
    public const string TitleNl = "Regioscan Digitalisering MKB";

    public const string TitleEn = "Regional scan of SME digitalisation support";

    public const string DescriptionNl =
        "Publieke en publiek-private initiatieven die het mkb helpen digitaliseren, per provincie in kaart gebracht "
        + "langs zeven dimensies: activiteiten, doelgroep, digitaliseringsvorm, knelpunten, aanbieders, beleidsrationale "
        + "en bereik/impact. Tekst die met =, +, -, @, tab of CR begint, staat in de CSV-bestanden met een ' ervoor "
        + "(tegen formule-injectie in spreadsheets); Parquet en GeoJSON bevatten de oorspronkelijke tekst.";

    public const string DescriptionEn =
        "Public and public-private initiatives that help small and medium-sized businesses digitalise, mapped per "
        + "Dutch province along seven dimensions: activities, target group, form of digitalisation, bottlenecks, "
        + "providers, policy rationale and reach/impact. Text starting with =, +, -, @, tab or CR has a ' in front "
        + "in the CSV files (against formula injection in spreadsheets); Parquet and GeoJSON keep the original text.";

    /// <summary>Dutch keywords (the dataset's language).</summary>
    public static IReadOnlyList<string> Keywords { get; } = ["digitalisering", "mkb", "provincies", "regioscan", "innovatie"];
}
