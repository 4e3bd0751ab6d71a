using Regioscan.Core.CodeLists;
using Regioscan.Core.Model;
using Regioscan.Core.Releases;
using Regioscan.Core.Releases.Summary;

namespace Regioscan.Core.Schema;

/// <summary>
/// The published tables of schema version 1: column names, types and meaning in Dutch and English.
/// Writers, the data package, the change log and the data dictionary in the docs all read this one
/// definition. Changing it is a MAJOR release (see the schema pin test).
/// </summary>
public static class PublishedSchema
{
    /// <summary>The schema version of the published files.</summary>
    public const int Version = 1;

    /// <summary>The columns of <c>initiatives</c>, in file order.</summary>
    public static IReadOnlyList<Column<PublishedInitiative>> Initiatives { get; } =
    [
        new("initiative_id", ColumnType.Text, true, null, "Initiatief-id", "Initiative id",
            "Stabiele id van het initiatief, gelijk in alle releases.", "Stable id of the initiative, the same in every release.", r => r.Initiative.InitiativeId),
        new("source_id", ColumnType.Text, false, null, "Eigen id provincie", "Province's own id",
            "De id die de provincie zelf aan het initiatief gaf.", "The id the province gave the initiative.", r => r.Initiative.SourceId),
        new("province_code", ColumnType.Text, true, null, "Provinciecode", "Province code",
            "CBS-code van de provincie (PV20 … PV31).", "CBS code of the province (PV20 … PV31).", r => r.Initiative.ProvinceCode),
        new("province_name", ColumnType.Text, true, null, "Provincie", "Province",
            "Officiële naam van de provincie.", "Official name of the province.", r => r.Initiative.ProvinceName),
        new("name", ColumnType.Text, true, null, "Naam", "Name",
            "Naam van het initiatief.", "Name of the initiative.", r => r.Initiative.Name),
        new("description", ColumnType.Text, false, null, "Omschrijving", "Description",
            "Korte omschrijving van het initiatief.", "Short description of the initiative.", r => r.Initiative.Description),
        new("website", ColumnType.Text, false, null, "Website", "Website",
            "Website van het initiatief.", "Website of the initiative.", r => r.Initiative.Website),
        new("municipality_code", ColumnType.Text, false, null, "Gemeentecode", "Municipality code",
            "CBS-code van de gemeente van vestiging (GMxxxx).", "CBS code of the municipality where it is based (GMxxxx).", r => r.Initiative.MunicipalityCode),
        new("municipality_name", ColumnType.Text, false, null, "Gemeente", "Municipality",
            "Officiële naam van de gemeente.", "Official name of the municipality.", r => r.Initiative.MunicipalityName),
        new("service_area", ColumnType.Text, true, CodeListNames.ServiceArea, "Werkgebied", "Service area",
            "Het gebied dat het initiatief bedient.", "The area the initiative serves.", r => r.Initiative.ServiceArea),
        new("providers", ColumnType.TextList, true, CodeListNames.Providers, "Aanbieders", "Providers",
            "Dimensie 5: aanbieders en partners.", "Dimension 5: providers and partners.", r => r.Initiative.Providers),
        new("lead_organisation", ColumnType.Text, false, null, "Penvoerder", "Lead organisation",
            "De organisatie die het initiatief trekt.", "The organisation that leads the initiative.", r => r.Initiative.LeadOrganisation),
        new("funding", ColumnType.Text, false, CodeListNames.Funding, "Financiering", "Funding",
            "Hoe het initiatief gefinancierd wordt.", "How the initiative is funded.", r => r.Initiative.Funding),
        new("policy_rationale", ColumnType.TextList, false, CodeListNames.PolicyRationale, "Beleidsrationale", "Policy rationale",
            "Dimensie 6: het marktfalen of systeemfalen dat het initiatief adresseert.", "Dimension 6: the market or system failure the initiative addresses.", r => r.Initiative.PolicyRationale),
        new("start_year", ColumnType.WholeNumber, false, null, "Startjaar", "Start year",
            "Jaar waarin het initiatief begon.", "Year the initiative started.", r => Boxed.Number(r.Initiative.StartYear)),
        new("end_year", ColumnType.WholeNumber, false, null, "Eindjaar", "End year",
            "Jaar waarin het initiatief eindigt of eindigde.", "Year the initiative ends or ended.", r => Boxed.Number(r.Initiative.EndYear)),
        new("latitude", ColumnType.RealNumber, false, null, "Breedtegraad", "Latitude",
            "Breedtegraad (WGS84, decimale graden).", "Latitude (WGS84, decimal degrees).", r => r.Initiative.Latitude),
        new("longitude", ColumnType.RealNumber, false, null, "Lengtegraad", "Longitude",
            "Lengtegraad (WGS84, decimale graden).", "Longitude (WGS84, decimal degrees).", r => r.Initiative.Longitude),
        new("activity_count", ColumnType.WholeNumber, true, null, "Aantal activiteiten", "Number of activities",
            "Aantal activiteiten van het initiatief in deze release.", "Number of activities of the initiative in this release.", r => Boxed.Number(r.ActivityCount)),
        new("reach_per_year", ColumnType.WholeNumber, false, null, "Bereik per jaar", "Reach per year",
            "Dimensie 7: som van het jaarlijkse bereik van de activiteiten (ondernemers); leeg als geen activiteit bereik meldt.",
            "Dimension 7: sum of the activities' yearly reach (entrepreneurs); empty when no activity reports reach.", r => Boxed.Number(r.ReachPerYear)),
    ];

