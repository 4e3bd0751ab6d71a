namespace Regioscan.Core.Demo;

/// <summary>The sample scans of the demo: a first upload for every province, then a few re-uploads.</summary>
/// <param name="FirstRound">Exactly one upload per province (12), ordered by province code.</param>
/// <param name="SecondRound">
/// New full uploads (whole scan files, not deltas) of the few provinces whose scan changed, ordered by
/// province code. Provinces that did not change are not re-uploaded.
/// </param>
/// <param name="ExpectedChanges">One line per change that the second round makes, for people.</param>
public sealed record DemoDataset(
    IReadOnlyList<DemoUpload> FirstRound,
    IReadOnlyList<DemoUpload> SecondRound,
    IReadOnlyList<string> ExpectedChanges);
