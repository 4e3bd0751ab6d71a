using System.CommandLine;
using Regioscan.Storage;

namespace Regioscan.Cli.Commands;

/// <summary>Options shared by several commands.</summary>
internal static class CommonOptions
{
    /// <summary><c>--store S</c>: a folder, or an Azure Storage connection string or account URL.</summary>
    public static Option<string?> Store() => new Option<string?>("--store")
    {
        Description = "Where the data lives: a folder (default ./regioscan-data, or $REGIOSCAN_STORE), an Azure Storage "
            + "connection string (UseDevelopmentStorage=true for Azurite) or an account URL (https://<account>.blob.core.windows.net).",
    }.NeedsValue(BlobStoreFactory.EmptySpec);

    /// <summary>
    /// <c>--reason TEXT</c>: why a release is made. Blank text is refused, as the Functions API refuses it: an unset CI
    /// variable (<c>--reason "$REASON"</c>) would otherwise record an empty reason.
    /// </summary>
    public static Option<string?> Reason() => new Option<string?>("--reason")
    {
        Description = "Why this release is made (kept in the manifest and change log; default 'manual publish').",
    }.NeedsValue("--reason needs text; leave it out for the default 'manual publish'.");

    /// <summary><c>--json</c>: machine-readable output on stdout, nothing else.</summary>
    public static Option<bool> Json(string what) => new("--json")
    {
        Description = $"Write {what} as JSON on stdout (and nothing else), for scripts.",
    };

    /// <summary>
    /// Rejects a value that is another option: the parser gives <c>--reason --json</c> the value <c>--json</c>, so a
    /// forgotten value would silently become the next option's name (a reason, or a store folder named <c>--json</c>).
    /// A value starting with a single <c>-</c> is still allowed. Rejects an empty or blank value too (<c>--store ""</c>,
    /// what an unset variable gives), which would otherwise count as the option left out.
    /// </summary>
    /// <param name="option">The option.</param>
    /// <param name="ifBlank">The message for a blank value, saying what to give; a generic one when null.</param>
    public static Option<T> NeedsValue<T>(this Option<T> option, string? ifBlank = null)
    {
        option.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
            {
                if (IsOptionLike(token.Value))
                {
                    result.AddError($"{option.Name} needs a value; '{token.Value}' is an option.");
                }
                else if (string.IsNullOrWhiteSpace(token.Value))
                {
                    result.AddError(ifBlank ?? $"{option.Name} is empty: give a value, or leave {option.Name} out.");
                }
            }
        });
        return option;
    }

    /// <summary>Whether <paramref name="value"/> looks like an option name (starts with <c>--</c>).</summary>
    public static bool IsOptionLike(string value) => value.StartsWith("--", StringComparison.Ordinal);
}
