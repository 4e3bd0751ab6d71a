#!/usr/bin/env python3
"""Writes the CSV uploads of the validation golden tests (run from this folder).

The files are committed; this script documents how their bytes were made (Windows-1252, BOMs,
CRLF) and regenerates them. The expected reports and scans (*.report.json, *.scan.json) are
written by the tests with REGIOSCAN_UPDATE_GOLDEN=1 and reviewed by hand.
"""
import os

COLUMNS = ["initiatief_id", "initiatief_naam", "omschrijving", "website", "provincie", "gemeente",
           "werkgebied", "aanbieders", "penvoerder", "financiering", "beleidsrationale", "startjaar",
           "eindjaar", "latitude", "longitude", "x_rd", "y_rd", "contactpersoon", "contact_email",
           "contact_telefoon", "activiteit_id", "activiteit_naam", "activiteit_type", "doelgroep",
           "sectoren", "digitaliseringsvorm", "knelpunten", "bereik_per_jaar", "bereik_peiljaar",
           "impactmeting"]

INITIATIVE = dict(initiatief_id="UT-01", initiatief_naam="Digitaal Doen Utrecht",
                  omschrijving="Praktische hulp bij digitalisering voor het mkb",
                  website="https://www.digitaaldoen.example.nl", provincie="Utrecht", gemeente="Utrecht",
                  werkgebied="regionaal", aanbieders="provincie|kvk", penvoerder="ROM Regio Utrecht",
                  financiering="structureel", beleidsrationale="informatiefalen", startjaar="2022",
                  eindjaar="", latitude="52,0907", longitude="5,1214", x_rd="", y_rd="",
                  contactpersoon="Anna Jansen", contact_email="a.jansen@example.nl",
                  contact_telefoon="030 123 4567")
ACTIVITY_1 = dict(activiteit_id="A1", activiteit_naam="Digitale scan", activiteit_type="advies",
                  doelgroep="mkb_breed", sectoren="alle_sectoren", digitaliseringsvorm="cybersecurity|data",
                  knelpunten="kennis", bereik_per_jaar="1.250", bereik_peiljaar="2024", impactmeting="output")
ACTIVITY_2 = dict(activiteit_id="A2", activiteit_naam="Workshop AI", activiteit_type="training",
                  doelgroep="zzp|micro", sectoren="", digitaliseringsvorm="ai", knelpunten="kennis|tijd",
                  bereik_per_jaar="300", bereik_peiljaar="2024", impactmeting="geen")


def row(**changes):
    values = {**INITIATIVE, **ACTIVITY_1}
    values.update(changes)
    return values


def second(**changes):
    values = {**INITIATIVE, **ACTIVITY_2}
    values.update(changes)
    return values


def quote(value, sep):
    if any(c in value for c in (sep, '"', "\n", "\r")):
        return '"' + value.replace('"', '""') + '"'
    return value


def csv(rows, columns=COLUMNS, sep=";", newline="\n"):
    lines = [sep.join(columns)]
    for r in rows:
        if r is None:
            lines.append("")
        else:
            lines.append(sep.join(quote(r.get(c, ""), sep) for c in columns))
    return newline.join(lines) + newline


def write(name, text, encoding="utf-8"):
    with open(name, "wb") as f:
        f.write(text.encode(encoding) if isinstance(text, str) else text)


os.makedirs("good", exist_ok=True)
os.makedirs("errors", exist_ok=True)

# --- Good files ------------------------------------------------------------------------------
# Dutch Excel: "CSV (gescheiden door lijstscheidingsteken)": ';', Windows-1252, CRLF, decimal comma,
# thousands dots, headers as people type them, Excel's trailing empty columns, a blank row.
dutch_header = ["Initiatief ID", "Initiatief naam", "Omschrijving", "Website", "Provincie", "Gemeente",
                "Werkgebied", "Aanbieders", "Penvoerder", "Financiering", "Beleidsrationale", "Startjaar",
                "Eindjaar", "Latitude", "Longitude", "Contactpersoon", "Contact e-mail", "Contact telefoon",
                "Activiteit ID", "Activiteit naam", "Activiteit type", "Doelgroep", "Sectoren",
                "Digitaliseringsvorm", "Knelpunten", "Bereik per jaar", "Bereik peiljaar", "Impactmeting", "", "", ""]
