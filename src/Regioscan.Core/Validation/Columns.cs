using Regioscan.Core.CodeLists;

namespace Regioscan.Core.Validation;

/// <summary>The positions of the template columns in <see cref="ScanTemplate.Columns"/>, for indexing row arrays.</summary>
internal static class Columns
{
    public static readonly int Count = ScanTemplate.Columns.Count;
    public static readonly int InitiativeId = ScanTemplate.IndexOf(ScanTemplate.InitiativeId);
    public static readonly int InitiativeName = ScanTemplate.IndexOf(ScanTemplate.InitiativeName);
    public static readonly int Description = ScanTemplate.IndexOf(ScanTemplate.Description);
    public static readonly int Website = ScanTemplate.IndexOf(ScanTemplate.Website);
    public static readonly int Province = ScanTemplate.IndexOf(ScanTemplate.Province);
    public static readonly int Municipality = ScanTemplate.IndexOf(ScanTemplate.Municipality);
    public static readonly int ServiceArea = ScanTemplate.IndexOf(CodeListNames.ServiceArea);
    public static readonly int Providers = ScanTemplate.IndexOf(CodeListNames.Providers);
    public static readonly int LeadOrganisation = ScanTemplate.IndexOf(ScanTemplate.LeadOrganisation);
    public static readonly int Funding = ScanTemplate.IndexOf(CodeListNames.Funding);
    public static readonly int PolicyRationale = ScanTemplate.IndexOf(CodeListNames.PolicyRationale);
    public static readonly int StartYear = ScanTemplate.IndexOf(ScanTemplate.StartYear);
    public static readonly int EndYear = ScanTemplate.IndexOf(ScanTemplate.EndYear);
    public static readonly int Latitude = ScanTemplate.IndexOf(ScanTemplate.Latitude);
    public static readonly int Longitude = ScanTemplate.IndexOf(ScanTemplate.Longitude);
    public static readonly int XRd = ScanTemplate.IndexOf(ScanTemplate.XRd);
    public static readonly int YRd = ScanTemplate.IndexOf(ScanTemplate.YRd);
    public static readonly int ContactPerson = ScanTemplate.IndexOf(ScanTemplate.ContactPerson);
    public static readonly int ContactEmail = ScanTemplate.IndexOf(ScanTemplate.ContactEmail);
    public static readonly int ContactPhone = ScanTemplate.IndexOf(ScanTemplate.ContactPhone);
    public static readonly int ActivityId = ScanTemplate.IndexOf(ScanTemplate.ActivityId);
    public static readonly int ActivityName = ScanTemplate.IndexOf(ScanTemplate.ActivityName);
    public static readonly int ActivityType = ScanTemplate.IndexOf(CodeListNames.ActivityType);
    public static readonly int TargetGroups = ScanTemplate.IndexOf(CodeListNames.TargetGroup);
    public static readonly int Sectors = ScanTemplate.IndexOf(CodeListNames.Sectors);
    public static readonly int DigitalisationForms = ScanTemplate.IndexOf(CodeListNames.DigitalisationForm);
    public static readonly int Bottlenecks = ScanTemplate.IndexOf(CodeListNames.Bottlenecks);
    public static readonly int ReachPerYear = ScanTemplate.IndexOf(ScanTemplate.ReachPerYear);
    public static readonly int ReachYear = ScanTemplate.IndexOf(ScanTemplate.ReachYear);
    public static readonly int ImpactMeasurement = ScanTemplate.IndexOf(CodeListNames.ImpactMeasurement);
}
