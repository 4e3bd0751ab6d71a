using System.Text.Json;
using Regioscan.Core.Releases.Metadata;

namespace Regioscan.Cli.Output;

/// <summary>JSON on stdout for scripts, in the same snake_case style as the release metadata.</summary>
internal static class JsonOutput
{
    public static Task WriteAsync<T>(TextWriter output, T value) =>
        output.WriteLineAsync(JsonSerializer.Serialize(value, ReleaseJson.Options));
}
