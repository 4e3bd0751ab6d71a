namespace Regioscan.Core.Pipeline;

/// <summary>
/// Decides whether a publish request taken from the queue may run at all: the Functions app refuses to publish while
/// its catalogue settings are still placeholders, since a release's catalogue files are written once and never change.
/// </summary>
public interface IPublishPrecondition
{
    /// <summary>Why no publish may run (what is wrong and which setting fixes it), or null when it may.</summary>
    string? Refusal();
}
