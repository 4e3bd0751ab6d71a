using System.Globalization;
using System.Text;
using Regioscan.Core.Geography;

namespace Regioscan.Bench.Generator;

/// <summary>
/// Streams one province's upload to a file: UTF-8, <c>;</c>-separated, CRLF, as Dutch Excel saves it.
/// Initiatives are regenerated from their own seeds, so a later revision walks the same initiatives as
/// the first upload and only decides per initiative whether to change, drop or follow it with a new one.
/// </summary>
internal static class ProvinceUploadWriter
{
    private const char Separator = ';';
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static GeneratedFile Write(string path, Province province, int activities, GeneratorOptions options)
    {
        var factory = new InitiativeFactory(province);
        var p = ProvinceTable.IndexOf(province);
        var prefix = ProvinceTable.Prefix(province) + "-";
        var (r, seed) = (options.Revision, options.Seed);
        var changes = ChangeCounts.None;
        var (initiatives, written) = (0, 0);
        using (var writer = new StreamWriter(path, false, Utf8, 1 << 20))
        {
            writer.Write(string.Join(Separator, UploadColumns.Header()));
            writer.Write("\r\n");
            var remaining = activities;
            for (var i = 0; remaining > 0; i++)
            {
                var rng = Rng.For(seed, p, i);
                var count = Math.Min(InitiativeFactory.DrawActivityCount(rng), remaining);
                remaining -= count;
                var id = prefix + (i + 1).ToString("D6", CultureInfo.InvariantCulture);
                var forced = r > 1 && options.AlwaysChangeFirst && i == 0;
                var roll = r > 1 ? Rng.Uniform(seed, p, i, r, 1) : 1.0;
                if (roll < options.RemovedShare && !forced)
                {
                    changes = changes with { RemovedInitiatives = changes.RemovedInitiatives + 1, RemovedActivities = changes.RemovedActivities + count };
                }
                else
                {
                    var initiative = factory.Create(rng, id, count);
                    if (forced || roll < options.RemovedShare + options.ChangedShare)
                    {
                        changes += Change(factory, initiative, Rng.For(seed, p, i, r, 2), province, forced);
                    }

                    if (options.InvalidCode && i == 0)
                    {
                        initiative.Activities[0][UploadColumns.FormsIndex] = "blokchain";
                    }

                    WriteRows(writer, initiative);
                    (initiatives, written) = (initiatives + 1, written + count);
                }

                if (r > 1 && Rng.Uniform(seed, p, i, r, 3) < options.AddedShare)
                {
                    var added = Rng.For(seed, p, i, r, 4);
                    var initiative = factory.Create(added, id + "-N" + r.ToString(CultureInfo.InvariantCulture), InitiativeFactory.DrawActivityCount(added));
                    WriteRows(writer, initiative);
                    changes = changes with { AddedInitiatives = changes.AddedInitiatives + 1, AddedActivities = changes.AddedActivities + initiative.Activities.Count };
                    (initiatives, written) = (initiatives + 1, written + initiative.Activities.Count);
                }
            }
        }

        return new GeneratedFile(path, province.Code, initiatives, written, new FileInfo(path).Length, changes);
    }

    /// <summary>A new description (the initiative changes) or a new reach for its first activity (that activity changes).</summary>
    private static ChangeCounts Change(InitiativeFactory factory, GeneratedInitiative initiative, Rng rng, Province province, bool forced)
    {
        if (forced || rng.Chance(0.5))
        {
            var old = initiative.Cells[UploadColumns.DescriptionIndex];
            string text;
            do
            {
                text = factory.Description(rng, initiative.Cells[UploadColumns.NameIndex], province.Name);
            }
            while (text == old);

            initiative.Cells[UploadColumns.DescriptionIndex] = text;
            return ChangeCounts.None with { ChangedInitiatives = 1 };
        }

        var activity = initiative.Activities[0];
        string reach;
        do
        {
            reach = InitiativeFactory.Reach(rng);
        }
        while (reach == activity[UploadColumns.ReachIndex]);

        activity[UploadColumns.ReachIndex] = reach;
        if (activity[UploadColumns.ReachYearIndex].Length == 0)
        {
            activity[UploadColumns.ReachYearIndex] = "2025";
        }

        return ChangeCounts.None with { ChangedActivities = 1 };
    }

    /// <summary>One row per activity, the initiative's cells repeated on each (formatted once).</summary>
    private static void WriteRows(StreamWriter writer, GeneratedInitiative initiative)
    {
        var cells = new StringBuilder(1024);
        foreach (var cell in initiative.Cells)
        {
            cells.Append(Quoted(cell)).Append(Separator);
        }

        var head = cells.ToString();
        foreach (var activity in initiative.Activities)
        {
            writer.Write(head);
            for (var c = 0; c < activity.Length; c++)
            {
                if (c > 0)
                {
                    writer.Write(Separator);
                }

                writer.Write(Quoted(activity[c]));
            }

            writer.Write("\r\n");
        }
    }

    /// <summary>A cell as CSV text: quoted only when it holds the separator, a quote or a line break.</summary>
    private static string Quoted(string cell) =>
        cell.AsSpan().IndexOfAny(";\"\r\n") < 0 ? cell : "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
