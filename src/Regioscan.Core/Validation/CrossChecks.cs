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

    private Province? _reference;
    private int _referenceRow;

    /// <summary>The province of the file: the expected one, or the one the rows name.</summary>
    public Province? FileProvince => expected ?? _reference;

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
    /// The row names the upload's province, or without one the same province as the earlier rows.
    /// Returns the province the row's records belong to, or null when it is not known yet.
    /// </summary>
    public Province? CheckProvince(ParsedRow row)
    {
        var named = row.Province;
        if (named is null)
        {
            return FileProvince;
        }

        if (expected is not null)
        {
            if (named.Code != expected.Code)
            {
                Mismatch(row, $"This row names {Describe(named)}, but the file is uploaded for {Describe(expected)}.",
                    $"Write {expected.Name} in provincie, or upload the file for {named.Name}.");
            }

            return expected;
        }

        if (_reference is null)
        {
            _reference = named;
            _referenceRow = row.Row;
            return named;
        }

        if (named.Code != _reference.Code)
        {
            Mismatch(row,
                string.Create(CultureInfo.InvariantCulture,
                    $"This row names {Describe(named)}, but row {_referenceRow} names {Describe(_reference)}; a file holds the scan of one province."),
                $"Correct provincie, or move the rows of {named.Name} to that province's own file.");
            return _reference;
        }

        return named;
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

    private void Mismatch(ParsedRow row, string message, string suggestion)
    {
        row.Invalid[Columns.Province] = true;
        issues.Add(ErrorCodes.ProvinceMismatch, row.Row, ScanTemplate.Province, row.Text[Columns.Province], message, suggestion);
    }
}
