using System.Globalization;
using Regioscan.Core.Geography;
using Regioscan.Core.Harmonisation;

namespace Regioscan.Core.Validation;

/// <summary>The checks of a row that look at more than one cell, or at earlier rows: years, province, location.</summary>
internal sealed class CrossChecks(Province? expected, IssueList issues)
{
    /// <summary>How far (degrees) a point may lie outside its province's bounding box: generalised borders and rounding.</summary>
    private const double ProvinceMargin = 0.05;

    /// <summary>
    /// How far (km) the RD point of a row that also gives latitude/longitude may lie from it before it is worth a
    /// warning. The RD conversion is accurate to about a metre, and two geocoders of one address (an address point, a
    /// building's centre, degrees rounded to three decimals) differ by some hundreds of metres; a kilometre is beyond
    /// that and well within a municipality, so pairs further apart name different places.
    /// </summary>
    private const double RdAgreementKm = 1.0;

    /// <summary>The mean radius of the earth (km).</summary>
    private const double EarthRadiusKm = 6371.0088;

    private const string RdSwapped =
        "x_rd and y_rd look swapped: x_rd is the smaller number (about 0 to 300000), y_rd the larger (about 300000 to 625000).";

    /// <summary>Without an expected province, what the rows name: the file's province is the one most of them name.</summary>
    private readonly ProvinceTally? _tally = expected is null ? new() : null;

    /// <summary>
    /// Without an expected province, the location issues judged against a province (row, code, province): those judged
    /// against another province than the file's turn out beside the point, and are withdrawn at the end.
    /// </summary>
    private List<(int Row, string Code, Province Against)>? _judged;

    /// <summary>The province of the file: the expected one, or the one most rows name (so far, while reading).</summary>
    public Province? FileProvince => expected ?? _tally!.Leader;

    /// <summary>Whether, without an expected province, the rows name more than one: some will be told so at the end.</summary>
    public bool ProvincesDiffer => _tally?.Differ == true;

    /// <summary><c>eindjaar</c> is not before <c>startjaar</c>.</summary>
    public void CheckYears(ParsedRow row)
    {
        if (row.YearOf(Columns.StartYear) is { } start && row.YearOf(Columns.EndYear) is { } end && end < start)
        {
            row.Invalid[Columns.EndYear] = true;
            issues.Add(ErrorCodes.OutOfRange, row.Row, ScanTemplate.EndYear, row.Text[Columns.EndYear],
                string.Create(CultureInfo.InvariantCulture, $"eindjaar {end} is before startjaar {start}."),
                "Correct the years: the end year is the start year or later. Check whether they are swapped.");
        }
    }

    /// <summary>
    /// The row names the upload's province; without one, it is counted towards the file's province, and
    /// <see cref="Finish"/> reports the rows that name another. Returns the province the row's records belong to (the
    /// one it names, else the file's), or null when it is not known yet.
    /// </summary>
    public Province? CheckProvince(ParsedRow row)
    {
        var named = row.Province;
        if (named is null)
        {
            return FileProvince;
        }

        if (expected is null)
        {
            _tally!.Add(named, row.Row, row.Text[Columns.Province]);
            return named;
        }

        if (named.Code != expected.Code)
        {
            row.Invalid[Columns.Province] = true;
            Mismatch(row.Row, row.Text[Columns.Province], $"This row names {Describe(named)}, but the file is uploaded for {Describe(expected)}.",
                $"Write {expected.Name} in provincie, or upload the file for {named.Name}.");
        }

        return expected;
    }

    /// <summary>
    /// Without an expected province, once every row is read: reports each row that names another province than the
    /// file's, and withdraws the location issues judged against such a province, so that such a row is reported once
    /// (its location is not held against either province). The rows' own issues came first, so in the report the
    /// mismatch comes last among the issues of its row.
    /// </summary>
    public void Finish()
    {
        if (_tally is not { Differ: true, Leader: { } file })
        {
            return;
        }

        var (count, total) = (_tally.LeaderRows, _tally.Rows);
        var most = count * 2 > total
            ? string.Create(CultureInfo.InvariantCulture, $"most rows ({count} of {total}) name {Describe(file)}")
            : _tally.LeaderTied
                ? string.Create(CultureInfo.InvariantCulture,
                    $"{Describe(file)}, named first (row {_tally.LeaderFirstRow}), is named by as many rows ({count} of {total}) as any other province")
                : string.Create(CultureInfo.InvariantCulture, $"more rows ({count} of {total}) name {Describe(file)} than any other province");
        foreach (var (other, rows) in _tally.Others())
        {
            var message = $"This row names {Describe(other)}, but {most}; a file holds the scan of one province.";
            var suggestion = $"Correct provincie, or move the rows of {other.Name} to that province's own file.";
            foreach (var (row, text) in rows)
            {
                Mismatch(row, text, message, suggestion);
            }
        }

        if (_judged is not null)
        {
            issues.Withdraw(_judged.Where(j => j.Against.Code != file.Code).Select(j => (j.Row, j.Code)).ToHashSet());
        }
    }

