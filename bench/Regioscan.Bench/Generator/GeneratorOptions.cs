namespace Regioscan.Bench.Generator;

/// <summary>What to generate besides the size.</summary>
internal sealed record GeneratorOptions
{
    /// <summary>The seed: the same seed and revision give byte-identical files.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>
    /// 1 is the first upload. A later revision is the next upload of the same scan: the same initiatives,
    /// with a share changed, removed and added (each revision its own choice).
    /// </summary>
    public int Revision { get; init; } = 1;

    /// <summary>Share of initiatives with a changed field (description, or an activity's reach).</summary>
    public double ChangedShare { get; init; } = 0.01;

    /// <summary>Share of initiatives removed with their activities.</summary>
    public double RemovedShare { get; init; } = 0.005;

    /// <summary>Share of initiatives after which a new one is added.</summary>
    public double AddedShare { get; init; } = 0.005;

    /// <summary>Whether a later revision always changes the first initiative's description, so no two revisions are equal.</summary>
    public bool AlwaysChangeFirst { get; init; }

    /// <summary>Puts an unknown code on row 2, so that the upload is rejected.</summary>
    public bool InvalidCode { get; init; }
}
