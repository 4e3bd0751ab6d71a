namespace Regioscan.Core.Releases.Writers;

/// <summary>A data file written for a release.</summary>
/// <param name="Name">File name inside the release folder, e.g. <c>initiatives.csv</c>.</param>
/// <param name="Rows">Rows (CSV, Parquet) or features (GeoJSON); null for <c>datapackage.json</c>.</param>
public sealed record WrittenFile(string Name, long? Rows);
