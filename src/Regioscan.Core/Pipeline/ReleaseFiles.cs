using Regioscan.Core.Releases.Metadata;
using Regioscan.Core.Storage;

namespace Regioscan.Core.Pipeline;

/// <summary>
/// The files of a release being made, in name order: each a scratch file written once through a stream that
/// hashes what passes, then described (size, rows, sha256) without being read again. Disposing removes them.
/// </summary>
internal sealed class ReleaseFiles(IScratchSpace scratch) : IAsyncDisposable
{
    private readonly SortedDictionary<string, ReleaseFile> _files = new(StringComparer.Ordinal);

    /// <summary>
    /// Starts the file <paramref name="name"/> and returns the stream to write it through; the file is complete,
    /// and its sha256 known, once that stream is disposed.
    /// </summary>
    public Stream Create(string name, long? rows = null)
    {
        var content = scratch.CreateForStore();
        var writer = new LeaveOpenStream(content);
        _files[name] = new ReleaseFile(content, writer) { Rows = rows };
        return writer;
    }

    /// <summary>Records the rows of a file known only once it is written.</summary>
    public void SetRows(string name, long? rows) => _files[name].Rows = rows;

    /// <summary>A complete file's content, from its start.</summary>
    public Stream Read(string name)
    {
        var content = _files[name].Content;
        content.Position = 0;
        return content;
    }

    /// <summary>Size, rows and sha256 of every file, each described once (a file is complete when first described).</summary>
    /// <exception cref="InvalidOperationException">A file's stream was not disposed: it may not be complete.</exception>
    public List<ReleaseFileEntry> Describe()
    {
        var entries = new List<ReleaseFileEntry>(_files.Count);
        foreach (var (name, file) in _files)
        {
            file.Entry ??= new ReleaseFileEntry(
                name, file.Content.Length, file.Rows,
                file.Writer.Sha256 ?? throw new InvalidOperationException($"The release file {name} is described before its writer was closed."));
            entries.Add(file.Entry);
        }

        return entries;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        foreach (var file in _files.Values)
        {
            await file.Content.DisposeAsync();
        }
    }

    private sealed class ReleaseFile(Stream content, LeaveOpenStream writer)
    {
        public Stream Content { get; } = content;

        public LeaveOpenStream Writer { get; } = writer;

        public long? Rows { get; set; }

        public ReleaseFileEntry? Entry { get; set; }
    }
}
