using System.Text;
using Regioscan.Core.Releases;
using Regioscan.Core.Releases.Writers;

namespace Regioscan.Core.Tests.Releases;

/// <summary>
/// The data files of a release written to a temporary folder through write-only, non-seekable streams
/// (as a blob upload would be), with DuckDB to read them back.
/// </summary>
internal sealed class ReleaseFolder : IDisposable
{
    public static readonly DateTimeOffset PublishedAt = new(2025, 11, 20, 9, 30, 0, TimeSpan.FromHours(1));

    private ReleaseFolder(string path, IReadOnlyList<WrittenFile> files)
    {
        Path = path;
        Files = files;
    }

    public string Path { get; }

    public IReadOnlyList<WrittenFile> Files { get; }

    public static async Task<ReleaseFolder> WriteAsync(ReleaseTables tables, Stream? boundaries = null, DateTimeOffset? publishedAt = null)
    {
        var path = Directory.CreateTempSubdirectory("regioscan-writers-").FullName;
        var context = new ReleaseDataContext("1.2.0", publishedAt ?? PublishedAt, boundaries);
        try
        {
            var files = await ReleaseDataWriter.WriteAsync(
                tables, context, name => new WriteOnlyStream(System.IO.File.Create(System.IO.Path.Combine(path, name))));
            return new ReleaseFolder(path, files);
        }
        catch
        {
            Directory.Delete(path, recursive: true);
            throw;
        }
    }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public byte[] Bytes(string name) => System.IO.File.ReadAllBytes(File(name));

    public string Text(string name) => System.IO.File.ReadAllText(File(name), Encoding.UTF8);

    /// <summary>Runs a query with <c>{file}</c> replaced by the quoted path of <paramref name="name"/>.</summary>
    public List<object?[]> Query(string sql, string name) => DuckDb.Query(sql.Replace("{file}", "'" + File(name) + "'", StringComparison.Ordinal));

    public void Dispose() => Directory.Delete(Path, recursive: true);

    /// <summary>A stream that can only be written, like an upload: no seeking, no length, no position.</summary>
    private sealed class WriteOnlyStream(Stream inner) : Stream
    {
        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override void Flush() => inner.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);

        public override void Write(ReadOnlySpan<byte> buffer) => inner.Write(buffer);

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default) =>
            inner.WriteAsync(buffer, cancellationToken);

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
