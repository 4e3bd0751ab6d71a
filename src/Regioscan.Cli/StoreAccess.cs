namespace Regioscan.Cli;

/// <summary>What a command does with its store, which decides whether a missing store may be created.</summary>
internal enum StoreAccess
{
    /// <summary>The command writes (ingest, process, publish, demo): a missing store is created, so a first run works.</summary>
    ReadWrite,

    /// <summary>
    /// The command only reads (releases, diff): nothing is created, so a mistyped path is an error rather than an empty
    /// new store, and a read-only copy of the store works.
    /// </summary>
    ReadOnly,
}
