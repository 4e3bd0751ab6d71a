namespace Regioscan.Core.CodeLists;

/// <summary>A named code list (one of the 7 dimensions, or a supporting list such as <c>werkgebied</c>).</summary>
/// <param name="Name">The list name, equal to the template column it codes, e.g. <c>knelpunten</c>.</param>
/// <param name="Description">What the list describes, e.g. <c>dimension 4: bottlenecks addressed</c>.</param>
/// <param name="Codes">The codes in their canonical order.</param>
public sealed record CodeList(string Name, string Description, IReadOnlyList<Code> Codes)
{
    /// <summary>The position of <paramref name="code"/> in this list, or -1.</summary>
    public int IndexOf(string code)
    {
        for (var i = 0; i < Codes.Count; i++)
        {
            if (string.Equals(Codes[i].Value, code, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Each code with its position in this list, for many lookups (<see cref="IndexOf"/> walks the list).</summary>
    public Dictionary<string, int> Positions()
    {
        var positions = new Dictionary<string, int>(Codes.Count, StringComparer.Ordinal);
        for (var i = 0; i < Codes.Count; i++)
        {
            positions[Codes[i].Value] = i;
        }

        return positions;
    }
}
