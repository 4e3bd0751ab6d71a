using Regioscan.Core.Reading;

namespace Regioscan.Core.Validation;

/// <summary>Collects the issues of one validation, errors and warnings apart, by the severity of their code.</summary>
internal sealed class IssueList
{
    private const int MaxValueChars = 200;
    private readonly List<ValidationIssue> _errors = [];
    private readonly List<ValidationIssue> _warnings = [];

    private int[]? _cellOfColumn;

    public int ErrorCount => _errors.Count;

    /// <summary>The file's position of each template column (-1 when absent), from the header row: it gives issues their cell.</summary>
    public void UseHeader(int[] cellOfColumn) => _cellOfColumn = cellOfColumn;

    /// <summary>Adds an issue; without a <paramref name="suggestion"/> the catalogue's fix is the suggestion.</summary>
    /// <param name="code">The code.</param>
    /// <param name="row">The row, or null for the whole file.</param>
    /// <param name="column">The template column, or null.</param>
    /// <param name="value">The value as typed.</param>
    /// <param name="message">What is wrong.</param>
    /// <param name="suggestion">How to fix it; the catalogue's fix when null.</param>
    /// <param name="cellIndex">
    /// The position of the cell in its row, when it is not the template column's position (a header that
    /// names no column, or names one twice).
    /// </param>
    public void Add(string code, int? row, string? column, string? value, string message, string? suggestion = null, int? cellIndex = null)
    {
        var info = ErrorCodes.Describe(code);
        var issue = new ValidationIssue(code, row, column, Shorten(value), message, suggestion ?? info.Fix, CellOf(row, column, cellIndex));
        (info.Severity == IssueSeverity.Error ? _errors : _warnings).Add(issue);
    }

    /// <summary>Takes back the issues of these codes on these rows: issues that turned out beside the point once the whole file was read.</summary>
    public void Withdraw(IReadOnlySet<(int Row, string Code)> issues)
    {
        if (issues.Count == 0)
        {
            return;
        }

        bool Withdrawn(ValidationIssue issue) => issue.Row is { } row && issues.Contains((row, issue.Code));
        _errors.RemoveAll(Withdrawn);
        _warnings.RemoveAll(Withdrawn);
    }

    /// <summary>How many errors and warnings there are now: <see cref="TakeBackSince"/> takes back those added after.</summary>
    public (int Errors, int Warnings) Mark => (_errors.Count, _warnings.Count);

    /// <summary>Takes back the issues added since <paramref name="mark"/>, such as those of a row that turned out not to be an activity.</summary>
    /// <returns>The errors taken back, in the order they were added.</returns>
    public List<ValidationIssue> TakeBackSince((int Errors, int Warnings) mark)
    {
        var errors = _errors.GetRange(mark.Errors, _errors.Count - mark.Errors);
        _errors.RemoveRange(mark.Errors, errors.Count);
        _warnings.RemoveRange(mark.Warnings, _warnings.Count - mark.Warnings);
        return errors;
    }

    /// <summary>The errors, file-level ones first, then by row; the order of finding within a row.</summary>
    public IReadOnlyList<ValidationIssue> Errors => Ordered(_errors);

    /// <summary>The warnings, ordered as <see cref="Errors"/>.</summary>
    public IReadOnlyList<ValidationIssue> Warnings => Ordered(_warnings);

    /// <summary>A value as the report shows it: long text cut short, so a report stays readable.</summary>
    public static string? Shorten(string? value) =>
        value is { Length: > MaxValueChars } ? string.Concat(value.AsSpan(0, MaxValueChars), "…") : value;

    private string? CellOf(int? row, string? column, int? cellIndex)
    {
        if (row is not { } r)
        {
            return null;
        }

        var index = cellIndex ?? (column is not null && _cellOfColumn is not null ? _cellOfColumn[ScanTemplate.IndexOf(column)] : -1);
        return index is >= 0 and < CellReference.MaxColumns ? CellReference.Of(index, r) : null;
    }

    private static ValidationIssue[] Ordered(List<ValidationIssue> issues) =>
        [.. issues.OrderBy(i => i.Row ?? 0)];
}
