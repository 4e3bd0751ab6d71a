using System.Buffers;
using System.Globalization;
using System.Text.Unicode;
using Regioscan.Core.Model;
using Regioscan.Core.Releases.Summary;

namespace Regioscan.Core.Releases.Staging;

/// <summary>Where an initiative's line is spooled, with the aggregates of its activities.</summary>
internal readonly record struct InitiativeSlot(SpoolSlot Line, int ActivityCount, long? ReachPerYear);

/// <summary>
/// An accepted upload's harmonised scan as validation leaves it: its rows spooled as their staged lines
/// (<see cref="LineSpool"/>), the lines' slots in id order, each initiative's activity count and reach, and the province's
/// summary row. <see cref="WriteInitiatives"/> and <see cref="WriteActivities"/> write the staged scan's files
/// (<see cref="StagedScanJson"/>) from the spooled lines without making a row. When an upload's rows came in id order
/// (each initiative's rows together), the spools already are those files, byte for byte: <see cref="SpooledInitiatives"/>
/// and <see cref="SpooledActivities"/> hand them over, so that intake stores them instead of writing them again. Dispose
/// it to delete the spools.
/// </summary>
public sealed class StagedScan : IDisposable
{
    /// <summary>The most bytes <see cref="WriteAggregates"/> writes: both names, an int, a long and the closing brace.</summary>
    private const int MaxAggregatesBytes = 80;

    private readonly LineSpool _initiatives;
    private readonly InitiativeSlot[] _initiativeSlots;
    private readonly SpoolSlot[] _initiativeLineSlots;
    private readonly LineSpool _activities;
    private readonly SpoolSlot[] _activitySlots;
    private readonly bool _initiativesInPlace;
    private readonly bool _activitiesInPlace;

    /// <param name="provinceCode">The province.</param>
    /// <param name="initiatives">The initiatives' spool: each line the published line (<see cref="AppendInitiativeLine"/>) around the initiative.</param>
    /// <param name="initiativeSlots">The initiatives' slots (of the initiative within its line) in id order, with their aggregates.</param>
    /// <param name="activities">The activities' spool.</param>
    /// <param name="activitySlots">The activities' slots in id order.</param>
    /// <param name="summary">The province's summary row.</param>
    /// <param name="initiativesInPlace">The initiatives' spool holds each initiative once, in id order, with its final aggregates.</param>
    /// <param name="activitiesInPlace">The activities' spool holds each activity once, in id order.</param>
    internal StagedScan(
        string provinceCode, LineSpool initiatives, InitiativeSlot[] initiativeSlots, LineSpool activities, SpoolSlot[] activitySlots, ProvinceSummary summary,
        bool initiativesInPlace, bool activitiesInPlace)
    {
        ProvinceCode = provinceCode;
        _initiatives = initiatives;
        _initiativeSlots = initiativeSlots;
        _initiativeLineSlots = Array.ConvertAll(initiativeSlots, s => s.Line);
        _activities = activities;
        _activitySlots = activitySlots;
        Summary = summary;
        _initiativesInPlace = initiativesInPlace;
        _activitiesInPlace = activitiesInPlace;
    }

    /// <summary>CBS province code.</summary>
    public string ProvinceCode { get; }

    /// <summary>The number of initiatives.</summary>
    public int InitiativeCount => _initiativeSlots.Length;

    /// <summary>The number of activities.</summary>
    public int ActivityCount => _activitySlots.Length;

    /// <summary>The province's row of <c>summary_by_province</c>.</summary>
    public ProvinceSummary Summary { get; }

    /// <summary>
    /// Writes <c>initiatives.jsonl</c>: byte for byte what <see cref="StagedScanJson.WriteInitiatives"/> writes for the
    /// same initiatives with their aggregates, in id order.
    /// </summary>
    public void WriteInitiatives(Stream destination) => WriteLines(destination, ForEachInitiative);

    /// <summary>Writes <c>activities.jsonl</c>: byte for byte what <see cref="StagedScanJson.WriteActivities"/> writes, in id order.</summary>
    public void WriteActivities(Stream destination) => WriteLines(destination, each => _activities.ReadLines(_activitySlots, each));

