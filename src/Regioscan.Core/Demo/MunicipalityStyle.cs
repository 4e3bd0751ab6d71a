namespace Regioscan.Core.Demo;

/// <summary>How a sample file fills the <c>gemeente</c> column.</summary>
internal enum MunicipalityStyle
{
    /// <summary>The official name.</summary>
    Name,

    /// <summary>The CBS code <c>GMxxxx</c>.</summary>
    Code,

    /// <summary>Name or code, varying per initiative.</summary>
    Mixed,
}
