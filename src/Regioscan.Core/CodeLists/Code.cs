namespace Regioscan.Core.CodeLists;

/// <summary>One code of a code list with its labels and the known spellings that map onto it.</summary>
/// <param name="Value">The code as published, e.g. <c>cybersecurity</c>.</param>
/// <param name="LabelNl">Dutch label.</param>
/// <param name="LabelEn">English label.</param>
/// <param name="Spellings">Other spellings seen in uploads that mean this code.</param>
public sealed record Code(string Value, string LabelNl, string LabelEn, IReadOnlyList<string> Spellings);
