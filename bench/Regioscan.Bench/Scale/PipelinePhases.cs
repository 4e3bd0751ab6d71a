using Regioscan.Bench.Measuring;

namespace Regioscan.Bench.Scale;

/// <summary>
/// Where a <c>regioscan process</c> run spent its time, from the moments its progress lines (standard error) arrived:
/// intake from the start (process start included) to "Publishing a release", which comes after the collection that gives
/// intake's memory back (until the twentieth session "Waiting for the publish lock", at the same moment; it is now printed
/// only when another publish holds the lock); the table pass from "Writing the tables" to "Writing the change log"; the
/// change log and catalogue from there to "Storing release"; storing from there to the exit. What is left (taking the
/// lock, reading the previous release's index) is the rest of the wall time.
/// </summary>
internal sealed record PipelinePhases(double Intake, double Tables, double ChangeLog, double Storing)
{
    /// <summary>The phases of <paramref name="process"/>, or null when it did not print every line they are timed by.</summary>
    public static PipelinePhases? Of(ChildRun process)
    {
        var waiting = process.LineAt("Publishing a release");
        var tables = process.LineAt("Writing the tables");
        var changeLog = process.LineAt("Writing the change log");
        var storing = process.LineAt("Storing release");
        if (waiting is not { } w || tables is not { } t || changeLog is not { } c || storing is not { } s)
        {
            return null;
        }

        return new PipelinePhases(w.TotalSeconds, (c - t).TotalSeconds, (s - c).TotalSeconds, (process.Wall - s).TotalSeconds);
    }
}
