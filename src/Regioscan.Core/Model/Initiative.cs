namespace Regioscan.Core.Model;

/// <summary>
/// One harmonised initiative of a province scan. Coded fields hold codes from the code lists;
/// multi-valued fields are lists of codes in code-list order without duplicates.
/// </summary>
/// <remarks>The contact fields are personal data: kept in the private scan, never published.</remarks>
public sealed record Initiative
{
    /// <summary>Stable id across uploads and releases (see <see cref="StableIds"/>).</summary>
    public required string InitiativeId { get; init; }

    /// <summary>The province's own id (template column <c>initiatief_id</c>), when given.</summary>
    public string? SourceId { get; init; }

    /// <summary>CBS province code, <c>PV20</c> … <c>PV31</c>.</summary>
    public required string ProvinceCode { get; init; }

    /// <summary>Official province name, e.g. <c>Fryslân</c>.</summary>
    public required string ProvinceName { get; init; }

    /// <summary>Name of the initiative.</summary>
    public required string Name { get; init; }

    /// <summary>Free-text description.</summary>
    public string? Description { get; init; }

    /// <summary>Website URL (absolute http or https).</summary>
    public string? Website { get; init; }

    /// <summary>CBS municipality code <c>GMxxxx</c>.</summary>
    public string? MunicipalityCode { get; init; }

    /// <summary>Official municipality name.</summary>
    public string? MunicipalityName { get; init; }

    /// <summary>Code from list <c>werkgebied</c>.</summary>
    public required string ServiceArea { get; init; }

    /// <summary>Codes from list <c>aanbieders</c>.</summary>
    public required IReadOnlyList<string> Providers { get; init; }

    /// <summary>Lead organisation (free text).</summary>
    public string? LeadOrganisation { get; init; }

    /// <summary>Code from list <c>financiering</c>.</summary>
    public string? Funding { get; init; }

    /// <summary>Codes from list <c>beleidsrationale</c>.</summary>
    public IReadOnlyList<string> PolicyRationale { get; init; } = [];

    /// <summary>First year of the initiative.</summary>
    public int? StartYear { get; init; }

    /// <summary>Last year of the initiative.</summary>
    public int? EndYear { get; init; }

    /// <summary>WGS84 latitude in decimal degrees.</summary>
    public double? Latitude { get; init; }

    /// <summary>WGS84 longitude in decimal degrees.</summary>
    public double? Longitude { get; init; }

    /// <summary>Contact person. Personal data: never published.</summary>
    public string? ContactPerson { get; init; }

    /// <summary>Contact e-mail. Personal data: never published.</summary>
    public string? ContactEmail { get; init; }

    /// <summary>Contact phone. Personal data: never published.</summary>
    public string? ContactPhone { get; init; }
}
