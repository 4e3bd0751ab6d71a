namespace Regioscan.Testing;

/// <summary>A fresh folder under the system's temporary folder (or another), deleted with everything in it on dispose.</summary>
public sealed class TempDirectory : IDisposable
{
    /// <summary>Creates the folder.</summary>
    /// <param name="label">Part of the folder name, to recognise it when a test leaves it behind.</param>
    /// <param name="parent">Where to make it, when not under the system's temporary folder (another file system, say).</param>
    public TempDirectory(string label = "tmp", string? parent = null)
    {
        FullPath = Path.Combine(parent ?? Path.GetTempPath(), "regioscan-tests", $"{label}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(FullPath);
    }

    /// <summary>The folder's full path.</summary>
    public string FullPath { get; }

    /// <summary>A path inside the folder.</summary>
    public string Combine(params string[] parts) => Path.Combine([FullPath, .. parts]);

    /// <inheritdoc />
    public override string ToString() => FullPath;

    /// <summary>Deletes the folder; a file still open elsewhere only leaves it behind.</summary>
    public void Dispose()
    {
        try
        {
            Directory.Delete(FullPath, recursive: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Left for the system's temp cleaning; failing a test over it would hide its real result.
        }
    }
}