werkpleats = ["FR-01", "Digitale Werkpleats Fryslân", "Gratis digitale scan en coaching voor mkb'ers in Fryslân",
              "www.digitalewerkpleats.frl", "Fryslân", "Leeuwarden", "Provinciaal",
              "Provincie, KvK, Onderwijsinstelling (mbo, hbo, wo)", "Economic Board Fryslân", "Structureel",
              "Informatieasymmetrie | Kennisspillovers", "2021", "", "53,2012", "5,7999", "Sjoukje de Vries",
              "s.devries@example.frl", "058 123 4567"]
hub = ["", "Smart Industry Hub Noord", "Fieldlabs en kennisdeling over slim produceren", "https://hubnoord.example.nl",
       "Friesland", "Súdwest-Fryslân", "regio", "EDIH|Bedrijfsleven", "", "Projectmatig", "", "2023", "2026", "",
       "", "", "", ""]
dutch_rows = [
    werkpleats + ["A1", "Digitale scan", "Digitale scan", "mkb, zzp", "Alle sectoren",
                  "Cybersecurity, Online marketing en e-commerce", "Kennis; Tijd", "1.250", "2024", "Outputmonitoring", "", "", ""],
    werkpleats + ["A2", "Masterclass AI", "Masterclass", "Digitale koplopers", "Maakindustrie|Agrifood", "AI",
                  "Gebrek aan kennis en vaardigheden", "85", "2024", "Effectmeting", "", "", ""],
    hub + ["", "Fieldlab robotisering", "Fieldlab", "Middelgrote bedrijven (50–249)", "Maakindustrie",
           "Automatisering en robotisering; IoT", "Personeel", "2.400", "2024", "Geen meting", "", "", ""],
    [""] * 31,
    hub + ["", "Webinarreeks Slim produceren", "Webinar", "mkb breed", "", "Smart industry en IoT", "Bewustzijn",
           "1.100", "2025", "output", "", "", ""],
]
lines = [";".join(dutch_header)] + [";".join(quote(v, ";") for v in r) for r in dutch_rows]
write("good/dutch-excel.csv", "\r\n".join(lines) + "\r\n", "cp1252")

# UTF-8 with BOM, comma separated, LF, multi-line quoted cells (one row each), decimal points.
bom_rows = [
    row(omschrijving="Regionaal programma.\nMet drie sporen:\n- scan\n- training\n- netwerk",
        aanbieders="Gemeente, Provincie", latitude="52.0907", longitude="5.1214", doelgroep="zzp\nmicro"),
    second(latitude="52.0907", longitude="5.1214", omschrijving="Regionaal programma.\nMet drie sporen:\n- scan\n- training\n- netwerk",
           aanbieders="Gemeente, Provincie", knelpunten="Gebrek aan tijd\nGebrek aan kennis en vaardigheden"),
]
write("good/utf8-bom-multiline.csv", "\ufeff" + csv(bom_rows, sep=","))

# RD New coordinates: the RD origin in Amersfoort and a point in Utrecht.
rd_rows = [
    row(initiatief_id="UT-02", initiatief_naam="Mkb Digitaal Amersfoort", gemeente="Amersfoort",
        latitude="", longitude="", x_rd="155000", y_rd="463000"),
    row(initiatief_id="UT-03", initiatief_naam="Datalab Utrecht", gemeente="GM0344", latitude="", longitude="",
        x_rd="136.896", y_rd="455.932,5", activiteit_naam="Datalab spreekuur", digitaliseringsvorm="data"),
]
write("good/rd-coordinates.csv", csv(rd_rows))

