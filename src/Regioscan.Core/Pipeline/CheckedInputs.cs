using Regioscan.Core.Releases.Metadata;

namespace Regioscan.Core.Pipeline;

/// <summary>
/// <c>system/checked-inputs.json</c>: scans a publish read in full and found to make the same data as release
/// <paramref name="Version"/> (another upload of the same rows), so it made no release. Without it, a scan that is in
/// no release would look unpublished to every later <c>regioscan process</c> (<see cref="Publisher.HasUnpublishedScansAsync"/>).
/// </summary>
/// <param name="Version">The latest release when they were checked.</param>
/// <param name="Inputs">The scans checked: province → upload.</param>
public sealed record CheckedInputs(string Version, IReadOnlyDictionary<string, ReleaseInput> Inputs);
