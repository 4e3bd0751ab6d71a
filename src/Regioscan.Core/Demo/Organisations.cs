using Regioscan.Core.Geography;

namespace Regioscan.Core.Demo;

/// <summary>Names the organisation behind a provider type, in a province and a municipality.</summary>
internal static class Organisations
{
    /// <summary>A believable organisation name for <paramref name="providerType"/> (an <c>aanbieders</c> code).</summary>
    public static string Name(Random random, string providerType, ProvinceProfile profile, Theme theme, NamePattern pattern, Municipality municipality) =>
        providerType switch
        {
            "rom" => profile.Rom,
            "provincie" => "Provincie " + ProvinceName(profile.Code),
            "gemeente" => "Gemeente " + DisplayName(municipality),
            "onderwijs" => random.Pick(profile.Education),
            "kennisinstelling" => random.Pick(profile.Research),
            "kvk" => "KVK",
            "brancheorganisatie" => random.Pick(SectorAssociations(pattern.Sector, profile.Code) ?? theme.Associations)
                .Replace("{M}", DisplayName(municipality), StringComparison.Ordinal),
            "financiele_instelling" => profile.Bank,
            "edih" => profile.Edih,
            "rijk" => "RVO",
            _ => "Stichting Digitaal " + DisplayName(municipality),
        };

    /// <summary>The official name of a province.</summary>
    public static string ProvinceName(string code) =>
        Provinces.FindByCode(code)?.Name ?? throw new InvalidOperationException("Unknown province " + code + ".");

    /// <summary>A municipality's name without the CBS disambiguation suffix: <c>Middelburg (Z.)</c> → <c>Middelburg</c>.</summary>
    public static string DisplayName(Municipality municipality)
    {
        var bracket = municipality.Name.IndexOf(" (", StringComparison.Ordinal);
        return bracket < 0 ? municipality.Name : municipality.Name[..bracket];
    }

    private static string[]? SectorAssociations(string? sector, string provinceCode) => sector switch
    {
        "agrifood" => [provinceCode switch { "PV29" or "PV30" => "ZLTO", "PV31" => "LLTB", _ => "LTO Noord" }],
        "bouw" => ["Bouwend Nederland", "Techniek Nederland"],
        "logistiek" => ["evofenedex", "TLN"],
        "horeca" => ["KHN", "Recron"],
        "detailhandel" => ["INretail", "Ondernemersvereniging {M}"],
        "maakindustrie" => ["Koninklijke Metaalunie", "FME"],
        _ => null,
    };
}
