using System.Buffers;
using System.Buffers.Text;
using Regioscan.Core.Model;
using Regioscan.Core.Releases.Summary;

namespace Regioscan.Core.Releases.Staging;

/// <summary>Where an initiative's line is spooled, with the aggregates of its activities.</summary>
internal readonly record struct InitiativeSlot(SpoolSlot Line, int ActivityCount, long? ReachPerYear);

/// <summary>
/// An accepted upload's harmonised scan as validation leaves it: its rows spooled as their staged lines
/// (<see cref="LineSpool"/>), the lines' slots in id order, each initiative's activity count and reach, and the province's
/// summary row. <see cref="WriteInitiatives"/> and <see cref="WriteActivities"/> write the staged scan's files
/// (<see cref="StagedScanJson"/>) from the spooled lines without making a row. Dispose it to delete the spools.
/// </summary>
public sealed class StagedScan : IDisposable
{
    private readonly LineSpool _initiatives;
    private readonly InitiativeSlot[] _initiativeSlots;
    private readonly SpoolSlot[] _initiativeLineSlots;
    private readonly LineSpool _activities;
    private readonly SpoolSlot[] _activitySlots;

    internal StagedScan(
        string provinceCode, LineSpool initiatives, InitiativeSlot[] initiativeSlots, LineSpool activities, SpoolSlot[] activitySlots, ProvinceSummary summary)
    {
        ProvinceCode = provinceCode;
        _initiatives = initiatives;
        _initiativeSlots = initiativeSlots;
        _initiativeLineSlots = Array.ConvertAll(initiativeSlots, s => s.Line);
        _activities = activities;
        _activitySlots = activitySlots;
        Summary = summary;
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

    /// <summary>
    /// Each initiative's published line, made from its spooled line as the serializer writes a
    /// <see cref="PublishedInitiative"/>: <c>{"initiative":{…},"activity_count":n,"reach_per_year":r}</c>, the reach left
    /// out when it is null.
    /// </summary>
    private void ForEachInitiative(LineSpool.LineReader each)
    {
        var line = new ArrayBufferWriter<byte>(4096);
        _initiatives.ReadLines(_initiativeLineSlots, (i, inner) =>
        {
            var slot = _initiativeSlots[i];
            line.ResetWrittenCount();
            line.Write("{\"initiative\":"u8);
            line.Write(inner);
            line.Write(",\"activity_count\":"u8);
            WriteNumber(line, slot.ActivityCount);
            if (slot.ReachPerYear is { } reach)
            {
                line.Write(",\"reach_per_year\":"u8);
                WriteNumber(line, reach);
            }

            line.Write("}"u8);
            each(i, line.WrittenSpan);
        });
    }

    private static void WriteNumber(ArrayBufferWriter<byte> buffer, long value)
    {
        Utf8Formatter.TryFormat(value, buffer.GetSpan(20), out var written);
        buffer.Advance(written);
    }
}
