namespace Regioscan.Core.Validation;

/// <summary>Collects the issues of one validation, errors and warnings apart, by the severity of their code.</summary>
internal sealed class IssueList
{
    private const int MaxValueChars = 200;
    private readonly List<ValidationIssue> _errors = [];
    private readonly List<ValidationIssue> _warnings = [];

    public int ErrorCount => _errors.Count;

    /// <summary>Adds an issue; without a <paramref name="suggestion"/> the catalogue's fix is the suggestion.</summary>
    public void Add(string code, int? row, string? column, string? value, string message, string? suggestion = null)
    {
        var info = ErrorCodes.Describe(code);
        var issue = new ValidationIssue(code, row, column, Shorten(value), message, suggestion ?? info.Fix);
        (info.Severity == IssueSeverity.Error ? _errors : _warnings).Add(issue);
    }

    /// <summary>The errors, file-level ones first, then by row; the order of finding within a row.</summary>
    public IReadOnlyList<ValidationIssue> Errors => Ordered(_errors);

    /// <summary>The warnings, ordered as <see cref="Errors"/>.</summary>
    public IReadOnlyList<ValidationIssue> Warnings => Ordered(_warnings);

    /// <summary>A value as the report shows it: long text cut short, so a report stays readable.</summary>
    public static string? Shorten(string? value) =>
        value is { Length: > MaxValueChars } ? string.Concat(value.AsSpan(0, MaxValueChars), "…") : value;

    private static ValidationIssue[] Ordered(List<ValidationIssue> issues) =>
        [.. issues.OrderBy(i => i.Row ?? 0)];
}