    /// <summary>
    /// Coordinates come in pairs, convert from RD when no latitude/longitude is given, and lie in the
    /// Netherlands and in <paramref name="province"/>. A row that gives both pairs publishes latitude/longitude,
    /// with a warning when the RD pair names another place.
    /// </summary>
    public void CheckCoordinates(ParsedRow row, Province? province)
    {
        row.Point = null;
        row.PointFromRd = false;
        row.CoordinatesInvalid = row.Invalid[Columns.Latitude] || row.Invalid[Columns.Longitude] ||
            row.Invalid[Columns.XRd] || row.Invalid[Columns.YRd];
        CheckPair(row, Columns.Latitude, Columns.Longitude);
        CheckPair(row, Columns.XRd, Columns.YRd);
        if (row.CoordinatesInvalid)
        {
            return;
        }

        (double Latitude, double Longitude) point;
        bool swapped;
        if (row.NumberOf(Columns.Latitude) is { } latitude && row.NumberOf(Columns.Longitude) is { } longitude)
        {
            point = (latitude, longitude);
            swapped = BoundingBox.Netherlands.Contains(longitude, latitude);
        }
        else if (row.NumberOf(Columns.XRd) is { } x && row.NumberOf(Columns.YRd) is { } y)
        {
            var converted = RdCoordinates.ToWgs84(x, y);
            point = (Math.Round(converted.Latitude, 6), Math.Round(converted.Longitude, 6));
            row.PointFromRd = true;
            swapped = RdLooksSwapped(x, y);
        }
        else
        {
            return;
        }

        var column = row.PointFromRd ? Columns.XRd : Columns.Latitude;
        if (!BoundingBox.Netherlands.Contains(point.Latitude, point.Longitude))
        {
            Invalid(row, column, $"{Where(row, point)} lies outside the Netherlands (latitude 50.7 to 53.6, longitude 3.2 to 7.3).", swapped
                ? row.PointFromRd
                    ? RdSwapped
                    : "latitude and longitude look swapped: latitude is about 50.7 to 53.6, longitude about 3.2 to 7.3."
                : null);
            return;
        }

        if (province is not null && !province.Bounds.Expand(ProvinceMargin).Contains(point.Latitude, point.Longitude))
        {
            Invalid(row, column, $"{Where(row, point)} lies outside {province.Name}.",
                $"Check the coordinates: they should lie in {province.Name}. Leave them empty when unknown.");
            Judged(row, ErrorCodes.InvalidCoordinates, province);
            return;
        }

        row.Point = point;
        if (!row.PointFromRd && row.NumberOf(Columns.XRd) is { } rdX && row.NumberOf(Columns.YRd) is { } rdY)
        {
            CheckRdAgrees(row, point, rdX, rdY);
        }
    }

    /// <summary>A municipality outside the row's province is worth a warning, not a rejection.</summary>
    public void CheckMunicipality(ParsedRow row, Province? province)
    {
        if (row.Municipality is { } municipality && province is not null && municipality.ProvinceCode != province.Code)
        {
            var actual = Provinces.FindByCode(municipality.ProvinceCode);
            issues.Add(ErrorCodes.MunicipalityOutsideProvince, row.Row, ScanTemplate.Municipality, row.Text[Columns.Municipality],
                $"{municipality.Name} ({municipality.Code}) lies in {actual?.Name ?? municipality.ProvinceCode}, not in {province.Name}.");
            Judged(row, ErrorCodes.MunicipalityOutsideProvince, province);
        }
    }

    private static string Describe(Province province) => $"{province.Name} ({province.Code})";

