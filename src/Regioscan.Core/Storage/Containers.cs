namespace Regioscan.Core.Storage;

/// <summary>The containers of the storage layout (folders in the local store).</summary>
public static class Containers
{
    /// <summary>Raw uploads, <c>uploads/{PVxx}/{file}</c>; written by provinces.</summary>
    public const string Uploads = "uploads";

    /// <summary>Accepted uploads, <c>scans/{PVxx}/{uploadId}/</c>.</summary>
    public const string Scans = "scans";

    /// <summary>Rejected uploads, <c>quarantine/{PVxx}/{uploadId}/</c>.</summary>
    public const string Quarantine = "quarantine";

    /// <summary>Public releases.</summary>
    public const string Releases = "releases";

    /// <summary>Pipeline bookkeeping: locks, publish requests, processed-upload receipts.</summary>
    public const string System = "system";

    /// <summary>Optional reference data, e.g. <c>reference/provincie_2025.geojson</c>.</summary>
    public const string Reference = "reference";

    /// <summary>Every container, in the order they are created.</summary>
    public static IReadOnlyList<string> All { get; } = [Uploads, Scans, Quarantine, Releases, System, Reference];
}
