using System.Globalization;

namespace Regioscan.Storage.Local;

/// <summary>
/// The SHA-256 a writer recorded for a local blob, kept in a small side file, together with the length
/// and modification time of the data file it describes. A record that no longer matches its data file
/// (a crash between the two renames, or another program edited the file) is ignored and the hash is
/// recomputed from the content, so a stale record can never be reported.
/// </summary>
internal sealed record HashRecord(string Sha256, long Length, long LastWriteTicks)
{
    public static HashRecord For(string sha256, FileInfo file) => new(sha256, file.Length, file.LastWriteTimeUtc.Ticks);

    public bool Describes(FileInfo file) => file.Length == Length && file.LastWriteTimeUtc.Ticks == LastWriteTicks;

    public string Format() => string.Create(CultureInfo.InvariantCulture, $"{Sha256} {Length} {LastWriteTicks}\n");

    public static HashRecord? TryRead(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }

        var parts = text.Trim().Split(' ');
        return parts.Length == 3
            && parts[0].Length == 64
            && parts[0].All(char.IsAsciiHexDigitLower)
            && long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var length)
            && long.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
            ? new HashRecord(parts[0], length, ticks)
            : null;
    }
}