    // Only for a message: formatting the point on every row cost more than the check itself.
    private static string Where(ParsedRow row, (double Latitude, double Longitude) point) => row.PointFromRd
        ? RdWhere(row, point)
        : $"The point {Degrees(point)}";

    private static string RdWhere(ParsedRow row, (double Latitude, double Longitude) point) =>
        $"The RD point ({row.Text[Columns.XRd]}, {row.Text[Columns.YRd]}), at {Degrees(point)},";

    private static string Degrees((double Latitude, double Longitude) point) =>
        string.Create(CultureInfo.InvariantCulture, $"({point.Latitude:0.######} N, {point.Longitude:0.######} E)");

    private static bool RdLooksSwapped(double x, double y)
    {
        var reversed = RdCoordinates.ToWgs84(y, x);
        return BoundingBox.Netherlands.Contains(reversed.Latitude, reversed.Longitude);
    }

    /// <summary>
    /// The distance along the earth's surface by the equirectangular approximation: over a few kilometres it differs from
    /// the great circle by less than a millimetre, over the length of the Netherlands by about a hundred metres.
    /// </summary>
    private static double KilometresBetween((double Latitude, double Longitude) a, (double Latitude, double Longitude) b)
    {
        const double radians = Math.PI / 180;
        var east = (b.Longitude - a.Longitude) * radians * Math.Cos((a.Latitude + b.Latitude) / 2 * radians);
        var north = (b.Latitude - a.Latitude) * radians;
        return EarthRadiusKm * Math.Sqrt(east * east + north * north);
    }

    /// <summary>
    /// A row with both pairs publishes latitude/longitude (<paramref name="point"/>); an RD pair that lies elsewhere
    /// is a mistake in one of them, and would otherwise be dropped without a word.
    /// </summary>
    private void CheckRdAgrees(ParsedRow row, (double Latitude, double Longitude) point, double x, double y)
    {
        var rd = RdCoordinates.ToWgs84(x, y);
        var kilometres = KilometresBetween(point, rd);
        // Written so that a NaN distance (a conversion of absurd numbers) warns too.
        if (kilometres <= RdAgreementKm)
        {
            return;
        }

        var inNetherlands = BoundingBox.Netherlands.Contains(rd.Latitude, rd.Longitude);
        var distance = inNetherlands
            ? string.Create(CultureInfo.InvariantCulture, $"lies {kilometres:0.00} km from")
            : "lies outside the Netherlands, far from";
        issues.Add(ErrorCodes.CoordinatesDisagree, row.Row, ScanTemplate.XRd, row.Text[Columns.XRd],
            $"{RdWhere(row, rd)} {distance} the point {Degrees(point)} of latitude/longitude. Latitude/longitude is published; x_rd and y_rd are not used.",
            !inNetherlands && RdLooksSwapped(x, y)
                ? RdSwapped + " Correct them, or empty x_rd and y_rd."
                : null);
    }

    private void CheckPair(ParsedRow row, int first, int second)
    {
        if (row.HasText(first) == row.HasText(second))
        {
            return;
        }

        var (given, missing) = row.HasText(first) ? (first, second) : (second, first);
        var givenName = ScanTemplate.Columns[given].Name;
        var missingName = ScanTemplate.Columns[missing].Name;
        row.CoordinatesInvalid = true;
        issues.Add(ErrorCodes.MissingValue, row.Row, missingName, null,
            $"{givenName} is filled in, so {missingName} is needed too.",
            $"Fill in {missingName}, or empty {givenName}.");
    }

    private void Invalid(ParsedRow row, int column, string message, string? suggestion)
    {
        row.CoordinatesInvalid = true;
        row.Invalid[column] = true;
        issues.Add(ErrorCodes.InvalidCoordinates, row.Row, ScanTemplate.Columns[column].Name, row.Text[column], message, suggestion);
    }

    /// <summary>Without an expected province, remembers an issue of the row judged against <paramref name="against"/> (<see cref="Finish"/>).</summary>
    private void Judged(ParsedRow row, string code, Province against)
    {
        if (expected is null)
        {
            (_judged ??= []).Add((row.Row, code, against));
        }
    }

    private void Mismatch(int row, string value, string message, string suggestion) =>
        issues.Add(ErrorCodes.ProvinceMismatch, row, ScanTemplate.Province, value, message, suggestion);
}
