namespace Regioscan.Core.Releases.Summary;

/// <summary>One row of <c>codelists.csv</c>: a code with its labels.</summary>
/// <param name="List">The code list, e.g. <c>knelpunten</c>, or <c>province</c> for the provinces.</param>
/// <param name="Code">The code as it appears in the published tables.</param>
/// <param name="LabelNl">Dutch label.</param>
/// <param name="LabelEn">English label.</param>
public sealed record CodeListEntry(string List, string Code, string LabelNl, string LabelEn);
