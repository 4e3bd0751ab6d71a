using Microsoft.Extensions.DependencyInjection;
using Regioscan.Core.Pipeline;
using Regioscan.Core.Releases.Changes;
using Regioscan.Core.Storage;

namespace Regioscan.Cli.Output;

/// <summary>Prints the outcome of a publish for people or, with <c>--json</c>, for scripts.</summary>
internal static class PublishPrinter
{
    public static object ToJson(PublishResult result) => new
    {
        published = result.Published,
        version = result.Version,
        previous = result.Previous,
        message = result.Message,
        counts = result.Counts,
        changes = result.Changes is null ? null : new
        {
            initiatives = Counts(result.Changes.Initiatives),
            activities = Counts(result.Changes.Activities),
        },
    };

    public static async Task PrintAsync(PublishResult result, IServiceProvider services, bool asJson, CliConsole console, CancellationToken cancellationToken)
    {
        _ = cancellationToken;
        if (asJson)
        {
            await JsonOutput.WriteAsync(console.Out, ToJson(result));
            return;
        }

        await console.Out.WriteLineAsync(result.Message);
        if (result.Published && result.Changes is { } changes)
        {
            await console.Out.WriteLineAsync(
                $"  changes against {result.Previous ?? "nothing (first release)"}: initiatives {Line(changes.Initiatives)}; activities {Line(changes.Activities)}");
            var store = services.GetRequiredService<IBlobStore>();
            await console.Out.WriteLineAsync($"  files: {store.Description}/releases/v{result.Version}/ (and releases/latest/)");
        }
    }

    private static object Counts(ChangeCounts changes) => new
    {
        added = changes.Added,
        removed = changes.Removed,
        data_changed = changes.DataChanged,
    };

    private static string Line(ChangeCounts changes) => $"+{changes.Added} −{changes.Removed} ~{changes.DataChanged}";
}
