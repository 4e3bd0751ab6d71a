using System.Globalization;
using System.Text;

namespace Regioscan.Core.Text;

/// <summary>
/// The comparison key used wherever the template says "matched ignoring case, accents, spaces and
/// punctuation": headers, codes, province and municipality names, and derived ids.
/// </summary>
public static class TextKey
{
    /// <summary>
    /// Lower-cases, strips diacritics and keeps only letters and digits:
    /// <c>"Fryslân"</c> → <c>"fryslan"</c>, <c>"Initiatief naam"</c> → <c>"initiatiefnaam"</c>.
    /// </summary>
    public static string Normalise(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return string.Empty;
        }

        var decomposed = text.ToString().Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }
}
