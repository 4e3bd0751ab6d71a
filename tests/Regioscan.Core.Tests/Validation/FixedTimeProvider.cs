namespace Regioscan.Core.Tests.Validation;

/// <summary>A clock that always says 1 June 2025, so the allowed years (1990 to 2026) do not move.</summary>
internal sealed class FixedTimeProvider : TimeProvider
{
    public static readonly DateTimeOffset Now = new(2025, 6, 1, 12, 0, 0, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow() => Now;
}
