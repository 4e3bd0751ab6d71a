namespace Regioscan.Core.Validation;

/// <summary>
/// The fixed catalogue of issue codes of the validation report. Codes are a contract: scripts and
/// provinces rely on them, so a code is never renamed or reused. <c>docs/error-codes.md</c> is this
/// catalogue rendered (a test keeps the two equal).
/// </summary>
public static class ErrorCodes
{
    /// <summary>
    /// Not a readable scan: an .xls, encrypted or OpenDocument workbook, a PDF, other binary content, no template columns, or a
    /// workbook with the template's columns on more than one sheet; on a row, workbook cells merged across columns.
    /// </summary>
    public const string UnsupportedFormat = "unsupported-format";

    /// <summary>No bytes, only blank lines, or a header without data rows.</summary>
    public const string EmptyFile = "empty-file";

    /// <summary>Over the size, row or column limit.</summary>
    public const string FileTooLarge = "file-too-large";

    /// <summary>Bytes that are not valid in the detected encoding, or control characters.</summary>
    public const string EncodingError = "encoding-error";

    /// <summary>A required template column is absent.</summary>
    public const string MissingColumn = "missing-column";

    /// <summary>Two header cells name the same template column.</summary>
    public const string DuplicateColumn = "duplicate-column";

    /// <summary>A required cell is empty, or one coordinate of a pair is missing.</summary>
    public const string MissingValue = "missing-value";

    /// <summary>A cell does not parse as its type.</summary>
    public const string TypeError = "type-error";

    /// <summary>A value outside its range.</summary>
    public const string OutOfRange = "out-of-range";

    /// <summary>A value that matches no code of its code list, province or municipality.</summary>
    public const string UnknownCode = "unknown-code";

    /// <summary>A row identical to an earlier row.</summary>
    public const string DuplicateRow = "duplicate-row";

    /// <summary>Two different rows describe the same activity of the same initiative.</summary>
    public const string DuplicateActivity = "duplicate-activity";

    /// <summary>An initiative whose columns differ from its earlier rows.</summary>
    public const string ConflictingInitiative = "conflicting-initiative";

    /// <summary>A row whose province is not the upload's.</summary>
    public const string ProvinceMismatch = "province-mismatch";

    /// <summary>Coordinates outside the Netherlands or their province.</summary>
    public const string InvalidCoordinates = "invalid-coordinates";

    /// <summary>A cell longer than the limit.</summary>
    public const string CellTooLong = "cell-too-long";

    /// <summary>A quoted cell that is never closed.</summary>
    public const string UnclosedQuote = "unclosed-quote";

    /// <summary>The upload blob is not in a province folder <c>uploads/PVxx/</c>.</summary>
    public const string InvalidUploadPath = "invalid-upload-path";

    /// <summary>Warning: a header that names no template column.</summary>
    public const string UnknownColumn = "unknown-column";

    /// <summary>Warning: a website without <c>http://</c> or <c>https://</c>.</summary>
    public const string UrlWithoutScheme = "url-without-scheme";

    /// <summary>Warning: a municipality in another province than the row's.</summary>
    public const string MunicipalityOutsideProvince = "municipality-outside-province";

    /// <summary>Warning: a row's RD pair lies elsewhere than its latitude/longitude, which is published.</summary>
    public const string CoordinatesDisagree = "coordinates-disagree";

    private static readonly Dictionary<string, ErrorCodeInfo> ByCode;

    static ErrorCodes()
    {
        All = Catalogue();
        ByCode = All.ToDictionary(c => c.Code, StringComparer.Ordinal);
    }

    /// <summary>Every code with its meaning, an example and the fix, errors first.</summary>
    public static IReadOnlyList<ErrorCodeInfo> All { get; }

    /// <summary>The catalogue entry of <paramref name="code"/>.</summary>
    /// <exception cref="KeyNotFoundException">Not a code of the catalogue.</exception>
    public static ErrorCodeInfo Describe(string code) => ByCode[code];

