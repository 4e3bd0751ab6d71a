using System.Runtime.CompilerServices;
using Parquet;
using Parquet.Schema;
using Regioscan.Core.Schema;

namespace Regioscan.Core.Releases.Changes;

/// <summary>A row of a published table as its Parquet file holds it: one value per published column, in schema order.</summary>
/// <param name="Values">Each column's value: a string, long, double, list of strings, or null.</param>
internal sealed record PublishedRow(object?[] Values);

/// <summary>
/// A published table read back from the release's own Parquet file, for a store that holds <c>releases/</c> alone (a
/// public copy): <c>regioscan diff</c> compares two releases there without the staged scans it reads elsewhere. The
/// values are what the Parquet file holds, which is what every format publishes (an empty text or list is NULL).
/// </summary>
internal static class PublishedTable
{
    /// <summary>The keys of a table whose rows are <see cref="PublishedRow"/>s: the same columns, names and types as <paramref name="keys"/>.</summary>
    /// <param name="keys">The table's keys over its model rows.</param>
    /// <param name="id">The column of a row's id.</param>
    public static TableKeys<PublishedRow> KeysOf<TRow>(TableKeys<TRow> keys, string id)
    {
        var columns = keys.Columns
            .Select((c, i) => new Column<PublishedRow>(
                c.Name, c.Type, c.Required, c.CodeList, c.TitleNl, c.TitleEn, c.DescriptionNl, c.DescriptionEn, r => r.Values[i]))
            .ToList();
        var idAt = IndexOf(columns, id);
        var provinceAt = IndexOf(columns, "province_code");
        var nameAt = IndexOf(columns, "name");
        return new TableKeys<PublishedRow>(
            columns, r => (string)r.Values[idAt]!, r => (string)r.Values[provinceAt]!, r => (string)r.Values[nameAt]!);
    }

