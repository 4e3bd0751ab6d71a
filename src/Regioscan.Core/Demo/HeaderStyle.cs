namespace Regioscan.Core.Demo;

/// <summary>How a sample file spells the template's column names (all match the template).</summary>
internal enum HeaderStyle
{
    /// <summary>As the template writes them: <c>initiatief_naam</c>.</summary>
    Snake,

    /// <summary>Words with spaces, first letter capitalised: <c>Initiatief naam</c>.</summary>
    Spaced,

    /// <summary>As <see cref="Spaced"/>, with stray trailing spaces on some names: <c>Digitaliseringsvorm </c>.</summary>
    SpacedWithTrailingSpaces,

    /// <summary>Upper case with hyphens: <c>ACTIVITEIT-TYPE</c>.</summary>
    UpperHyphen,
}
