namespace Regioscan.Core.Demo;

/// <summary>
/// The kinds of initiative the regional scans found, as data. Names, activities and code mixes follow the
/// national synthesis: many small workshops and scans, a few broad programmes, much ad-hoc funding.
/// </summary>
internal static class Themes
{
    /// <summary>Every theme, in a fixed order (the generator's choices depend on it).</summary>
    public static IReadOnlyList<Theme> All { get; } =
    [
        new()
        {
            Weight = 1.0,
            Names = ["Digitale Werkplaats {R}", "DigiWerkplaats {R}", "Digitale Werkplaats MKB {R}", "Studentenlab Digitaal Ondernemen {R}"],
            Descriptions =
            [
                "Studenten van {O} helpen ondernemers {IN} met concrete digitale vraagstukken, van een betere website tot het gebruik van data.",
                "In {N} werken studenten, docenten en ondernemers samen aan de digitale uitdagingen van het mkb {IN}.",
                "Praktijkgerichte ondersteuning voor mkb'ers die online willen groeien. Studententeams maken een scan en een actieplan op maat.",
            ],
            Forms = ["online_marketing", "basisvaardigheden", "digitale_strategie", "data", "cloud_software"],
            TargetGroups = ["mkb_breed", "micro", "zzp", "digitale_beginners", "klein"],
            Sectors = ["detailhandel", "horeca", "zakelijke_dienstverlening", "creatieve_industrie"],
            LeadTypes = ["onderwijs"],
            PartnerTypes = ["gemeente", "provincie", "kvk", "rom", "brancheorganisatie"],
            Activities =
            [
                new("Digitale scan en adviestraject", "advies", 10, 60),
                new("Studententeam voor digitale vraagstukken", "advies", 8, 40),
                new("Workshop online zichtbaarheid", "training", 15, 80),
                new("Masterclass social media voor ondernemers", "training", 10, 60),
                new("Praktijkopdrachten voor mkb-bedrijven", "onderzoek", 5, 30),
                new("Inspiratiesessie digitaal ondernemen", "bewustwording", 30, 150),
                new("Online kennisbank met praktijkvoorbeelden", "bewustwording", 800, 4000, Programme: true),
            ],
        },
        new()
        {
            Weight = 1.2,
            Names = ["MKB Digitaal {R}", "Digitaal Ondernemen {R}", "{R} Digitaal", "Versnellingsprogramma Digitalisering {R}", "MKB Digitaliseringsprogramma {R}"],
            Descriptions =
            [
                "Regionaal programma van {O} en partners dat mkb'ers {IN} helpt de eerste of volgende stap in digitalisering te zetten.",
                "Met vouchers, scans en bijeenkomsten stimuleert {N} ondernemers om digitalisering in hun bedrijfsvoering op te nemen.",
                "Eén aanspreekpunt voor digitalisering {IN}: ondernemers krijgen advies, financiering en toegang tot het regionale netwerk.",
            ],
            Forms = ["digitale_strategie", "basisvaardigheden", "data", "cloud_software", "online_marketing", "cybersecurity"],
            TargetGroups = ["mkb_breed", "klein", "middelgroot", "digitale_beginners", "micro"],
            Sectors = ["alle_sectoren"],
            LeadTypes = ["rom", "provincie"],
            PartnerTypes = ["provincie", "gemeente", "kvk", "onderwijs", "brancheorganisatie", "financiele_instelling"],
            Activities =
            [
                new("Voucherregeling digitalisering", "financiering", 20, 200),
                new("Digitaliseringsscan mkb", "advies", 15, 120),
                new("Ondernemersavond digitalisering", "bewustwording", 40, 200),
                new("Programma digitale transformatie", "advies", 10, 50),
                new("Campagne Digitaal Ondernemen", "bewustwording", 1500, 6000, Programme: true),
                new("Doorverwijzing naar regionaal aanbod", "matchmaking", 40, 300),
                new("Leergang digitale strategie", "training", 10, 40, Forms: ["digitale_strategie"]),
            ],
        },
        new()
        {
            Weight = 1.0,
            Names = ["Cyberweerbaar {R}", "Cybersecurity Alliantie {R}", "Digitaal Veilig Ondernemen {R}", "Cyberveilig MKB {R}", "Cyberhub {R}"],
            Descriptions =
            [
                "{N} maakt ondernemers {IN} bewust van digitale risico's en helpt hen met eenvoudige maatregelen weerbaarder te worden.",
                "Samenwerking van {O}, politie, gemeenten en ondernemersverenigingen rond cybersecurity in het mkb.",
                "Praktische ondersteuning bij informatiebeveiliging: van een cyberscan tot een oefening met een gesimuleerde hack.",
            ],
            Forms = ["cybersecurity", "cloud_software", "basisvaardigheden"],
            TargetGroups = ["mkb_breed", "zzp", "micro", "klein", "digitale_beginners"],
            Sectors = ["alle_sectoren", "zorg", "zakelijke_dienstverlening", "detailhandel"],
            LeadTypes = ["brancheorganisatie", "gemeente", "rom", "kvk", "kennisinstelling"],
            PartnerTypes = ["gemeente", "kvk", "brancheorganisatie", "onderwijs", "bedrijfsleven", "rijk"],
            Bottleneck = "vertrouwen",
            Activities =
            [
                new("Workshop cybersecurity voor zzp'ers", "training", 10, 60),
                new("Cyberscan voor het mkb", "advies", 10, 80),
                new("Webinar ransomware en phishing", "bewustwording", 40, 400),
                new("Phishingtest voor medewerkers", "experimenteren", 10, 60),
                new("Cyber Café", "kennisdeling", 20, 120),
                new("Campagne Digitaal Veilig Ondernemen", "bewustwording", 2000, 8000, Programme: true),
                new("Oefening cyberincident", "experimenteren", 5, 30),
            ],
        },
        new()
        {
            Weight = 1.0,
            Names = [new("Smart Industry Hub {R}", "maakindustrie"), new("Fieldlab Slimme Maakindustrie {R}", "maakindustrie"), "Smart Maintenance Campus {R}", "Industrie 4.0 Versneller {R}", new("Smart Factory {R}", "maakindustrie")],
            Descriptions =
            [
                "{N} helpt maakbedrijven {IN} met automatisering, robotisering en het slim gebruiken van productiedata.",
                "In het fieldlab testen mkb-maakbedrijven samen met {O} nieuwe technologie voordat ze investeren.",
                "Netwerk van maakbedrijven, kennisinstellingen en overheden dat de digitalisering van de regionale industrie versnelt.",
            ],
            Forms = ["smart_industry", "automatisering", "data", "ketensamenwerking", "ai"],
            TargetGroups = ["klein", "middelgroot", "digitale_koplopers", "mkb_breed"],
            Sectors = ["maakindustrie", "logistiek", "bouw"],
            LeadTypes = ["rom", "onderwijs", "brancheorganisatie"],
            PartnerTypes = ["rom", "onderwijs", "kennisinstelling", "bedrijfsleven", "provincie", "edih"],
            Bottleneck = "personeel",
            Associations = ["Koninklijke Metaalunie", "FME", "Techniek Nederland"],
            Activities =
            [
                new("Fieldlab robotisering", "experimenteren", 5, 40),
                new("Smart Industry Quickscan", "advies", 10, 60),
                new("Masterclass IoT in de productie", "training", 10, 50),
                new("Bedrijfsbezoeken Smart Factory", "bewustwording", 20, 150),
                new("Cobot-proeftuin", "experimenteren", 5, 30, Forms: ["automatisering"]),
                new("Praktijkonderzoek predictive maintenance", "onderzoek", 4, 20, Forms: ["data", "smart_industry"]),
                new("Netwerkbijeenkomst maakindustrie", "kennisdeling", 30, 150),
            ],
        },
        new()
        {
            Weight = 0.9,
            Names = ["Boost je Webshop {R}", "Webshop Academy {R}", "Lokaal Digitaal {R}", new("Winkelstraat Online {R}", "detailhandel"), "Online Ondernemen {R}"],
            Descriptions =
            [
                "Hulp voor winkeliers en horecaondernemers {IN} die online beter gevonden willen worden.",
                "{N} leert ondernemers stap voor stap een webshop opzetten en social media inzetten.",
                "Initiatief van {O} om het lokale mkb zichtbaar te maken op internet, met workshops en een spreekuur.",
            ],
            Forms = ["online_marketing", "basisvaardigheden", "cloud_software"],
            TargetGroups = ["zzp", "micro", "digitale_beginners", "startups"],
            Sectors = ["detailhandel", "horeca", "creatieve_industrie"],
            LeadTypes = ["gemeente", "brancheorganisatie", "onderwijs"],
            PartnerTypes = ["gemeente", "kvk", "onderwijs", "brancheorganisatie", "bedrijfsleven"],
            Associations = ["Ondernemersvereniging {M}", "Centrummanagement {M}"],
            Activities =
            [
                new("Workshop webshop starten", "training", 10, 50),
                new("Spreekuur social media", "advies", 10, 80),
                new("Online marketing bootcamp", "training", 10, 40),
                new("Ondernemerscafé e-commerce", "kennisdeling", 20, 100),
                new("Subsidie webshop voor winkeliers", "financiering", 10, 80),
                new("Fotostudio voor productfoto's", "experimenteren", 5, 40),
                new("Webinarreeks online verkopen", "bewustwording", 500, 2500, Programme: true),
            ],
        },
        new()
        {
            Weight = 0.9,
            Names = ["AI-lab {R}", "Data Value Center {R}", "AI Hub {R}", "Datalab {R}", new("Data Value Center Agrifood", "agrifood"), new("Data Value Center Logistiek", "logistiek")],
            Descriptions =
            [
                "{N} helpt mkb'ers ontdekken wat data en AI voor hun bedrijf kunnen betekenen, met quickscans, proeftuinen en masterclasses.",
                "Kennisinstellingen en bedrijven werken in {N} samen aan praktische toepassingen van data-analyse en kunstmatige intelligentie.",
                "Laagdrempelige toegang tot de data-expertise van {O} voor ondernemers {IN}.",
            ],
            Forms = ["data", "ai", "digitale_strategie", "cloud_software"],
            TargetGroups = ["klein", "middelgroot", "digitale_koplopers", "startups"],
            Sectors = ["zakelijke_dienstverlening", "ict", "maakindustrie", "logistiek", "agrifood", "zorg"],
            LeadTypes = ["kennisinstelling", "onderwijs", "rom", "edih"],
            PartnerTypes = ["onderwijs", "kennisinstelling", "rom", "bedrijfsleven", "edih", "provincie"],
            Activities =
            [
                new("AI-quickscan voor het mkb", "advies", 10, 60, Forms: ["ai"]),
                new("Masterclass datagedreven werken", "training", 10, 50, Forms: ["data"]),
                new("Proeftuin AI-toepassingen", "experimenteren", 4, 25, Forms: ["ai", "data"]),
                new("Datapilot met studenten", "onderzoek", 3, 20),
                new("Inspiratiesessie generatieve AI", "bewustwording", 50, 300, Forms: ["ai"]),
                new("Community of practice data", "kennisdeling", 15, 80),
                new("Webinarreeks AI voor ondernemers", "bewustwording", 800, 3000, Programme: true, Forms: ["ai"]),
            ],
        },
        new()
        {
            Weight = 0.3,
            ProvinceWide = true,
            Names = ["Digital Innovation Hub {R}", "EDIH {R}"],
            Descriptions =
            [
                "Europese Digital Innovation Hub die mkb'ers {IN} ondersteunt met 'test before invest', opleiding en toegang tot financiering.",
                "{N} bundelt de expertise van kennisinstellingen, ROM en bedrijfsleven rond AI, data en cybersecurity.",
            ],
            Forms = ["ai", "data", "cybersecurity", "smart_industry"],
            TargetGroups = ["klein", "middelgroot", "digitale_koplopers", "startups"],
            Sectors = ["maakindustrie", "agrifood", "zorg", "ict", "logistiek"],
            LeadTypes = ["edih"],
            PartnerTypes = ["rom", "kennisinstelling", "onderwijs", "rijk", "bedrijfsleven", "provincie"],
            Activities =
            [
                new("Test before invest-traject", "experimenteren", 5, 40),
                new("Opleidingstraject digitale vaardigheden", "training", 15, 80),
                new("Hulp bij het vinden van financiering", "matchmaking", 10, 60),
                new("Ecosysteemnetwerk digitale innovatie", "kennisdeling", 40, 250),
                new("Demonstratiedagen nieuwe technologie", "bewustwording", 50, 300),
                new("Technologiescan en innovatieadvies", "advies", 10, 50),
            ],
        },
        new()
        {
            Weight = 0.5,
            RegionalOnly = true,
            Names = [new("Smart Farming Fieldlab {R}", "agrifood"), new("Agrifood Digitaal {R}", "agrifood"), new("Digitale Boerderij {R}", "agrifood")],
            Descriptions =
            [
                "{N} brengt boeren, tuinders en agrifoodbedrijven {IN} in contact met sensortechnologie, data en robotica.",
                "Praktijknetwerk waarin agrarische ondernemers samen met {O} experimenteren met precisielandbouw.",
            ],
            Forms = ["data", "smart_industry", "automatisering", "ketensamenwerking"],
            TargetGroups = ["micro", "klein", "mkb_breed", "digitale_koplopers"],
            Sectors = ["agrifood"],
            LeadTypes = ["onderwijs", "brancheorganisatie", "rom"],
            PartnerTypes = ["kennisinstelling", "onderwijs", "provincie", "bedrijfsleven", "financiele_instelling"],
            Bottleneck = "infrastructuur",
            Activities =
            [
                new("Fieldlab precisielandbouw", "experimenteren", 5, 40),
                new("Workshop data op het boerenerf", "training", 10, 60),
                new("Demonstratiedag smart farming", "bewustwording", 80, 600),
                new("Ketenproject digitale voedselketen", "onderzoek", 3, 15, Forms: ["ketensamenwerking"]),
                new("Studiegroep melkveehouders en data", "kennisdeling", 10, 40),
                new("Digitale bedrijfsscan agrarisch ondernemer", "advies", 10, 50),
            ],
        },
        new()
        {
            Weight = 0.5,
            Names = [new("Digitaal Bouwen {R}", "bouw"), new("BIM-werkplaats {R}", "bouw"), new("Logistiek Digitaal {R}", "logistiek"), new("Smart Logistics Centre {R}", "logistiek")],
            Descriptions =
            [
                "{N} helpt bedrijven {IN} met digitaal samenwerken in de keten, van planning tot facturatie.",
                "Brancheorganisaties en {O} ondersteunen ondernemers bij het invoeren van digitale werkprocessen en standaarden.",
            ],
            Forms = ["ketensamenwerking", "cloud_software", "data", "automatisering"],
            TargetGroups = ["klein", "middelgroot", "micro", "mkb_breed"],
            Sectors = ["bouw", "logistiek"],
            LeadTypes = ["brancheorganisatie", "onderwijs", "rom"],
            PartnerTypes = ["brancheorganisatie", "onderwijs", "gemeente", "bedrijfsleven", "kennisinstelling"],
            Activities =
            [
                new("Cursus digitaal samenwerken in de keten", "training", 10, 60),
                new("Praktijkdag digitale werkprocessen", "bewustwording", 30, 200),
                new("Ketenpilot digitale standaarden", "onderzoek", 3, 20),
                new("Adviestraject procesdigitalisering", "advies", 5, 40),
                new("Kennisnetwerk digitale keten", "kennisdeling", 20, 120),
                new("Demonstratielocatie nieuwe technieken", "experimenteren", 30, 250),
            ],
        },
        new()
        {
            Weight = 0.4,
            Names = [new("Gastvrij Digitaal {R}", "horeca"), new("Toerisme Online {R}", "horeca")],
            Descriptions =
            [
                "{N} ondersteunt horeca- en recreatieondernemers {IN} bij online boeken, reviews en digitale marketing.",
                "Kleinschalig initiatief van {O} met workshops en persoonlijk advies voor ondernemers in de gastvrijheidssector.",
            ],
            Forms = ["online_marketing", "cloud_software", "basisvaardigheden", "data"],
            TargetGroups = ["micro", "zzp", "klein", "digitale_beginners"],
            Sectors = ["horeca"],
            LeadTypes = ["brancheorganisatie", "gemeente", "onderwijs"],
            PartnerTypes = ["gemeente", "brancheorganisatie", "provincie", "onderwijs"],
            Activities =
            [
                new("Workshop online boekingssystemen", "training", 10, 50),
                new("Digitaliseringsscan horeca", "advies", 10, 60),
                new("Netwerkbijeenkomst gastvrijheidssector", "kennisdeling", 20, 120),
                new("Masterclass reviews en online reputatie", "training", 10, 60),
                new("Inspiratiedag digitale gastvrijheid", "bewustwording", 50, 300),
                new("Proeftuin slim reserveren", "experimenteren", 4, 20),
            ],
        },
        new()
        {
            Weight = 0.7,
            Names = ["Digitaal Vakmanschap {R}", "Leven Lang Ontwikkelen Digitaal {R}", "Digitale Vaardigheden MKB {R}", "Techtalent {R}"],
            Descriptions =
            [
                "{N} versterkt de digitale vaardigheden van medewerkers in het mkb {IN} met korte, praktijkgerichte opleidingen.",
                "Samenwerking tussen {O}, werkgevers en gemeenten om ICT-talent voor de regio op te leiden en te behouden.",
            ],
            Forms = ["basisvaardigheden", "digitale_strategie", "data", "cloud_software"],
            TargetGroups = ["mkb_breed", "klein", "micro", "digitale_beginners"],
            Sectors = ["alle_sectoren", "zorg", "maakindustrie", "ict"],
            LeadTypes = ["onderwijs", "gemeente"],
            PartnerTypes = ["onderwijs", "gemeente", "provincie", "brancheorganisatie", "bedrijfsleven", "rijk"],
            Bottleneck = "personeel",
            Activities =
            [
                new("Opleidingsvoucher digitale vaardigheden", "financiering", 20, 150),
                new("Cursus digitale basisvaardigheden", "training", 15, 80, Forms: ["basisvaardigheden"]),
                new("Matchmaking studenten en mkb", "matchmaking", 10, 80),
                new("Praktijkleren bij ondernemers", "training", 10, 60),
                new("Omscholingstraject ICT", "training", 5, 30),
                new("Leerwerkplaats digitalisering", "experimenteren", 5, 40),
            ],
        },
        new()
        {
            Weight = 0.8,
            Names = ["Ondernemershuis {R}", "Digitaliseringsloket {R}", "Ondernemersplein Digitaal {R}", "Digitaal Spreekuur {R}"],
            Descriptions =
            [
                "Laagdrempelig loket waar ondernemers {IN} terechtkunnen met vragen over digitalisering en doorverwezen worden naar passend aanbod.",
                "{O} en partners bundelen in {N} het regionale aanbod, zodat mkb'ers door de bomen het bos weer zien.",
            ],
            Forms = ["digitale_strategie", "basisvaardigheden", "online_marketing", "cybersecurity"],
            TargetGroups = ["mkb_breed", "zzp", "micro", "startups", "digitale_beginners"],
            Sectors = ["alle_sectoren"],
            LeadTypes = ["kvk", "gemeente", "financiele_instelling"],
            PartnerTypes = ["kvk", "gemeente", "financiele_instelling", "brancheorganisatie", "rom"],
            Activities =
            [
                new("Spreekuur digitalisering", "advies", 20, 150),
                new("Doorverwijzing naar regionaal aanbod", "matchmaking", 50, 400),
                new("Ondernemersontbijt digitalisering", "bewustwording", 30, 150),
                new("Webinarreeks Digitaal Ondernemen", "bewustwording", 1000, 5000, Programme: true),
                new("Netwerkbijeenkomst ondernemers", "kennisdeling", 30, 200),
                new("Online overzicht van het regionale aanbod", "matchmaking", 800, 3500, Programme: true),
            ],
        },
    ];
}
