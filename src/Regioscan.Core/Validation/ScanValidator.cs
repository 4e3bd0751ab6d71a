using Regioscan.Core.CodeLists;
using Regioscan.Core.Harmonisation;
using Regioscan.Core.Storage;

namespace Regioscan.Core.Validation;

/// <summary>
/// Validates a province's scan upload cell by cell and harmonises it onto the code lists. Whatever the
/// upload holds, the outcome is a report: problems with the file are issues, never exceptions.
/// </summary>
public sealed class ScanValidator
{
    private readonly ValidationOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly CodeMatcher _matcher;

    /// <summary>Creates a validator with the product's code lists (<see cref="CodeListCatalog.Default"/>).</summary>
    /// <param name="options">The limits.</param>
    /// <param name="timeProvider">The clock, for the latest year allowed (next year).</param>
    public ScanValidator(ValidationOptions options, TimeProvider timeProvider)
        : this(options, timeProvider, CodeListCatalog.Default)
    {
    }

    /// <summary>Creates a validator with the code lists of <paramref name="catalog"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A limit is zero or negative.</exception>
    public ScanValidator(ValidationOptions options, TimeProvider timeProvider, CodeListCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.MaxFileBytes, nameof(options));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.MaxRows, nameof(options));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.MaxColumns, nameof(options));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.MaxCellChars, nameof(options));
        _options = options;
        _timeProvider = timeProvider;
        _matcher = ReferenceEquals(catalog, CodeListCatalog.Default) ? CodeMatcher.Default : new CodeMatcher(catalog);
    }

    /// <summary>Validates one upload, spooling its harmonised scan in memory.</summary>
    /// <param name="content">The upload, read forward from its current position; the caller disposes it.</param>
    /// <param name="fileName">The file name, as the report shows it.</param>
    /// <param name="expectedProvince">
    /// The province the upload is for (CBS code such as <c>PV20</c>, or a name), from its folder or
    /// <c>--province</c>; null to accept any single province the rows name.
    /// </param>
    /// <param name="cancellationToken">Stops the validation between rows.</param>
    /// <returns>The report, and the harmonised scan when the upload is valid.</returns>
    /// <exception cref="IOException">Reading <paramref name="content"/> failed (infrastructure, not content).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public ScanResult Validate(Stream content, string fileName, string? expectedProvince, CancellationToken cancellationToken = default) =>
        Validate(content, fileName, expectedProvince, InMemory, cancellationToken);

    /// <summary>
    /// Validates one upload, spooling its harmonised scan to <paramref name="scratch"/>: memory then holds a few dozen
    /// bytes per row whatever the size of the upload. The spools are made for the store
    /// (<see cref="IScratchSpace.CreateForStore"/>): an upload whose rows come in id order is staged by storing them as they
    /// are. Dispose the result to delete the spools.
    /// </summary>
    /// <inheritdoc cref="Validate(Stream, string, string?, CancellationToken)"/>
    public ScanResult Validate(Stream content, string fileName, string? expectedProvince, IScratchSpace scratch, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scratch);
        return Validate(content, fileName, expectedProvince, scratch.CreateForStore, cancellationToken);
    }

    private static Stream InMemory() => new MemoryStream();

    private ScanResult Validate(Stream content, string fileName, string? expectedProvince, Func<Stream> spool, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(fileName);
        var currentYear = _timeProvider.GetUtcNow().Year;
        using var run = new ValidationRun(_options, _matcher, currentYear, fileName, expectedProvince, spool);
        return run.Run(content, cancellationToken);
    }
}
