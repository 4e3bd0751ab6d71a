using System.CommandLine;

namespace Regioscan.Cli.Commands;

/// <summary>Options shared by several commands.</summary>
internal static class CommonOptions
{
    /// <summary><c>--store S</c>: a folder, or an Azure Storage connection string or account URL.</summary>
    public static Option<string?> Store() => new("--store")
    {
        Description = "Where the data lives: a folder (default ./regioscan-data, or $REGIOSCAN_STORE), an Azure Storage "
            + "connection string (UseDevelopmentStorage=true for Azurite) or an account URL (https://<account>.blob.core.windows.net).",
    };

    /// <summary><c>--json</c>: machine-readable output on stdout, nothing else.</summary>
    public static Option<bool> Json(string what) => new("--json")
    {
        Description = $"Write {what} as JSON on stdout (and nothing else), for scripts.",
    };
}
