using Regioscan.Core.CodeLists;
using Regioscan.Core.Text;

namespace Regioscan.Core.Validation;

/// <summary>
/// The columns of the scan template a province uploads (DESIGN.md, "The scan template"): one row per
/// activity, the initiative's columns repeated on each of its rows. Headers match a column ignoring
/// case, accents, spaces, underscores and hyphens.
/// </summary>
public static class ScanTemplate
{
    /// <summary>The province's own id for the initiative.</summary>
    public const string InitiativeId = "initiatief_id";
    /// <summary>Name of the initiative.</summary>
    public const string InitiativeName = "initiatief_naam";
    /// <summary>Description.</summary>
    public const string Description = "omschrijving";
    /// <summary>Website.</summary>
    public const string Website = "website";
    /// <summary>Province name or CBS code.</summary>
    public const string Province = "provincie";
    /// <summary>Municipality name or CBS code.</summary>
    public const string Municipality = "gemeente";
    /// <summary>Lead organisation.</summary>
    public const string LeadOrganisation = "penvoerder";
    /// <summary>First year.</summary>
    public const string StartYear = "startjaar";
    /// <summary>Last year.</summary>
    public const string EndYear = "eindjaar";
    /// <summary>WGS84 latitude.</summary>
    public const string Latitude = "latitude";
    /// <summary>WGS84 longitude.</summary>
    public const string Longitude = "longitude";
    /// <summary>RD New easting.</summary>
    public const string XRd = "x_rd";
    /// <summary>RD New northing.</summary>
    public const string YRd = "y_rd";
    /// <summary>Contact person (personal data).</summary>
    public const string ContactPerson = "contactpersoon";
    /// <summary>Contact e-mail (personal data).</summary>
    public const string ContactEmail = "contact_email";
    /// <summary>Contact phone (personal data).</summary>
    public const string ContactPhone = "contact_telefoon";
    /// <summary>The province's own id for the activity.</summary>
    public const string ActivityId = "activiteit_id";
    /// <summary>Name of the activity.</summary>
    public const string ActivityName = "activiteit_naam";
    /// <summary>Entrepreneurs reached per year.</summary>
    public const string ReachPerYear = "bereik_per_jaar";
    /// <summary>The year the reach refers to.</summary>
    public const string ReachYear = "bereik_peiljaar";

    private static readonly Dictionary<string, int> ByKey;

    static ScanTemplate()
    {
        Columns =
        [
            new(InitiativeId, false, CellKind.Text, null, true),
            new(InitiativeName, true, CellKind.Text, null, true),
            new(Description, false, CellKind.Text, null, true),
            new(Website, false, CellKind.Url, null, true),
            new(Province, true, CellKind.Province, null, true),
            new(Municipality, false, CellKind.Municipality, null, true),
            Coded(CodeListNames.ServiceArea, true, multi: false, initiative: true),
            Coded(CodeListNames.Providers, true, multi: true, initiative: true),
            new(LeadOrganisation, false, CellKind.Text, null, true),
            Coded(CodeListNames.Funding, false, multi: false, initiative: true),
            Coded(CodeListNames.PolicyRationale, false, multi: true, initiative: true),
            new(StartYear, false, CellKind.Year, null, true),
            new(EndYear, false, CellKind.Year, null, true),
            new(Latitude, false, CellKind.Latitude, null, true),
            new(Longitude, false, CellKind.Longitude, null, true),
            new(XRd, false, CellKind.RdMetres, null, true),
            new(YRd, false, CellKind.RdMetres, null, true),
            new(ContactPerson, false, CellKind.Text, null, true),
            new(ContactEmail, false, CellKind.Text, null, true),
            new(ContactPhone, false, CellKind.Text, null, true),
            new(ActivityId, false, CellKind.Text, null, false),
            new(ActivityName, true, CellKind.Text, null, false),
            Coded(CodeListNames.ActivityType, true, multi: false, initiative: false),
            Coded(CodeListNames.TargetGroup, true, multi: true, initiative: false),
            Coded(CodeListNames.Sectors, false, multi: true, initiative: false),
            Coded(CodeListNames.DigitalisationForm, true, multi: true, initiative: false),
            Coded(CodeListNames.Bottlenecks, true, multi: true, initiative: false),
            new(ReachPerYear, false, CellKind.Count, null, false),
            new(ReachYear, false, CellKind.Year, null, false),
            Coded(CodeListNames.ImpactMeasurement, false, multi: false, initiative: false),
        ];
        ByKey = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < Columns.Count; i++)
        {
            ByKey[TextKey.Normalise(Columns[i].Name)] = i;
        }
    }

    /// <summary>Every column in template order.</summary>
    public static IReadOnlyList<TemplateColumn> Columns { get; }

    /// <summary>The position in <see cref="Columns"/> of the column a header names, or -1.</summary>
    public static int IndexOfHeader(string header) =>
        ByKey.TryGetValue(TextKey.Normalise(header), out var index) ? index : -1;

    /// <summary>The position in <see cref="Columns"/> of the column called <paramref name="name"/>.</summary>
    /// <exception cref="KeyNotFoundException">No such column: a bug in the caller.</exception>
    public static int IndexOf(string name) => ByKey[TextKey.Normalise(name)];

    /// <summary>The normalised header keys and the column names they match, for suggestions.</summary>
    internal static IEnumerable<KeyValuePair<string, string>> HeaderKeys =>
        Columns.Select(c => new KeyValuePair<string, string>(TextKey.Normalise(c.Name), c.Name));

    private static TemplateColumn Coded(string list, bool required, bool multi, bool initiative) =>
        new(list, required, multi ? CellKind.Codes : CellKind.Code, list, initiative);
}
