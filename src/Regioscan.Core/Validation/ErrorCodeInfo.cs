namespace Regioscan.Core.Validation;

/// <summary>One entry of the issue catalogue: what a code means and how a province fixes it.</summary>
/// <param name="Code">The stable code, e.g. <c>unknown-code</c>.</param>
/// <param name="Severity">Whether the code rejects the upload.</param>
/// <param name="Meaning">When the code is reported.</param>
/// <param name="Example">A typical cause.</param>
/// <param name="Fix">How to fix it in the spreadsheet.</param>
public sealed record ErrorCodeInfo(string Code, IssueSeverity Severity, string Meaning, string Example, string Fix);
