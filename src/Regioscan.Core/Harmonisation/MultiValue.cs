namespace Regioscan.Core.Harmonisation;

/// <summary>Splits a multi-valued cell into its values.</summary>
public static class MultiValue
{
    /// <summary>
    /// The trimmed, non-empty values of <paramref name="cell"/>, separated by <c>|</c>, <c>;</c>, <c>,</c>
    /// or line breaks. Separators inside parentheses do not split, so that a label such as
    /// <c>Onderwijsinstelling (mbo, hbo, wo)</c> stays one value.
    /// </summary>
    public static List<string> Split(string cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        var values = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i <= cell.Length; i++)
        {
            var c = i < cell.Length ? cell[i] : '|';
            if (c == '(')
            {
                depth++;
            }
            else if (c == ')' && depth > 0)
            {
                depth--;
            }
            else if ((depth == 0 || i == cell.Length) && c is '|' or ';' or ',' or '\n' or '\r')
            {
                var value = cell.AsSpan(start, i - start).Trim();
                if (!value.IsEmpty)
                {
                    values.Add(value.ToString());
                }

                start = i + 1;
            }
        }

        return values;
    }
}