    /// <summary>
    /// The rows of a published Parquet file, in file order (a release writes them in id order), with the values of
    /// <paramref name="columns"/>; other columns (the GeoParquet geometry) are not read. One row group is held at a time.
    /// </summary>
    /// <param name="parquet">The file, readable and seekable.</param>
    /// <param name="columns">The published columns to read, in the order of <see cref="PublishedRow.Values"/>.</param>
    /// <param name="name">The file as the user knows it, for messages: <c>releases/v1.0.0/activities.parquet</c>.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <exception cref="InvalidDataException">The file lacks a published column or holds another type than the schema's.</exception>
    public static async IAsyncEnumerable<PublishedRow> ReadAsync(
        Stream parquet, IReadOnlyList<Column<PublishedRow>> columns, string name, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var reader = await ParquetReader.CreateAsync(parquet, leaveStreamOpen: true, cancellationToken: cancellationToken);
        var fields = columns.Select(c => FieldOf(reader.Schema, c, name)).ToArray();

        // One set of buffers for every column and row group, grown when a group needs more: a new one per column (a
        // row group's strings alone are 128 KiB) went to the large object heap, and collecting it took half the time.
        var buffers = new Buffers();
        var values = new object?[columns.Count][];
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            using var group = reader.OpenRowGroupReader(g);
            var rows = checked((int)group.RowCount);
            for (var c = 0; c < columns.Count; c++)
            {
                values[c] = Buffers.Grown(values[c], rows);
                await ReadColumnAsync(group, fields[c], columns[c].Type, values[c], rows, buffers, name, cancellationToken);
            }

            for (var r = 0; r < rows; r++)
            {
                var row = new object?[columns.Count];
                for (var c = 0; c < columns.Count; c++)
                {
                    row[c] = values[c][r];
                }

                yield return new PublishedRow(row);
            }
        }
    }

    private static int IndexOf(List<Column<PublishedRow>> columns, string name) =>
        columns.FindIndex(c => c.Name == name) is var i and >= 0
            ? i
            : throw new InvalidOperationException($"The published table has no column {name}.");

    /// <summary>The leaf field of a published column: the column itself, or a list's element.</summary>
    private static DataField FieldOf<TRow>(ParquetSchema schema, Column<TRow> column, string name)
    {
        var field = schema.Fields.FirstOrDefault(f => f.Name == column.Name);
        var leaf = field switch
        {
            ListField { Item: DataField item } when column.Type == ColumnType.TextList => item,
            DataField data when column.Type != ColumnType.TextList => data,
            _ => null,
        };
        var clr = column.Type switch
        {
            ColumnType.WholeNumber => typeof(long),
            ColumnType.RealNumber => typeof(double),
            _ => typeof(ReadOnlyMemory<char>),
        };
        return leaf is not null && leaf.ClrType == clr
            ? leaf
            : throw new InvalidDataException(
                $"{name} has no column {column.Name} of the published type ({column.Type}); the file is not a release's table as this version "
                + "publishes it. Compare releases in a store with their staged scans (scans/), or restore the file from a backup.");
    }

    /// <summary>
    /// Fills <paramref name="values"/> with one value per row: definition levels say which rows have one (the values come
    /// packed), repetition levels where a list goes on.
    /// </summary>
    private static async Task ReadColumnAsync(
        ParquetRowGroupReader group, DataField field, ColumnType type, object?[] values, int rows, Buffers buffers, string name,
        CancellationToken cancellationToken)
    {
        var entries = checked((int)(group.GetMetadata(field)?.MetaData?.NumValues
            ?? throw new InvalidDataException($"{name}: the column {field.Name} has no metadata in a row group.")));
        buffers.Fit(entries);

        // A required column has no levels in the file, and Parquet.Net leaves them as they are: zero, as a new array's.
        Array.Clear(buffers.Definitions, 0, entries);
        Array.Clear(buffers.Repetitions, 0, entries);
        var (definitions, repetitions) = (buffers.Definitions.AsMemory(0, entries), buffers.Repetitions.AsMemory(0, entries));
        switch (type)
        {
            case ColumnType.WholeNumber:
                await group.ReadRawAsync<long>(field, buffers.Longs.AsMemory(0, entries), definitions, repetitions, cancellationToken);
                Spread(buffers.Longs, buffers.Definitions, field.MaxDefinitionLevel, values, rows);
                break;
            case ColumnType.RealNumber:
                await group.ReadRawAsync<double>(field, buffers.Doubles.AsMemory(0, entries), definitions, repetitions, cancellationToken);
                Spread(buffers.Doubles, buffers.Definitions, field.MaxDefinitionLevel, values, rows);
                break;
            case ColumnType.TextList:
                await group.ReadRawAsync<ReadOnlyMemory<char>>(field, buffers.Texts.AsMemory(0, entries), definitions, repetitions, cancellationToken);
                Lists(buffers, entries, field, values, rows, name);
                break;
            default:
                await group.ReadRawAsync<ReadOnlyMemory<char>>(field, buffers.Texts.AsMemory(0, entries), definitions, repetitions, cancellationToken);
                for (int r = 0, next = 0; r < rows; r++)
                {
                    values[r] = buffers.Definitions[r] == field.MaxDefinitionLevel ? buffers.Texts[next++].ToString() : null;
                }

                break;
        }

        // The texts' memory is Parquet.Net's page buffer: it is not kept past this group.
        Array.Clear(buffers.Texts, 0, entries);
    }

    private static void Spread<T>(T[] packed, int[] definitions, int present, object?[] values, int rows)
        where T : struct
    {
        for (int r = 0, next = 0; r < rows; r++)
        {
            values[r] = definitions[r] == present ? packed[next++] : null;
        }
    }

    // Three-level lists as the release writes them: repetition 0 starts a row, 1 goes on with its list; an element has the
    // highest definition level, and a row whose list is NULL (or empty, which the release writes as NULL) a lower one.
    private static void Lists(Buffers buffers, int entries, DataField field, object?[] values, int rows, string name)
    {
        var row = -1;
        List<string>? items = null;
        for (int e = 0, next = 0; e < entries; e++)
        {
            if (buffers.Repetitions[e] == 0)
            {
                Close();
                row++;
                items = null;
            }

            if (buffers.Definitions[e] == field.MaxDefinitionLevel)
            {
                (items ??= []).Add(buffers.Texts[next++].ToString());
            }
        }

        Close();
        if (row != rows - 1)
        {
            throw new InvalidDataException($"{name}: the list column {field.Path} has {row + 1} rows in a row group of {rows}.");
        }

        void Close()
        {
            if (row >= 0 && row < rows)
            {
                values[row] = items?.ToArray();
            }
        }
    }

    /// <summary>The arrays a column of a row group is read into, kept from column to column and group to group.</summary>
    private sealed class Buffers
    {
        public int[] Definitions { get; private set; } = [];

        public int[] Repetitions { get; private set; } = [];

        public long[] Longs { get; private set; } = [];

        public double[] Doubles { get; private set; } = [];

        public ReadOnlyMemory<char>[] Texts { get; private set; } = [];

        /// <summary>Makes every array hold at least <paramref name="entries"/>.</summary>
        public void Fit(int entries)
        {
            Definitions = Grown(Definitions, entries);
            Repetitions = Grown(Repetitions, entries);
            Longs = Grown(Longs, entries);
            Doubles = Grown(Doubles, entries);
            Texts = Grown(Texts, entries);
        }

        public static T[] Grown<T>(T[]? array, int length) => array is not null && array.Length >= length ? array : new T[length];
    }
}
