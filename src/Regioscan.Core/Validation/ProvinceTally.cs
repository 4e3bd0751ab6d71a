using System.Runtime.InteropServices;
using Regioscan.Core.Geography;

namespace Regioscan.Core.Validation;

/// <summary>
/// The provinces the rows of a file name when no province is given. The file's province is the one most rows name
/// (on a tie, the one named first), which is known only once every row is read; the rows that name another are then
/// told by <see cref="Others"/>. Each province's rows are kept as runs of consecutive rows that spell it the same way,
/// so a file of one province is one run however long it is, and a file with a few stray rows a few runs.
/// </summary>
internal sealed class ProvinceTally
{
    /// <summary>The provinces in the order they were first named (at most twelve).</summary>
    private readonly List<Named> _named = [];

    private Named? _leader;

    /// <summary>The province most rows name so far; on a tie, the one named first. Null before any row names one.</summary>
    public Province? Leader => _leader?.Province;

    /// <summary>How many rows name <see cref="Leader"/>.</summary>
    public int LeaderRows => _leader?.Rows ?? 0;

    /// <summary>The first row that names <see cref="Leader"/>.</summary>
    public int LeaderFirstRow => _leader?.FirstRow ?? 0;

    /// <summary>Whether another province is named by as many rows as <see cref="Leader"/>.</summary>
    public bool LeaderTied => _named.Exists(n => n != _leader && n.Rows == _leader!.Rows);

    /// <summary>How many rows name a province.</summary>
    public int Rows { get; private set; }

    /// <summary>Whether the rows name more than one province.</summary>
    public bool Differ => _named.Count > 1;

    /// <summary>Counts a row that names <paramref name="province"/>, spelled <paramref name="text"/>.</summary>
    public void Add(Province province, int row, string text)
    {
        Named? named = null;
        foreach (var candidate in _named)
        {
            if (candidate.Province.Code == province.Code)
            {
                named = candidate;
                break;
            }
        }

        if (named is null)
        {
            named = new Named(province, row);
            _named.Add(named);
        }

        named.Add(row, text);
        Rows++;
        if (_leader is null || named.Rows > _leader.Rows || (named.Rows == _leader.Rows && named.FirstRow < _leader.FirstRow))
        {
            _leader = named;
        }
    }

    /// <summary>The provinces other than <see cref="Leader"/>, each with its rows (row number and text as typed) in row order.</summary>
    public IEnumerable<(Province Province, IEnumerable<(int Row, string Text)> Rows)> Others() =>
        _named.Where(n => n != _leader).Select(n => (n.Province, n.EachRow()));

    private readonly record struct Run(int First, int Last, string Text);

    private sealed class Named(Province province, int firstRow)
    {
        private readonly List<Run> _runs = [];

        public Province Province => province;

        public int FirstRow => firstRow;

        public int Rows { get; private set; }

        public void Add(int row, string text)
        {
            Rows++;
            var runs = CollectionsMarshal.AsSpan(_runs);
            if (runs.Length > 0 && runs[^1].Last == row - 1 && string.Equals(runs[^1].Text, text, StringComparison.Ordinal))
            {
                runs[^1] = runs[^1] with { Last = row };
                return;
            }

            _runs.Add(new Run(row, row, text));
        }

        public IEnumerable<(int Row, string Text)> EachRow()
        {
            foreach (var run in _runs)
            {
                for (var row = run.First; row <= run.Last; row++)
                {
                    yield return (row, run.Text);
                }
            }
        }
    }
}
