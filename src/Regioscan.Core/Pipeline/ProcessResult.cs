namespace Regioscan.Core.Pipeline;

/// <summary>The outcome of processing the pending uploads.</summary>
/// <param name="Processed">Every upload processed in this run.</param>
/// <param name="Skipped">Uploads already processed before (unchanged since).</param>
/// <param name="Publish">The publish that followed, when anything new was accepted.</param>
public sealed record ProcessResult(IReadOnlyList<IntakeResult> Processed, int Skipped, PublishResult? Publish);
