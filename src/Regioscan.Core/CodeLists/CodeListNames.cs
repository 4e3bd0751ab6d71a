namespace Regioscan.Core.CodeLists;

/// <summary>The names of the code lists of schema version 1 (equal to their template columns).</summary>
public static class CodeListNames
{
    /// <summary>Area served.</summary>
    public const string ServiceArea = "werkgebied";
    /// <summary>Dimension 1: activities.</summary>
    public const string ActivityType = "activiteit_type";
    /// <summary>Dimension 2: target group.</summary>
    public const string TargetGroup = "doelgroep";
    /// <summary>Dimension 2: sectors.</summary>
    public const string Sectors = "sectoren";
    /// <summary>Dimension 3: form of digitalisation.</summary>
    public const string DigitalisationForm = "digitaliseringsvorm";
    /// <summary>Dimension 4: bottlenecks.</summary>
    public const string Bottlenecks = "knelpunten";
    /// <summary>Dimension 5: providers.</summary>
    public const string Providers = "aanbieders";
    /// <summary>Dimension 6: policy rationale.</summary>
    public const string PolicyRationale = "beleidsrationale";
    /// <summary>How the initiative is funded.</summary>
    public const string Funding = "financiering";
    /// <summary>Dimension 7: how impact is measured.</summary>
    public const string ImpactMeasurement = "impactmeting";
}