    /// <summary>
    /// The initiatives' spool when it is <c>initiatives.jsonl</c> byte for byte (what <see cref="WriteInitiatives"/>
    /// writes), with its SHA-256; null when the rows came out of id order or an initiative's rows were apart, and the
    /// file must be written with <see cref="WriteInitiatives"/>. The scan keeps the stream, and deletes it when disposed.
    /// </summary>
    internal SpooledFile? SpooledInitiatives() => _initiativesInPlace ? _initiatives.AsFile() : null;

    /// <summary>The activities' spool when it is <c>activities.jsonl</c> byte for byte (see <see cref="SpooledInitiatives"/>).</summary>
    internal SpooledFile? SpooledActivities() => _activitiesInPlace ? _activities.AsFile() : null;

    /// <summary>
    /// Appends <paramref name="initiative"/>'s published line to <paramref name="spool"/>, as the serializer writes a
    /// <see cref="PublishedInitiative"/>: <c>{"initiative":{…},"activity_count":n,"reach_per_year":r}</c>, the reach left
    /// out when it is null. The slot returned is the initiative's within the line.
    /// </summary>
    internal static SpoolSlot AppendInitiativeLine(LineSpool spool, Initiative initiative, int activityCount, long? reachPerYear)
    {
        Span<byte> aggregates = stackalloc byte[MaxAggregatesBytes];
        var written = WriteAggregates(aggregates, activityCount, reachPerYear);
        return spool.Append(initiative, StagedScanJson.InitiativeTypeInfo, InitiativePrefix, aggregates[..written]);
    }

    /// <summary>The scan as records, read back from the spooled lines (for callers that want objects, such as tests).</summary>
    public ProvinceScan ToProvinceScan()
    {
        var initiatives = new Initiative[_initiativeSlots.Length];
        ForEachInitiative((i, line) => initiatives[i] = StagedScanJson.Initiatives.Parse(line, i + 1).Initiative);
        var activities = new Activity[_activitySlots.Length];
        _activities.ReadLines(_activitySlots, (i, line) => activities[i] = StagedScanJson.Activities.Parse(line, i + 1));
        return new ProvinceScan { ProvinceCode = ProvinceCode, Initiatives = initiatives, Activities = activities };
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _initiatives.Dispose();
        _activities.Dispose();
    }

    /// <summary>Writes each line <paramref name="forEach"/> gives, with its newline, in large writes.</summary>
    private static void WriteLines(Stream destination, Action<LineSpool.LineReader> forEach)
    {
        ArgumentNullException.ThrowIfNull(destination);
        var lines = new LineChunks(destination);
        forEach((_, line) =>
        {
            lines.Buffer.Write(line);
            lines.EndLine();
        });
        lines.Flush();
    }

    /// <summary>Each initiative's published line, made again from its spooled initiative and its aggregates.</summary>
    private void ForEachInitiative(LineSpool.LineReader each)
    {
        var line = new ArrayBufferWriter<byte>(4096);
        _initiatives.ReadLines(_initiativeLineSlots, (i, inner) =>
        {
            var slot = _initiativeSlots[i];
            line.ResetWrittenCount();
            line.Write(InitiativePrefix);
            line.Write(inner);
            line.Advance(WriteAggregates(line.GetSpan(MaxAggregatesBytes), slot.ActivityCount, slot.ReachPerYear));
            each(i, line.WrittenSpan);
        });
    }

    private static ReadOnlySpan<byte> InitiativePrefix => "{\"initiative\":"u8;

    /// <summary>Writes what follows the initiative in its published line into <paramref name="destination"/>; returns the bytes written.</summary>
    private static int WriteAggregates(Span<byte> destination, int activityCount, long? reachPerYear)
    {
        var fits = reachPerYear is { } reach
            ? Utf8.TryWrite(destination, CultureInfo.InvariantCulture, $",\"activity_count\":{activityCount},\"reach_per_year\":{reach}}}", out var written)
            : Utf8.TryWrite(destination, CultureInfo.InvariantCulture, $",\"activity_count\":{activityCount}}}", out written);
        return fits ? written : throw new InvalidOperationException($"The aggregates need more than {MaxAggregatesBytes} bytes.");
    }
}
