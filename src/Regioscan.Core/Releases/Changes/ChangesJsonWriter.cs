using System.Text.Json;
using Regioscan.Core.Schema;

namespace Regioscan.Core.Releases.Changes;

/// <summary>
/// Writes <c>changes.json</c>: per table the counts by change type and every changed record with its
/// id, province, name, type and, for <c>data_changed</c>, each column's old and new value. The counts come
/// first and are known before any record is read, so the records stream through (from a spool, in a publish).
/// </summary>
public static class ChangesJsonWriter
{
    /// <summary>The JSON name of a change type (<c>added</c>, <c>removed</c>, <c>data_changed</c>).</summary>
    public static string TypeName(ChangeType type) => type switch
    {
        ChangeType.Added => "added",
        ChangeType.Removed => "removed",
        ChangeType.DataChanged => "data_changed",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    private const int FlushBytes = 1 << 16;

    /// <summary>Writes the change set of release <paramref name="version"/> against <paramref name="previous"/>.</summary>
    public static void Write(IChangeLog changes, string version, string? previous, Stream destination)
    {
        ArgumentNullException.ThrowIfNull(changes);
        using var json = new Utf8JsonWriter(destination, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteString("version", version);
        if (previous is null)
        {
            json.WriteNull("previous");
        }
        else
        {
            json.WriteString("previous", previous);
        }

        var counts = changes.Counts;
        json.WriteStartObject("counts");
        WriteCounts(json, "initiatives", counts.Initiatives);
        WriteCounts(json, "activities", counts.Activities);
        json.WriteEndObject();

        json.WriteStartObject("changes");
        WriteRecords(json, "initiatives", changes.ReadInitiatives());
        WriteRecords(json, "activities", changes.ReadActivities());
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteCounts(Utf8JsonWriter json, string table, ChangeCounts counts)
    {
        json.WriteStartObject(table);
        foreach (var type in Enum.GetValues<ChangeType>())
        {
            json.WriteNumber(TypeName(type), counts.Of(type));
        }

        json.WriteEndObject();
    }

    private static void WriteRecords(Utf8JsonWriter json, string table, IEnumerable<RecordChange> records)
    {
        json.WriteStartArray(table);
        foreach (var record in records)
        {
            // The writer buffers until flushed: a first release of a million records would be held whole.
            if (json.BytesPending > FlushBytes)
            {
                json.Flush();
            }

            json.WriteStartObject();
            json.WriteString("id", record.Id);
            json.WriteString("type", TypeName(record.Type));
            json.WriteString("province_code", record.ProvinceCode);
            json.WriteString("name", record.Name);
            if (record.Type == ChangeType.DataChanged)
            {
                json.WriteStartArray("columns");
                foreach (var column in record.Columns)
                {
                    json.WriteStartObject();
                    json.WriteString("column", column.Column);
                    json.WritePropertyName("old");
                    PublishedValueJson.Write(json, column.Old);
                    json.WritePropertyName("new");
                    PublishedValueJson.Write(json, column.New);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
