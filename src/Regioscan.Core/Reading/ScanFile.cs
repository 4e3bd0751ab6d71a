namespace Regioscan.Core.Reading;

/// <summary>An opened upload: what kind of file it is and, when it can be read, its rows.</summary>
/// <param name="Kind">What the first bytes say the file is.</param>
/// <param name="Rows">The rows; null when the kind cannot be read (yet).</param>
public sealed record ScanFile(FileKind Kind, IScanRowSource? Rows) : IDisposable
{
    /// <summary>Disposes the row source.</summary>
    public void Dispose() => Rows?.Dispose();
}