    /// <summary>The columns of <c>activities</c>, in file order.</summary>
    public static IReadOnlyList<Column<Activity>> Activities { get; } =
    [
        new("activity_id", ColumnType.Text, true, null, "Activiteit-id", "Activity id",
            "Stabiele id van de activiteit, gelijk in alle releases.", "Stable id of the activity, the same in every release.", a => a.ActivityId),
        new("initiative_id", ColumnType.Text, true, null, "Initiatief-id", "Initiative id",
            "Het initiatief waar de activiteit bij hoort.", "The initiative the activity belongs to.", a => a.InitiativeId),
        new("source_id", ColumnType.Text, false, null, "Eigen id provincie", "Province's own id",
            "De id die de provincie zelf aan de activiteit gaf.", "The id the province gave the activity.", a => a.SourceId),
        new("province_code", ColumnType.Text, true, null, "Provinciecode", "Province code",
            "CBS-code van de provincie (PV20 … PV31).", "CBS code of the province (PV20 … PV31).", a => a.ProvinceCode),
        new("name", ColumnType.Text, true, null, "Naam", "Name",
            "Naam van de activiteit.", "Name of the activity.", a => a.Name),
        new("activity_type", ColumnType.Text, true, CodeListNames.ActivityType, "Type activiteit", "Activity type",
            "Dimensie 1: het soort activiteit.", "Dimension 1: the kind of activity.", a => a.ActivityType),
        new("target_groups", ColumnType.TextList, true, CodeListNames.TargetGroup, "Doelgroepen", "Target groups",
            "Dimensie 2: de ondernemers voor wie de activiteit bedoeld is.", "Dimension 2: the entrepreneurs the activity is meant for.", a => a.TargetGroups),
        new("sectors", ColumnType.TextList, false, CodeListNames.Sectors, "Sectoren", "Sectors",
            "Dimensie 2: de sectoren waar de activiteit zich op richt.", "Dimension 2: the sectors the activity targets.", a => a.Sectors),
        new("digitalisation_forms", ColumnType.TextList, true, CodeListNames.DigitalisationForm, "Digitaliseringsvormen", "Forms of digitalisation",
            "Dimensie 3: de vormen van digitalisering waar de activiteit over gaat.", "Dimension 3: the forms of digitalisation the activity is about.", a => a.DigitalisationForms),
        new("bottlenecks", ColumnType.TextList, true, CodeListNames.Bottlenecks, "Knelpunten", "Bottlenecks",
            "Dimensie 4: de knelpunten die de activiteit aanpakt.", "Dimension 4: the bottlenecks the activity addresses.", a => a.Bottlenecks),
        new("reach_per_year", ColumnType.WholeNumber, false, null, "Bereik per jaar", "Reach per year",
            "Dimensie 7: aantal bereikte ondernemers per jaar.", "Dimension 7: number of entrepreneurs reached per year.", a => Boxed.Number(a.ReachPerYear)),
        new("reach_year", ColumnType.WholeNumber, false, null, "Peiljaar bereik", "Reach reference year",
            "Het jaar waar het bereikcijfer over gaat.", "The year the reach figure refers to.", a => Boxed.Number(a.ReachYear)),
        new("impact_measurement", ColumnType.Text, false, CodeListNames.ImpactMeasurement, "Impactmeting", "Impact measurement",
            "Dimensie 7: hoe de impact gemeten wordt.", "Dimension 7: how impact is measured.", a => a.ImpactMeasurement),
    ];

    // The coded columns that summary_by_province counts: the dimensions, in dimension order (1 … 7).
    private static readonly (string Column, bool OfInitiative)[] SummaryDimensions =
    [
        ("activity_type", false),
        ("target_groups", false),
        ("sectors", false),
        ("digitalisation_forms", false),
        ("bottlenecks", false),
        ("providers", true),
        ("policy_rationale", true),
        ("impact_measurement", false),
    ];

