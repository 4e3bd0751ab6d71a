namespace Regioscan.Core.Demo;

/// <summary>A pattern for initiative names.</summary>
/// <param name="Text">The name, with <c>{R}</c> for a region; without it the initiative serves the whole country.</param>
/// <param name="Sector">The <c>sectoren</c> code the name implies, if any.</param>
internal sealed record NamePattern(string Text, string? Sector = null)
{
    /// <summary>Whether the name is built around a region.</summary>
    public bool IsRegional => Text.Contains("{R}", StringComparison.Ordinal);

    /// <summary>Lets plain strings stand for patterns in the theme tables.</summary>
    public static implicit operator NamePattern(string text) => new(text);
}
