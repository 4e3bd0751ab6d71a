namespace Regioscan.Core.Demo;

/// <summary>
/// The 12 provinces as the demo sees them. Sizes follow the provinces' economies (Noord-Brabant,
/// Zuid-Holland, Gelderland and Noord-Holland largest); every file has its own dialect, as real uploads do.
/// </summary>
internal static class ProvinceProfiles
{
    private const string Crlf = "\r\n";
    private const string Lf = "\n";

    /// <summary>The profiles, ordered by CBS code.</summary>
    public static IReadOnlyList<ProvinceProfile> All { get; } =
    [
        new("PV20", 15, "NOM", ["Hanzehogeschool Groningen", "Noorderpoort", "Alfa-college"], ["Rijksuniversiteit Groningen"],
            "EDIH Noord-Nederland", "Rabobank Stad en Midden Groningen",
            [
                new("Groningen", "provinciaal", ["Groningen", "Midden-Groningen", "Eemsdelta"]),
                new("Stad Groningen", "lokaal", ["Groningen"], "in de stad Groningen"),
                new("Eemsdelta", "regionaal", ["Eemsdelta"], "in de Eemsdelta"),
                new("Oost-Groningen", "regionaal", ["Oldambt", "Veendam", "Stadskanaal", "Pekela", "Westerwolde"]),
                new("Westerkwartier", "lokaal", ["Westerkwartier"], "in het Westerkwartier"),
                new("Hogeland", "lokaal", ["Het Hogeland"], "op het Hogeland"),
                new("Noord-Nederland", "regionaal", ["Groningen"]),
            ],
            new()
            {
                Separator = ',', NewLine = Crlf, Encoding = TextEncodingKind.Utf8WithBom, ProvinceText = "Groningen",
                IdPrefix = "GR", FileName = "Regioscan_Groningen_2023.csv", SecondFileName = "Regioscan_Groningen_2023_v2.csv",
            }),
        new("PV21", 16, "NOM", ["NHL Stenden Hogeschool", "Friesland College", "ROC Friese Poort", "Van Hall Larenstein"], ["Campus Fryslân"],
            "EDIH Noord-Nederland", "Rabobank Leeuwarden Noord-Friesland",
            [
                new("Fryslân", "provinciaal", ["Leeuwarden", "Heerenveen", "Smallingerland", "Súdwest-Fryslân"]),
                new("Leeuwarden", "lokaal", ["Leeuwarden"]),
                new("Zuidoost-Fryslân", "regionaal", ["Heerenveen", "Opsterland", "Ooststellingwerf", "Weststellingwerf", "Smallingerland"]),
                new("Noordoost-Fryslân", "regionaal", ["Noardeast-Fryslân", "Dantumadiel", "Achtkarspelen", "Tytsjerksteradiel"]),
                new("Súdwest-Fryslân", "lokaal", ["Súdwest-Fryslân"]),
                new("Westergo", "regionaal", ["Waadhoeke", "Harlingen"]),
                new("Noord-Nederland", "regionaal", ["Leeuwarden"]),
            ],
            new()
            {
                Separator = ';', NewLine = Crlf, Encoding = TextEncodingKind.Windows1252, DecimalComma = true,
                Headers = HeaderStyle.Spaced, MultiSeparator = ", ", Codes = CodeStyle.Labels, ProvinceText = "Friesland",
                ThousandsSeparator = true, IdPrefix = "FR",
                FileName = "regioscan-fryslan-definitief.csv", SecondFileName = "regioscan-fryslan-definitief-2.csv",
            }),
        new("PV22", 11, "NOM", ["Drenthe College", "NHL Stenden Emmen", "Alfa-college"], ["Rijksuniversiteit Groningen"],
            "EDIH Noord-Nederland", "Rabobank Assen en Noord-Drenthe",
            [
                new("Drenthe", "provinciaal", ["Assen", "Emmen", "Hoogeveen", "Meppel"]),
                new("Assen", "lokaal", ["Assen"]),
                new("Emmen", "lokaal", ["Emmen"]),
                new("Zuidwest-Drenthe", "regionaal", ["Meppel", "De Wolden", "Westerveld", "Hoogeveen"]),
                new("Zuidoost-Drenthe", "regionaal", ["Emmen", "Coevorden", "Borger-Odoorn"]),
                new("Noord-Drenthe", "regionaal", ["Tynaarlo", "Noordenveld", "Aa en Hunze"]),
            ],
            new()
            {
                Separator = ',', NewLine = Lf, Encoding = TextEncodingKind.Utf8, MultiSeparator = ";", Codes = CodeStyle.Mixed,
                ProvinceText = "PV22", Municipalities = MunicipalityStyle.Code, ContactColumns = false,
                FileName = "regioscan_drenthe.csv", SecondFileName = "regioscan_drenthe_2.csv",
            }),
        new("PV23", 20, "Oost NL", ["Saxion", "Hogeschool Windesheim", "ROC van Twente", "Deltion College"], ["Universiteit Twente"],
            "EDIH Oost-Nederland", "Rabobank Centraal Twente",
            [
                new("Overijssel", "provinciaal", ["Zwolle", "Enschede", "Deventer", "Hengelo (O.)"]),
                new("Twente", "regionaal", ["Enschede", "Hengelo (O.)", "Almelo", "Oldenzaal", "Hof van Twente", "Borne"]),
                new("Regio Zwolle", "regionaal", ["Zwolle", "Kampen", "Dalfsen", "Zwartewaterland"], "in de regio Zwolle"),
                new("Salland", "regionaal", ["Deventer", "Raalte", "Olst-Wijhe"]),
                new("Deventer", "lokaal", ["Deventer"]),
                new("Enschede", "lokaal", ["Enschede"]),
                new("Vechtdal", "regionaal", ["Hardenberg", "Ommen"], "in het Vechtdal"),
            ],
            new()
            {
                Separator = ';', NewLine = Crlf, Encoding = TextEncodingKind.Windows1252, DecimalComma = true,
                Headers = HeaderStyle.UpperHyphen, MultiSeparator = "\n", Codes = CodeStyle.Spellings, ProvinceText = "Overijssel",
                ThousandsSeparator = true, IdPrefix = "OV",
                FileName = "Regioscan-Overijssel-export.csv", SecondFileName = "Regioscan-Overijssel-export-2.csv",
            }),
        new("PV24", 9, "Horizon Flevoland", ["Aeres Hogeschool Almere", "Windesheim Almere", "ROC van Flevoland"], ["Wageningen University & Research"],
            "EDIH Midden-Nederland", "Rabobank Flevoland",
            [
                new("Flevoland", "provinciaal", ["Almere", "Lelystad", "Dronten"]),
                new("Almere", "lokaal", ["Almere"]),
                new("Lelystad", "lokaal", ["Lelystad"]),
                new("Noordoostpolder", "lokaal", ["Noordoostpolder", "Urk"], "in de Noordoostpolder"),
                new("Dronten", "lokaal", ["Dronten"]),
            ],
            new()
            {
                Separator = '\t', NewLine = Lf, Encoding = TextEncodingKind.Utf8, Codes = CodeStyle.Mixed, ProvinceText = "Flevoland",
                IdPrefix = "FL", PolicyColumn = false, ContactColumns = false,
                FileName = "regioscan-flevoland-tab.csv", SecondFileName = "regioscan-flevoland-tab-2.csv",
            }),
        new("PV25", 26, "Oost NL", ["HAN University of Applied Sciences", "Graafschap College", "ROC Rivor", "Aventus"],
            ["Wageningen University & Research", "Radboud Universiteit"], "EDIH Oost-Nederland", "Rabobank Noord-Veluwe",
            [
                new("Gelderland", "provinciaal", ["Arnhem", "Nijmegen", "Apeldoorn", "Ede"]),
                new("Achterhoek", "regionaal", ["Doetinchem", "Winterswijk", "Aalten", "Berkelland", "Oost Gelre", "Oude IJsselstreek"], "in de Achterhoek"),
                new("Veluwe", "regionaal", ["Apeldoorn", "Harderwijk", "Ermelo", "Epe", "Putten"], "op de Veluwe"),
                new("Food Valley", "regionaal", ["Ede", "Wageningen", "Barneveld", "Nijkerk", "Scherpenzeel"], "in de regio Food Valley"),
                new("Rivierenland", "regionaal", ["Tiel", "Culemborg", "Zaltbommel", "West Betuwe", "Buren"]),
                new("Regio Arnhem Nijmegen", "regionaal", ["Arnhem", "Nijmegen", "Wijchen", "Overbetuwe", "Lingewaard"], "in de regio Arnhem-Nijmegen"),
                new("Cleantech Regio", "regionaal", ["Apeldoorn", "Zutphen", "Lochem", "Brummen"], "in de Cleantech Regio"),
                new("Nijmegen", "lokaal", ["Nijmegen"]),
                new("Arnhem", "lokaal", ["Arnhem"]),
            ],
            new()
            {
                Separator = ',', NewLine = Crlf, Encoding = TextEncodingKind.Utf8WithBom, Headers = HeaderStyle.SpacedWithTrailingSpaces,
                MultiSeparator = ", ", Codes = CodeStyle.Mixed, ProvinceText = " Gelderland ", Municipalities = MunicipalityStyle.Mixed,
                ExtraSpaces = true, IdPrefix = "GE", PartialIds = true,
                FileName = "Regioscan_Gelderland_v3.csv", SecondFileName = "Regioscan_Gelderland_v4.csv",
            }),
        new("PV26", 18, "ROM Utrecht Region", ["Hogeschool Utrecht", "ROC Midden Nederland", "MBO Utrecht", "MBO Amersfoort"], ["Universiteit Utrecht", "TNO"],
            "EDIH Midden-Nederland", "Rabobank Utrecht",
            [
                new("Utrecht", "provinciaal", ["Utrecht", "Amersfoort", "Nieuwegein", "Zeist", "Veenendaal"]),
                new("Stad Utrecht", "lokaal", ["Utrecht"], "in de stad Utrecht"),
                new("Regio Amersfoort", "regionaal", ["Amersfoort", "Leusden", "Soest", "Baarn", "Bunschoten"], "in de regio Amersfoort"),
                new("Utrecht-West", "regionaal", ["Woerden", "De Ronde Venen", "Stichtse Vecht", "Montfoort", "Oudewater"]),
                new("Heuvelrug", "regionaal", ["Utrechtse Heuvelrug", "Rhenen", "Wijk bij Duurstede"], "op de Utrechtse Heuvelrug"),
                new("Lekstroom", "regionaal", ["Nieuwegein", "Houten", "IJsselstein", "Vijfheerenlanden", "Lopik"], "in de regio Lekstroom"),
                new("Veenendaal", "lokaal", ["Veenendaal"]),
            ],
            new()
            {
                Separator = ',', NewLine = Crlf, Encoding = TextEncodingKind.Utf8WithBom, MultiSeparator = " | ", ProvinceText = "Utrecht",
                RdCoordinates = true, IdPrefix = "UT",
                FileName = "regioscan-utrecht-rd.csv", SecondFileName = "regioscan-utrecht-rd-2.csv",
            }),
        new("PV27", 25, "ROM InWest", ["Hogeschool van Amsterdam", "Inholland", "ROC van Amsterdam", "Nova College", "Clusius College"],
            ["Universiteit van Amsterdam", "Vrije Universiteit Amsterdam"], "EDIH Noordwest-Nederland", "Rabobank Amsterdam",
            [
                new("Noord-Holland", "provinciaal", ["Amsterdam", "Haarlem", "Alkmaar", "Hoorn", "Zaanstad"]),
                new("Amsterdam", "lokaal", ["Amsterdam"]),
                new("Metropoolregio Amsterdam", "regionaal", ["Amsterdam", "Amstelveen", "Haarlemmermeer", "Zaanstad", "Purmerend"], "in de Metropoolregio Amsterdam"),
                new("Zuid-Kennemerland", "regionaal", ["Haarlem", "Heemstede", "Bloemendaal", "Zandvoort"]),
                new("Noord-Holland Noord", "regionaal", ["Alkmaar", "Hoorn", "Den Helder", "Schagen", "Hollands Kroon"]),
                new("West-Friesland", "regionaal", ["Hoorn", "Medemblik", "Enkhuizen", "Drechterland", "Stede Broec", "Koggenland", "Opmeer"]),
                new("Zaanstreek", "regionaal", ["Zaanstad", "Wormerland", "Oostzaan"], "in de Zaanstreek"),
                new("Gooi en Vechtstreek", "regionaal", ["Hilversum", "Gooise Meren", "Huizen", "Wijdemeren"], "in het Gooi en de Vechtstreek"),
                new("IJmond", "regionaal", ["Velsen", "Beverwijk", "Heemskerk"], "in de IJmond"),
                new("Haarlem", "lokaal", ["Haarlem"]),
            ],
            new()
            {
                Separator = ',', NewLine = Crlf, Encoding = TextEncodingKind.Utf8WithBom, Headers = HeaderStyle.Spaced, MultiSeparator = "; ",
                Codes = CodeStyle.Spellings, ProvinceText = "Noord Holland", ThousandsSeparator = true, IdPrefix = "NH", PartialIds = true,
                FileName = "Regioscan_NH_2023.csv", SecondFileName = "Regioscan_NH_2023_v2.csv",
            }),
        new("PV28", 28, "InnovationQuarter", ["Hogeschool Rotterdam", "De Haagse Hogeschool", "Hogeschool Leiden", "Albeda", "Zadkine", "ROC Mondriaan"],
            ["TU Delft", "Erasmus Universiteit Rotterdam", "Universiteit Leiden", "TNO"], "EDIH Zuid-Holland", "Rabobank Rotterdam",
            [
                new("Zuid-Holland", "provinciaal", ["Rotterdam", "'s-Gravenhage", "Leiden", "Dordrecht", "Delft"]),
                new("Rotterdam", "lokaal", ["Rotterdam"]),
                new("Den Haag", "lokaal", ["'s-Gravenhage"]),
                new("Rijnmond", "regionaal", ["Rotterdam", "Schiedam", "Vlaardingen", "Capelle aan den IJssel", "Barendrecht"], "in de regio Rijnmond"),
                new("Drechtsteden", "regionaal", ["Dordrecht", "Zwijndrecht", "Papendrecht", "Sliedrecht", "Hendrik-Ido-Ambacht", "Alblasserdam"], "in de Drechtsteden"),
                new("Holland Rijnland", "regionaal", ["Leiden", "Katwijk", "Alphen aan den Rijn", "Leiderdorp", "Noordwijk"]),
                new("Midden-Holland", "regionaal", ["Gouda", "Waddinxveen", "Bodegraven-Reeuwijk", "Krimpenerwaard"]),
                new("Haaglanden", "regionaal", ["'s-Gravenhage", "Delft", "Zoetermeer", "Rijswijk (ZH.)", "Leidschendam-Voorburg"]),
                new("Westland", "lokaal", ["Westland"], "in het Westland"),
                new("Hoeksche Waard", "lokaal", ["Hoeksche Waard"], "in de Hoeksche Waard"),
            ],
            new()
            {
                Separator = ';', NewLine = Crlf, Encoding = TextEncodingKind.Windows1252, DecimalComma = true, Codes = CodeStyle.Labels,
                ProvinceText = "Zuid-Holland", Municipalities = MunicipalityStyle.Mixed, ExtraSpaces = true, IdPrefix = "ZH",
                FileName = "regioscan-zuid-holland.csv", SecondFileName = "regioscan-zuid-holland-2.csv",
            }),
        new("PV29", 9, "Impuls Zeeland", ["HZ University of Applied Sciences", "Scalda"], ["HZ University of Applied Sciences"],
            "EDIH Zuid-Nederland", "Rabobank Oosterschelde",
            [
                new("Zeeland", "provinciaal", ["Middelburg (Z.)", "Vlissingen", "Goes", "Terneuzen"]),
                new("Walcheren", "regionaal", ["Middelburg (Z.)", "Vlissingen", "Veere"]),
                new("Zeeuws-Vlaanderen", "regionaal", ["Terneuzen", "Hulst", "Sluis"]),
                new("De Bevelanden", "regionaal", ["Goes", "Borsele", "Kapelle"]),
                new("Schouwen-Duiveland", "lokaal", ["Schouwen-Duiveland"]),
                new("Goes", "lokaal", ["Goes"]),
            ],
            new()
            {
                Separator = ';', NewLine = Crlf, Encoding = TextEncodingKind.Windows1252, DecimalComma = true, Headers = HeaderStyle.Spaced,
                MultiSeparator = ", ", Codes = CodeStyle.Labels, ProvinceText = "Zeeland", SectorsColumn = false,
                FileName = "Regioscan_Zeeland.csv", SecondFileName = "Regioscan_Zeeland_herzien.csv",
            }),
        new("PV30", 29, "BOM", ["Fontys Hogescholen", "Avans Hogeschool", "Summa College", "ROC Tilburg", "Curio"], ["TU/e", "Tilburg University", "JADS"],
            "EDIH Zuid-Nederland", "Rabobank Hart van Brabant",
            [
                new("Brabant", "provinciaal", ["'s-Hertogenbosch", "Eindhoven", "Tilburg", "Breda", "Helmond"]),
                new("Brainport", "regionaal", ["Eindhoven", "Helmond", "Veldhoven", "Best", "Geldrop-Mierlo", "Son en Breugel"]),
                new("Hart van Brabant", "regionaal", ["Tilburg", "Waalwijk", "Oisterwijk", "Dongen", "Goirle"]),
                new("West-Brabant", "regionaal", ["Breda", "Roosendaal", "Bergen op Zoom", "Etten-Leur", "Oosterhout", "Moerdijk"]),
                new("Noordoost-Brabant", "regionaal", ["'s-Hertogenbosch", "Oss", "Meierijstad", "Maashorst", "Land van Cuijk"]),
                new("De Kempen", "regionaal", ["Bladel", "Eersel", "Bergeijk", "Reusel-De Mierden", "Oirschot"]),
                new("De Peel", "regionaal", ["Helmond", "Deurne", "Gemert-Bakel", "Asten", "Someren"]),
                new("Eindhoven", "lokaal", ["Eindhoven"]),
                new("Tilburg", "lokaal", ["Tilburg"]),
                new("Breda", "lokaal", ["Breda"]),
                new("Den Bosch", "lokaal", ["'s-Hertogenbosch"]),
            ],
            new()
            {
                Separator = ';', NewLine = Crlf, Encoding = TextEncodingKind.Windows1252, DecimalComma = true,
                Headers = HeaderStyle.SpacedWithTrailingSpaces, MultiSeparator = "; ", Codes = CodeStyle.Mixed, ProvinceText = "Noord Brabant",
                ThousandsSeparator = true, IdPrefix = "NB",
                FileName = "Regioscan_Noord-Brabant_2023.csv", SecondFileName = "Regioscan_Noord-Brabant_2023_update.csv",
            }),
        new("PV31", 16, "LIOF", ["Zuyd Hogeschool", "Fontys Venlo", "Vista college", "Gilde Opleidingen", "Arcus College"],
            ["Maastricht University", "Brightlands Smart Services Campus"], "EDIH Zuid-Nederland", "Rabobank Zuid-Limburg Oost",
            [
                new("Limburg", "provinciaal", ["Maastricht", "Venlo", "Roermond", "Heerlen", "Sittard-Geleen"]),
                new("Zuid-Limburg", "regionaal", ["Maastricht", "Heerlen", "Sittard-Geleen", "Kerkrade", "Meerssen"]),
                new("Parkstad", "regionaal", ["Heerlen", "Kerkrade", "Landgraaf", "Brunssum", "Voerendaal"]),
                new("Noord-Limburg", "regionaal", ["Venlo", "Venray", "Horst aan de Maas", "Peel en Maas", "Beesel"]),
                new("Midden-Limburg", "regionaal", ["Roermond", "Weert", "Leudal", "Echt-Susteren", "Maasgouw"]),
                new("Westelijke Mijnstreek", "regionaal", ["Sittard-Geleen", "Stein (L.)", "Beek (L.)"], "in de Westelijke Mijnstreek"),
                new("Maastricht", "lokaal", ["Maastricht"]),
                new("Venlo", "lokaal", ["Venlo"]),
            ],
            new()
            {
                Separator = ',', NewLine = Crlf, Encoding = TextEncodingKind.Utf8WithBom, Headers = HeaderStyle.UpperHyphen,
                MultiSeparator = "\n", Codes = CodeStyle.Mixed, ProvinceText = "PV31", Municipalities = MunicipalityStyle.Mixed, IdPrefix = "LI",
                FileName = "regioscan-limburg.csv", SecondFileName = "regioscan-limburg-2.csv",
            }),
    ];
}