    /// <summary>
    /// The count columns of <c>summary_by_province</c>: for every dimension column and every code of its
    /// list (in code-list order), the number of activities that have it.
    /// </summary>
    public static IReadOnlyList<DimensionCount> SummaryCounts { get; } = BuildSummaryCounts();

    /// <summary>The columns of <c>summary_by_province</c>, in file order: totals, then <see cref="SummaryCounts"/>.</summary>
    public static IReadOnlyList<Column<ProvinceSummary>> SummaryByProvince { get; } =
    [
        new("province_code", ColumnType.Text, true, null, "Provinciecode", "Province code",
            "CBS-code van de provincie (PV20 … PV31).", "CBS code of the province (PV20 … PV31).", r => r.ProvinceCode),
        new("province_name", ColumnType.Text, true, null, "Provincie", "Province",
            "Officiële naam van de provincie.", "Official name of the province.", r => r.ProvinceName),
        new("initiatives", ColumnType.WholeNumber, true, null, "Initiatieven", "Initiatives",
            "Aantal initiatieven van de provincie in deze release.", "Number of initiatives of the province in this release.", r => r.Initiatives),
        new("activities", ColumnType.WholeNumber, true, null, "Activiteiten", "Activities",
            "Aantal activiteiten van de provincie in deze release.", "Number of activities of the province in this release.", r => r.Activities),
        new("reach_per_year", ColumnType.WholeNumber, false, null, "Bereik per jaar", "Reach per year",
            "Dimensie 7: som van het jaarlijkse bereik van de activiteiten (ondernemers); leeg als geen activiteit bereik meldt.",
            "Dimension 7: sum of the activities' yearly reach (entrepreneurs); empty when no activity reports reach.", r => r.ReachPerYear),
        .. SummaryCounts.Select(CountColumn),
    ];

    /// <summary>The columns of <c>codelists</c>, in file order.</summary>
    public static IReadOnlyList<Column<CodeListEntry>> CodeLists { get; } =
    [
        new("list", ColumnType.Text, true, null, "Lijst", "List",
            "Naam van de codelijst, of `province` voor de provincies.", "Name of the code list, or `province` for the provinces.", e => e.List),
        new("code", ColumnType.Text, true, null, "Code", "Code",
            "De code zoals die in de gepubliceerde tabellen staat.", "The code as it appears in the published tables.", e => e.Code),
        new("label_nl", ColumnType.Text, true, null, "Label (Nederlands)", "Label (Dutch)",
            "Nederlandse omschrijving van de code.", "Dutch label of the code.", e => e.LabelNl),
        new("label_en", ColumnType.Text, true, null, "Label (Engels)", "Label (English)",
            "Engelse omschrijving van de code.", "English label of the code.", e => e.LabelEn),
    ];

    private static DimensionCount[] BuildSummaryCounts() =>
        SummaryDimensions
            .SelectMany(dimension =>
            {
                var codeList = (dimension.OfInitiative
                    ? Initiatives.Single(c => c.Name == dimension.Column).CodeList
                    : Activities.Single(c => c.Name == dimension.Column).CodeList)
                    ?? throw new InvalidOperationException($"Column {dimension.Column} has no code list.");
                return CodeListCatalog.Default[codeList].Codes.Select(code =>
                    new DimensionCount(dimension.Column + "_" + code.Value, dimension.Column, codeList, code, dimension.OfInitiative));
            })
            .ToArray();

    private static Column<ProvinceSummary> CountColumn(DimensionCount count, int index)
    {
        var (titleNl, titleEn) = count.OfInitiative
            ? Titles(Initiatives.Single(c => c.Name == count.SourceColumn))
            : Titles(Activities.Single(c => c.Name == count.SourceColumn));
        var code = count.Code.Value;
        return new Column<ProvinceSummary>(
            count.Name,
            ColumnType.WholeNumber,
            true,
            null,
            titleNl + ": " + count.Code.LabelNl,
            titleEn + ": " + count.Code.LabelEn,
            count.OfInitiative
                ? $"Aantal activiteiten waarvan het initiatief code `{code}` heeft in `{count.SourceColumn}`."
                : $"Aantal activiteiten met code `{code}` in `{count.SourceColumn}`.",
            count.OfInitiative
                ? $"Number of activities whose initiative has code `{code}` in `{count.SourceColumn}`."
                : $"Number of activities with code `{code}` in `{count.SourceColumn}`.",
            r => r.CodeCounts[index]);
    }

    private static (string Nl, string En) Titles<TRow>(Column<TRow> column) => (column.TitleNl, column.TitleEn);
}
