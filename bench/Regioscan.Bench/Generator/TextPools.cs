namespace Regioscan.Bench.Generator;

/// <summary>
/// Dutch text the generated cells are made of, in the style of the regional scans. <c>{M}</c> is a
/// municipality, <c>{P}</c> the province, <c>{N}</c> the initiative's name.
/// </summary>
internal static class TextPools
{
    public static IReadOnlyList<string> InitiativeNames { get; } =
    [
        "Digitale Werkplaats {M}", "MKB Digitaal {M}", "Cyberweerbaar {M}", "Smart Industry Hub {M}", "Datalab {M}",
        "Digitaal Ondernemen {M}", "Webshop Academie {M}", "AI Proeftuin {M}", "Ondernemersloket Digitaal {M}",
        "Fieldlab Slimme Maakindustrie {M}", "Digitale Kracht {M}", "Online Zichtbaar {M}", "Cyberveilig MKB {P}",
        "Agrifood Data Hub {P}", "Bouw Digitaal {P}", "Zorginnovatie Netwerk {M}", "Retail Vitaal {M}",
        "Logistiek Digitaal {P}", "Creatieve Makers {M}", "Startup Versneller {M}", "Versnellingsprogramma Digitalisering {P}",
        "Studentenlab Digitaal Ondernemen {M}", "Digitale Hulp Ondernemers {M}", "Innovatiecentrum {M}", "Techniekpact {P}",
    ];

    public static IReadOnlyList<string> Sentences { get; } =
    [
        "{N} helpt ondernemers in {M} om de eerste of volgende stap in digitalisering te zetten.",
        "Studenten en docenten werken samen met mkb'ers aan concrete digitale vraagstukken, van een betere website tot het gebruik van data.",
        "Met vouchers, scans en bijeenkomsten stimuleert het programma ondernemers om digitalisering in hun bedrijfsvoering op te nemen.",
        "Eén aanspreekpunt voor digitalisering in {P}: ondernemers krijgen advies, financiering en toegang tot het regionale netwerk.",
        "Ondernemers worden bewust gemaakt van digitale risico's en leren met eenvoudige maatregelen weerbaarder te worden.",
        "In het fieldlab testen maakbedrijven nieuwe technologie, zoals cobots en sensoren, voordat ze investeren.",
        "Deelnemers krijgen een quickscan, een persoonlijk actieplan en drie begeleidingsgesprekken met een ervaren adviseur.",
        "Het netwerk verbindt ondernemers, onderwijs en overheid rond data, AI en automatisering.",
        "Bijeenkomsten in de regio laten zien wat collega-ondernemers al bereikt hebben met digitale hulpmiddelen.",
        "Het initiatief richt zich vooral op zzp'ers en micro-ondernemingen die weinig tijd en kennis hebben.",
        "Samen met de gemeente {M} en de KVK wordt het regionale aanbod overzichtelijk gemaakt.",
        "Ondernemers kunnen gratis deelnemen; de provincie {P} financiert het programma tot en met 2026.",
        "Praktijkgerichte workshops over online marketing, webshops en sociale media, in kleine groepen.",
        "Na afloop meet het initiatief de tevredenheid en het effect op omzet en werkgelegenheid.",
        "De aanpak is ontwikkeld met brancheorganisaties en wordt jaarlijks bijgesteld op basis van de ervaringen.",
        "Ook ondernemers buiten {M} zijn welkom, mits hun bedrijf in {P} gevestigd is.",
    ];

    /// <summary>Activity names with their <c>activiteit_type</c> code.</summary>
    public static IReadOnlyList<(string Name, string Type)> Activities { get; } =
    [
        ("Digitale scan en adviestraject", "advies"), ("Digitaliseringsscan mkb", "advies"), ("Cyberscan voor het mkb", "advies"),
        ("Smart Industry Quickscan", "advies"), ("Spreekuur digitale vragen", "advies"),
        ("Workshop online zichtbaarheid", "training"), ("Masterclass social media", "training"), ("Leergang digitale strategie", "training"),
        ("Workshop cybersecurity voor zzp'ers", "training"), ("Cursus werken met data", "training"),
        ("Inspiratiesessie digitaal ondernemen", "bewustwording"), ("Webinar ransomware en phishing", "bewustwording"),
        ("Campagne Digitaal Veilig Ondernemen", "bewustwording"), ("Ondernemersavond digitalisering", "bewustwording"),
        ("Cyber Café", "kennisdeling"), ("Netwerkbijeenkomst maakindustrie", "kennisdeling"), ("Online kennisbank", "kennisdeling"),
        ("Lerend netwerk AI", "kennisdeling"),
        ("Voucherregeling digitalisering", "financiering"), ("Innovatiesubsidie digitale producten", "financiering"),
        ("Fieldlab robotisering", "experimenteren"), ("Cobot-proeftuin", "experimenteren"), ("Phishingtest voor medewerkers", "experimenteren"),
        ("AI-experimenteerruimte", "experimenteren"),
        ("Doorverwijzing naar regionaal aanbod", "matchmaking"), ("Matchmaking student en ondernemer", "matchmaking"),
        ("Praktijkonderzoek predictive maintenance", "onderzoek"), ("Praktijkopdrachten voor mkb-bedrijven", "onderzoek"),
    ];

    public static IReadOnlyList<string> LeadOrganisations { get; } =
    [
        "Gemeente {M}", "Provincie {P}", "KVK", "Ondernemersvereniging {M}", "Stichting Digitaal {M}", "ROC {M}",
        "Hogeschool {M}", "Rabobank {M}", "EDIH {P}", "Regionale Ontwikkelingsmaatschappij {P}", "Koninklijke Metaalunie",
        "MKB-Nederland {P}",
    ];

    public static IReadOnlyList<string> FirstNames { get; } =
    [
        "Anouk", "Bram", "Daan", "Eva", "Femke", "Fleur", "Hendrik", "Inge", "Joost", "Karin", "Lotte", "Mark", "Noor",
        "Pieter", "Renée", "Sanne", "Thijs", "Wouter", "Yara", "Zoë",
    ];

    public static IReadOnlyList<string> LastNames { get; } =
    [
        "de Vries", "Jansen", "van den Berg", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "de Groot",
        "Bos", "Vos", "Peters", "Hendriks", "van Dijk", "Dekker", "Brouwer", "de Wit", "Dijkstra", "van der Meer",
    ];

    /// <summary>Share of initiatives with 1 … 6 activities: 2.7 on average, as in the national scan.</summary>
    public static ReadOnlySpan<double> ActivitiesPerInitiative => [25, 27, 22, 13, 8, 5];
}
