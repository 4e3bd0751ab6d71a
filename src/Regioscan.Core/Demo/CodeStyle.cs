namespace Regioscan.Core.Demo;

/// <summary>How a sample file writes coded values (all of them harmonise to the code).</summary>
internal enum CodeStyle
{
    /// <summary>The codes themselves: <c>mkb_breed</c>.</summary>
    Codes,

    /// <summary>The Dutch labels: <c>Mkb breed</c>.</summary>
    Labels,

    /// <summary>Known spellings where the list has them: <c>workshop</c>, <c>Cyber security</c>.</summary>
    Spellings,

    /// <summary>Codes, Dutch and English labels and known spellings mixed, in varying case.</summary>
    Mixed,
}
