using System.CommandLine;

namespace Regioscan.Cli.Commands;

/// <summary>Options shared by several commands.</summary>
internal static class CommonOptions
{
    /// <summary><c>--store S</c>: a folder, or an Azure Storage connection string or account URL.</summary>
    public static Option<string?> Store() => new Option<string?>("--store")
    {
        Description = "Where the data lives: a folder (default ./regioscan-data, or $REGIOSCAN_STORE), an Azure Storage "
            + "connection string (UseDevelopmentStorage=true for Azurite) or an account URL (https://<account>.blob.core.windows.net).",
    }.NeedsValue();

    /// <summary><c>--json</c>: machine-readable output on stdout, nothing else.</summary>
    public static Option<bool> Json(string what) => new("--json")
    {
        Description = $"Write {what} as JSON on stdout (and nothing else), for scripts.",
    };

    /// <summary>
    /// Rejects a value that is another option: the parser gives <c>--reason --json</c> the value <c>--json</c>, so a
    /// forgotten value would silently become the next option's name (a reason, or a store folder named <c>--json</c>).
    /// A value starting with a single <c>-</c> is still allowed.
    /// </summary>
    public static Option<T> NeedsValue<T>(this Option<T> option)
    {
        option.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
            {
                if (IsOptionLike(token.Value))
                {
                    result.AddError($"{option.Name} needs a value; '{token.Value}' is an option.");
                }
            }
        });
        return option;
    }

    /// <summary>Whether <paramref name="value"/> looks like an option name (starts with <c>--</c>).</summary>
    public static bool IsOptionLike(string value) => value.StartsWith("--", StringComparison.Ordinal);
}
