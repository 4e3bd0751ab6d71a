namespace Regioscan.Core.Harmonisation;

/// <summary>How a single <c>.</c> in a number is read, which is what sets the number types of the template apart.</summary>
public enum NumberStyle
{
    /// <summary>
    /// A whole number (reach, years): <c>.</c> groups thousands (<c>1.250</c> is 1250), <c>,</c> is the
    /// decimal comma and only zeros may follow it (<c>1,5</c> is not whole).
    /// </summary>
    WholeNumber,

    /// <summary>A decimal number (degrees): <c>,</c> or <c>.</c> is the decimal separator (<c>52,1</c>, <c>52.1</c>).</summary>
    Fractional,

    /// <summary>
    /// A measurement in metres (RD coordinates): <c>.</c> groups thousands when it is followed by groups
    /// of three digits (<c>155.000</c>, as Dutch Excel shows it), and is a decimal point otherwise.
    /// </summary>
    Measurement,
}