    private static ErrorCodeInfo[] Catalogue() =>
    [
        new(UnsupportedFormat, IssueSeverity.Error,
            "The upload is not a scan that can be read: an old .xls workbook, a password-protected (encrypted) " +
            "workbook, a damaged workbook, an OpenDocument spreadsheet (.ods), a Word or PowerPoint document, a ZIP archive, a PDF, another binary file, a file whose header row " +
            "names none of the template's columns, or a workbook with the template's columns on more than one sheet. " +
            "Also reported on a row of a workbook: cells of template columns merged across columns on a data row, or merged in the header row. " +
            "Excel keeps the value of merged cells only in the range's first cell, so the other columns would read as empty; " +
            "cells merged down within one column are read as their value on every row, as the sheet shows them. " +
            "Scans are read from CSV and from Excel workbooks (.xlsx). Of a workbook one sheet is read: the visible sheet " +
            "named `activiteiten`; without it, the first sheet whose header row (its first row that is not blank) names the " +
            "template's columns, where a hidden sheet counts only when no visible sheet has them. When another sheet as " +
            "visible as the one read has them too, its rows would be left out, so the upload is rejected; when no sheet has " +
            "them, the message lists the sheets looked at.",
            "`regioscan.xls` saved by Excel 2003, or a workbook saved with a password.",
            "Save the scan in Excel as \"Excel Workbook (*.xlsx)\" without a password, or as \"CSV UTF-8 (comma " +
            "delimited) (*.csv)\" (File > Save As). Make sure the first row holds the template's column names; " +
            "`regioscan template` writes an empty template."),
        new(EmptyFile, IssueSeverity.Error,
            "The file has no bytes, only blank lines, or a header row without any data row below it. In a workbook whose sheet " +
            "read (a sheet named `activiteiten` is read first) has no data rows, the other sheets with the template's columns are named.",
            "A CSV that holds only the header row.",
            "Fill in at least one activity row below the header row, or upload the right file."),
        new(FileTooLarge, IssueSeverity.Error,
            "The file, or what an Excel workbook unpacks to, is larger than the configured limit in bytes, rows or columns " +
            "(defaults: 1 GiB, 5,000,000 data rows, 500 columns). Reading stops there. So it does at a CSV row larger than a " +
            "scan's row can be: nearly always a quote that is never closed (`unclosed-quote`) in a large file; the message names " +
            "the line of the file where the row starts.",
            "A sheet with 600 columns because a formatting range was pasted across the whole row.",
            "Remove the columns and rows that are not part of the scan and save again. If the scan really " +
            "is this large, ask the pipeline's administrators to raise the limit."),
        new(EncodingError, IssueSeverity.Error,
            "A cell holds bytes that are not valid in the file's encoding (they show as \uFFFD), " +
            "or control characters that text does not contain.",
            "`Frysl\uFFFDn`: a UTF-8 file that was edited in a program that saved one character as Windows-1252.",
            "Retype the text of the cell, then save the file as \"CSV UTF-8 (comma delimited)\"."),
        new(MissingColumn, IssueSeverity.Error,
            "A required column of the template is absent from the header row. Reported for the whole file (no row).",
            "No column `knelpunten` in the header row.",
            "Add the column with the template's name. Case, accents, spaces, underscores and hyphens do not " +
            "matter: `Initiatief naam` is `initiatief_naam`."),
        new(DuplicateColumn, IssueSeverity.Error,
            "Two header cells name the same template column. Only the first is read.",
            "Both `Doelgroep` and `doelgroep` in the header row.",
            "Remove one of the two columns, or rename it to the column it was meant to be."),
        new(MissingValue, IssueSeverity.Error,
            "A required cell is empty, or one of a pair of coordinates (`latitude`/`longitude`, `x_rd`/`y_rd`) " +
            "is given without the other. A row with empty required cells whose first filled cell is `Totaal`, `Totalen`, `Subtotaal`, " +
            "`Eindtotaal`, `Som`, `Total`, `Totals`, `Subtotal`, `Grand total` or `Sum` (any case, with or without a colon) is a totals " +
            "row, not an activity: it gets one error on the row, which names the empty columns, instead of one per cell.",
            "An empty `activiteit_type` cell.",
            "Fill in the cell. For coordinates, give both numbers of the pair or neither. Delete a totals row: the scan holds one row per activity."),
        new(TypeError, IssueSeverity.Error,
            "A cell does not read as its type: a whole number, a decimal number, a year, a website address, " +
            "or a single value where the column allows only one. A date where a year or number is expected is named as a date " +
            "(an Excel date cell as the date it shows, such as `2017-01-01`), with the year to type. A date cell formatted to show " +
            "only its year (`yyyy`, which Excel shows as 2017) is read as that year in a year column (in other columns it is the " +
            "date it holds), and a year typed into a cell " +
            "formatted as a date (2017, which Excel shows as 9-7-1905) is read as the year. Also a workbook cell that holds a " +
            "formula without its computed value, as programs other than Excel may store it: the file holds no value for the cell; " +
            "and one that holds an Excel error value (`#REF!`, `#N/A`, `#VALUE!`, `#DIV/0!`, or the Dutch `#VERW!`, `#N/B` …, also " +
            "as text in a CSV file): its formula found no value.",
            "`veel` or `1,5` in `bereik_per_jaar`; `lokaal, regionaal` in `werkgebied`; `1-1-2017` in `startjaar`.",
            "Write whole numbers as `1250` or `1.250`, decimal numbers as `52,1` or `52.1`, years as `2024`, " +
            "websites as `https://www.example.nl`, and one code in single-value columns."),
        new(OutOfRange, IssueSeverity.Error,
            "A value outside its range: a negative reach or a whole number with more digits than any count holds, " +
            "a year before 1990 or after next year, or an `eindjaar` before the `startjaar` (reported on `eindjaar`).",
            "`startjaar` 2024 and `eindjaar` 2022.",
            "Correct the number; for years, check that start and end are not swapped."),
        new(UnknownCode, IssueSeverity.Error,
            "A value matches no code of its code list, nor a Dutch or English label or known spelling of one; " +
            "or a province or municipality that does not exist. The suggestion names the closest code when one is close, " +
            "else every code of the list.",
            "`blokchain` in `digitaliseringsvorm`; `cybersecurty` (suggestion: `cybersecurity`).",
            "Use a code of the list, or its Dutch or English label (see codelists.csv in every release). " +
            "If a common wording is missing, ask for it to be added as a known spelling."),
        new(DuplicateRow, IssueSeverity.Error,
            "The row is identical to an earlier row, cell for cell. Reported on the later row.",
            "An activity row pasted twice.",
            "Delete the later row."),
        new(DuplicateActivity, IssueSeverity.Error,
            "Two rows that are not identical describe the same activity of the same initiative: the same " +
            "`activiteit_id`, or the same `activiteit_naam` when no id is given. Reported on the later row.",
            "Two rows `Digitale scan` of the same initiative with a different reach.",
            "Give each activity its own `activiteit_naam` or `activiteit_id`, or merge the two rows into one."),
        new(ConflictingInitiative, IssueSeverity.Error,
            "Every activity row repeats the columns of its initiative, and they must be the same on each " +
            "of its rows. This row differs from an earlier row of the same initiative in the named column. " +
            "Reported on the later row. When the initiative's first row has no valid value in the column (an error of its " +
            "own), the first row with a valid one is the one the later rows are compared with. Also a row without `initiatief_id` whose `initiatief_naam` is that of an " +
            "initiative with an id on other rows (the id filled in on the first row only, or lost from merged cells): " +
            "it would be published as a second initiative of that name. Reported on the rows without the id.",
            "`werkgebied` is `regionaal` on row 2 and `provinciaal` on row 3 of the same initiative; or `initiatief_id` " +
            "`UT-1` on row 2 and empty on row 3 of initiative `Digitale Werkplaats`.",
            "Make the column equal on every row of the initiative (copy it from the earlier row). If the " +
            "rows are different initiatives, give them different names or `initiatief_id`s."),
        new(ProvinceMismatch, IssueSeverity.Error,
            "The row's `provincie` is not the province of the upload (the upload folder or `--province`); " +
            "without a given province, the file's province is the one most rows name (on a tie, the one named first), " +
            "and each row naming another is reported. A file holds one province's scan.",
            "`Utrecht` in an upload to the folder of PV20 (Groningen).",
            "Correct the `provincie` cells, or upload the file to its own province's folder."),
        new(InvalidCoordinates, IssueSeverity.Error,
            "Coordinates lie outside the Netherlands (longitude 3.2 to 7.3, latitude 50.7 to 53.6) after " +
            "conversion, or outside the rectangle around the row's province (its bounding box, 0.05 degrees wider on " +
            "every side; a point in a neighbouring province inside that rectangle is not found). A row that gives both " +
            "pairs is checked on `latitude`/`longitude`; an RD pair elsewhere is the warning `coordinates-disagree`.",
            "`latitude` 5,12 and `longitude` 52,09 (swapped).",
            "Check the numbers: latitude is about 50.7 to 53.6 and longitude about 3.2 to 7.3 (WGS84 degrees); " +
            "`x_rd` is about 0 to 300000 and `y_rd` about 300000 to 625000 (RD metres). Leave both empty when unknown."),
        new(CellTooLong, IssueSeverity.Error,
            "A cell holds more characters than the limit (default 32,767, the most an Excel cell holds).",
            "A description pasted with a whole document after it.",
            "Shorten the text of the cell."),
        new(UnclosedQuote, IssueSeverity.Error,
            "A double quote opens a quoted cell that is never closed, so everything after it, to the end " +
            "of the file, was read as one cell. The message names the column and the line of the file where the " +
            "quote opens, as a text editor numbers lines: once an earlier cell holds a line break, that line is not the " +
            "row number. In the header row, no data rows are read.",
            "`\"Digitale werkplaats` edited by hand in a text editor.",
            "Open the file in a text editor, go to the line the message names and remove the stray quote at the start " +
            "of the cell, or close it; or open the scan in Excel and save it as CSV again."),
        new(InvalidUploadPath, IssueSeverity.Error,
            "The file was uploaded outside a province folder, so the pipeline does not know whose scan it is. " +
            "It is kept in quarantine/unknown/ and not read.",
            "`uploads/regioscan.csv` or `uploads/Groningen/scan.csv` instead of `uploads/PV20/scan.csv`.",
            "Upload the file into your province's folder `uploads/PVxx/` (PV20 Groningen … PV31 Limburg)."),
        new(UnknownColumn, IssueSeverity.Warning,
            "A header names no template column, or cells hold data under no header: a column with an empty header, or CSV rows " +
            "with more cells than the header row. Such columns and cells are ignored. A column with an empty header is reported " +
            "once, on its first row with data; CSV rows with more cells once for the file, naming the first rows, except a row " +
            "that also has errors: it gets its own warning, as its cells have probably shifted.",
            "`omschrjving` (suggestion: `omschrijving`), or a column for the province's own notes.",
            "Rename the header to the template column it should be, or remove the column."),
        new(UrlWithoutScheme, IssueSeverity.Warning,
            "A website without `http://` or `https://` was read as `https://` followed by the text.",
            "`www.digitaalwerkplaats.nl` read as `https://www.digitaalwerkplaats.nl`.",
            "Write the address in full, e.g. `https://www.example.nl`."),
        new(MunicipalityOutsideProvince, IssueSeverity.Warning,
            "The `gemeente` lies in another province than the row's `provincie`.",
            "`Zwolle` (Overijssel) in the scan of Gelderland.",
            "Check the municipality. An initiative that is based in another province is usually in that " +
            "province's scan; leave it if the initiative really serves this province from there."),
        new(CoordinatesDisagree, IssueSeverity.Warning,
            "The row gives both `latitude`/`longitude` and `x_rd`/`y_rd`, and the RD point, converted to WGS84, lies more " +
            "than 1 km from the latitude/longitude point, or outside the Netherlands. Reported on `x_rd`. Latitude/longitude " +
            "is published; the RD pair is not used. Pairs within 1 km of each other (one place, located with different " +
            "tools or rounded) give no warning.",
            "`latitude` 52,0907 and `longitude` 5,1214 (Utrecht) with `x_rd` 155000 and `y_rd` 463000 (Amersfoort, 19.5 km away).",
            "Correct the pair that is wrong, or empty one pair (`x_rd` and `y_rd`, or `latitude` and `longitude`) so " +
            "the row gives one location."),
    ];
}
