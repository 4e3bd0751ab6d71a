namespace Regioscan.Core.Pipeline;

/// <summary>Blob names of the storage layout (DESIGN.md "Storage layout").</summary>
public static class PipelinePaths
{
    /// <summary>File name of the validation report in a scan or quarantine folder.</summary>
    public const string Report = "report.json";

    /// <summary>
    /// File name of the harmonised scan as one JSON document, as versions before the staged scan
    /// (<see cref="Releases.Staging.StagedScanJson"/>) stored it; still read where no staged files exist.
    /// </summary>
    public const string LegacyScan = "scan.json";

    /// <summary>Name of a province's current-scan pointer within <c>scans/{PVxx}/</c>.</summary>
    public const string ScanPointer = "latest.json";

    /// <summary>The folder of an upload, <c>{PVxx}/{uploadId}/</c>.</summary>
    public static string UploadFolder(string provinceCode, string uploadId) => $"{provinceCode}/{uploadId}/";

    /// <summary>The raw-bytes blob name: <c>upload</c> plus the original extension.</summary>
    public static string RawName(string fileName)
    {
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        return "upload" + (extension.Length is > 1 and <= 8 && extension.Skip(1).All(char.IsAsciiLetterOrDigit) ? extension : ".bin");
    }

    /// <summary>The pointer of a province's current scan.</summary>
    public static string ScanPointerName(string provinceCode) => $"{provinceCode}/{ScanPointer}";

    /// <summary>The receipt of a processed blob of <c>uploads/</c>, in the system container.</summary>
    public static string Receipt(string uploadBlobName) => "processed/" + uploadBlobName + ".json";
}