# --- One file per issue code -----------------------------------------------------------------
write("errors/empty-file.csv", b"")
write("errors/header-only.csv", csv([]))
write("errors/not-a-scan.csv", "naam;adres;woonplaats\nJan;Dorpsstraat 1;Utrecht\n")
write("errors/workbook.xlsx", b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00" + b"[Content_Types].xml" + bytes(64))
write("errors/binary.bin", bytes(range(256)) * 4)
write("errors/too-many-rows.csv", csv([row(), second(), row(activiteit_id="A3", activiteit_naam="Derde")]))
# A BOM makes the file UTF-8; the byte E2 without its continuation bytes is invalid there.
write("errors/encoding-error.csv", b"\xef\xbb\xbf" + csv([row(), second()]).encode("utf-8")
      .replace(b"ROM Regio Utrecht", b"ROM Regio Utr\xe2cht", 1))
write("errors/missing-column.csv", csv([row(), second()],
      columns=[c if c != "knelpunten" else "knelpunt" for c in COLUMNS if c != "activiteit_type"]))
write("errors/duplicate-column.csv", csv([row(), second()], columns=COLUMNS + ["Doelgroep"]))
write("errors/missing-value.csv", csv([row(activiteit_type=""), second(latitude="", longitude="5,1214")]))
# The multi-line cells make rows 2 and 3 span several lines each: the errors are on rows 3 and 4.
two_lines = "Twee regels\nin één cel"
write("errors/type-error.csv", csv([
    row(omschrijving=two_lines),
    second(omschrijving=two_lines, bereik_per_jaar="veel", bereik_peiljaar="twintig"),
    row(omschrijving=two_lines, activiteit_id="A3", activiteit_naam="Derde", bereik_per_jaar="1,5",
        werkgebied="lokaal, regionaal", website="zie onze site"),
]))
write("errors/out-of-range.csv", csv([
    row(bereik_per_jaar="-5"), second(bereik_peiljaar="1985"),
    row(initiatief_id="UT-09", initiatief_naam="Ander", startjaar="2024", eindjaar="2022"),
]))
write("errors/unknown-code.csv", csv([
    row(digitaliseringsvorm="blokchain|data"), second(digitaliseringsvorm="cybersecurty"),
    row(initiatief_id="UT-02", initiatief_naam="Tweede", gemeente="Utrecth", activiteit_type="hackaton"),
    row(initiatief_id="UT-03", initiatief_naam="Derde", provincie="Utrect"),
]))
write("errors/duplicate-row.csv", csv([row(), second(), row()]))
write("errors/duplicate-activity.csv", csv([row(), second(), row(bereik_per_jaar="999"),
                                           row(activiteit_id="", activiteit_naam="Zonder id"),
                                           row(activiteit_id="", activiteit_naam="zonder ID", bereik_per_jaar="5")]))
write("errors/conflicting-initiative.csv", csv([row(), second(werkgebied="provinciaal", startjaar="2021"),
                                               row(activiteit_id="A3", activiteit_naam="Derde", latitude="52,1")]))
write("errors/province-mismatch.csv", csv([row(), second(provincie="Groningen")]))
write("errors/province-mismatch-folder.csv", csv([row(), second()]))
write("errors/invalid-coordinates.csv", csv([
    row(latitude="5,1214", longitude="52,0907"),
    row(initiatief_id="UT-02", initiatief_naam="Tweede", latitude="53,2", longitude="6,6"),
    row(initiatief_id="UT-03", initiatief_naam="Derde", latitude="", longitude="", x_rd="463000", y_rd="155000"),
    row(initiatief_id="UT-04", initiatief_naam="Vierde", latitude="48,85", longitude="2,35"),
]))
write("errors/cell-too-long.csv", csv([row(omschrijving="x" * 80), second(omschrijving="x" * 80)]))
write("errors/unclosed-quote.csv", csv([row(), second()]) + "UT-01;\"Digitaal Doen Utrecht;kapot\n")
write("errors/unknown-column.csv", csv([row(), second()], columns=COLUMNS + ["omschrjving", "Notities"]))
write("errors/url-without-scheme.csv", csv([row(website="www.digitaaldoen.example.nl"),
                                           second(website="www.digitaaldoen.example.nl")]))
write("errors/municipality-outside-province.csv", csv([row(gemeente="Zwolle"), second(gemeente="Zwolle")]))
# Both pairs: the RD pair of Utrecht agrees (no warning); Amersfoort's and a swapped pair do not.
write("errors/coordinates-disagree.csv", csv([
    row(x_rd="136896", y_rd="455932,5"),
    row(initiatief_id="UT-02", initiatief_naam="Tweede", x_rd="155000", y_rd="463000"),
    row(initiatief_id="UT-03", initiatief_naam="Derde", x_rd="463000", y_rd="155000"),
]))
