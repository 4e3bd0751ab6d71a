using Regioscan.Core.CodeLists;

namespace Regioscan.Core.Releases.Summary;

/// <summary>
/// A count column of <c>summary_by_province</c>: the number of a province's activities whose
/// <paramref name="SourceColumn"/> holds <paramref name="Code"/>. For an initiative column
/// (<paramref name="OfInitiative"/>) it counts the activities whose initiative holds the code.
/// </summary>
/// <param name="Name">Column name, <c>{SourceColumn}_{code}</c>, e.g. <c>providers_rijk</c>.</param>
/// <param name="SourceColumn">The published column the code comes from, e.g. <c>providers</c>.</param>
/// <param name="CodeList">The code list of the source column.</param>
/// <param name="Code">The counted code.</param>
/// <param name="OfInitiative">Whether the source column belongs to <c>initiatives</c> rather than <c>activities</c>.</param>
public sealed record DimensionCount(string Name, string SourceColumn, string CodeList, Code Code, bool OfInitiative);
