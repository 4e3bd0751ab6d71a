namespace Regioscan.Reliability.Tests.Hostile;

/// <summary>One bad file of the corpus and what the validator must make of it.</summary>
/// <param name="Name">File name (under Corpus/ when <paramref name="Committed"/>).</param>
/// <param name="What">What is wrong with it, for the table in docs/reliability.md.</param>
/// <param name="Content">Makes the bytes (the committed file must equal them).</param>
/// <param name="Expected">The first error code of the report, or <see cref="HostileCorpus.Accepted"/>.</param>
/// <param name="Committed">False for files too large to commit: generated at test time only.</param>
public sealed record HostileCase(string Name, string What, Func<byte[]> Content, string Expected, bool Committed = true)
{
    public override string ToString() => Name;
}
