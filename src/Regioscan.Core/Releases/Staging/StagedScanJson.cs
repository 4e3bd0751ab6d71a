using System.Runtime.CompilerServices;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Regioscan.Core.Model;
using Regioscan.Core.Releases.Summary;

namespace Regioscan.Core.Releases.Staging;

/// <summary>
/// The stored form of an accepted province scan, made for streaming: the province's part of the national
/// tables as JSON Lines (one record per line, ordered by id, initiatives already carrying their activity
/// count and reach) and its row of the summary by province. Publishing reads these files once, front to
/// back, so a release of any size never has to be held in memory.
/// </summary>
public static class StagedScanJson
{
    /// <summary>File name of the initiatives (one <see cref="PublishedInitiative"/> per line).</summary>
    public const string InitiativesName = "initiatives.jsonl";

    /// <summary>File name of the activities (one <see cref="Activity"/> per line).</summary>
    public const string ActivitiesName = "activities.jsonl";

    /// <summary>File name of the province's summary row.</summary>
    public const string SummaryName = "summary.json";

    /// <summary>Text is written as it is (UTF-8), not as <c>\u</c> escapes.</summary>
    private static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    /// <summary>How every staged line is written (by the tables and by intake's spool): the encoder above, without validation.</summary>
    internal static readonly JsonWriterOptions WriterOptions = new() { Encoder = Encoder, SkipValidation = true };

    private static readonly StagedScanJsonContext Context = new(new JsonSerializerOptions(StagedScanJsonContext.Default.Options) { Encoder = Encoder });

    // The tables take the generated context's own options and give the encoder to their JSON writer instead: options
    // with an encoder of their own make the serializer skip the generated writing code. (Profiles show it in use now;
    // writing the tables stayed about 30 % of an ingest's processor time, so no gain of its own was measured.)

    /// <summary>How an initiative is written inside its published line (<c>{"initiative":{…},"activity_count":…}</c>).</summary>
    internal static JsonTypeInfo<Initiative> InitiativeTypeInfo => StagedScanJsonContext.Default.Initiative;

    /// <summary>How an activity's line is written.</summary>
    internal static JsonTypeInfo<Activity> ActivityTypeInfo => StagedScanJsonContext.Default.Activity;

    /// <summary>The initiatives' file, line by line.</summary>
    internal static readonly StagedTable<PublishedInitiative> Initiatives =
        new(InitiativesName, StagedScanJsonContext.Default.PublishedInitiative, WriterOptions, StagedRowReader.ReadPublishedInitiative, "initiative_id", tables => tables.Initiatives);

    /// <summary>The activities' file, line by line.</summary>
    internal static readonly StagedTable<Activity> Activities =
        new(ActivitiesName, ActivityTypeInfo, WriterOptions, StagedRowReader.ReadActivity, "activity_id", tables => tables.Activities);

    /// <summary>
    /// Writes initiatives as JSON Lines: the reference form of <c>initiatives.jsonl</c>. Intake writes the same bytes from
    /// the lines validation spooled (<see cref="StagedScan.WriteInitiatives"/>); the tests hold the two to each other.
    /// </summary>
    public static void WriteInitiatives(IEnumerable<PublishedInitiative> rows, Stream destination) =>
        Initiatives.Write(rows, destination);

    /// <summary>Writes activities as JSON Lines: the reference form of <c>activities.jsonl</c> (see <see cref="WriteInitiatives"/>).</summary>
    public static void WriteActivities(IEnumerable<Activity> rows, Stream destination) =>
        Activities.Write(rows, destination);

    /// <summary>Writes the province's summary row.</summary>
    public static void WriteSummary(ProvinceSummary summary, Stream destination) =>
        JsonSerializer.Serialize(destination, summary, Context.ProvinceSummary);

    /// <summary>Reads initiatives written by <see cref="WriteInitiatives"/>, one at a time.</summary>
    /// <exception cref="JsonException">A line is not an initiative.</exception>
    public static IAsyncEnumerable<PublishedInitiative> ReadInitiativesAsync(Stream source, CancellationToken cancellationToken = default) =>
        ReadRowsAsync(source, Initiatives, cancellationToken);

    /// <summary>Reads activities written by <see cref="WriteActivities"/>, one at a time.</summary>
    /// <exception cref="JsonException">A line is not an activity.</exception>
    public static IAsyncEnumerable<Activity> ReadActivitiesAsync(Stream source, CancellationToken cancellationToken = default) =>
        ReadRowsAsync(source, Activities, cancellationToken);

    /// <summary>Reads a summary row written by <see cref="WriteSummary"/>.</summary>
    /// <exception cref="JsonException">The file is not a summary row.</exception>
    public static async Task<ProvinceSummary> ReadSummaryAsync(Stream source, CancellationToken cancellationToken = default) =>
        await JsonSerializer.DeserializeAsync(source, Context.ProvinceSummary, cancellationToken)
            ?? throw new JsonException("The summary row is null.");

    /// <summary>
    /// The lines of a staged table, without their newlines. A line's memory is valid until the sequence moves on:
    /// lines are cut from one byte buffer that is refilled, and only the rows made from them are kept.
    /// </summary>
    internal static async IAsyncEnumerable<ReadOnlyMemory<byte>> ReadLinesAsync(Stream source, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // Lines are parsed synchronously from their spans: the serializer's own streaming reader
        // (DeserializeAsyncEnumerable) spent a fifth of a publish in its async machinery.
        ArgumentNullException.ThrowIfNull(source);
        var buffer = new byte[1 << 16];
        int start = 0, end = 0;
        while (true)
        {
            var newline = buffer.AsSpan(start, end - start).IndexOf((byte)'\n');
            if (newline < 0)
            {
                // Keep the partial line, grow the buffer for a line longer than it, and read on.
                Buffer.BlockCopy(buffer, start, buffer, 0, end - start);
                end -= start;
                start = 0;
                if (end == buffer.Length)
                {
                    Array.Resize(ref buffer, buffer.Length * 2);
                }

                var read = await source.ReadAsync(buffer.AsMemory(end), cancellationToken);
                if (read == 0)
                {
                    if (end > 0)
                    {
                        yield return buffer.AsMemory(0, end);
                    }

                    yield break;
                }

                end += read;
                continue;
            }

            yield return buffer.AsMemory(start, newline);
            start += newline + 1;
        }
    }

    private static async IAsyncEnumerable<T> ReadRowsAsync<T>(
        Stream source, StagedTable<T> table, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var number = 0;
        await foreach (var line in ReadLinesAsync(source, cancellationToken))
        {
            yield return table.Parse(line.Span, ++number);
        }
    }
}

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(PublishedInitiative))]
[JsonSerializable(typeof(Activity))]
[JsonSerializable(typeof(ProvinceSummary))]
internal sealed partial class StagedScanJsonContext : JsonSerializerContext;
