using System;

namespace Cae.Rules.Indicators;

/// <summary>What was read from the input files and what was kept: the report's <c>input</c> section.</summary>
/// <remarks>
/// Four counts, which partial reports add up; no row of the input. The rejected rows themselves are diagnostics of
/// the input, not figures of the report: they travel beside the report (<c>Cae.IO.ReportDiagnostics</c>) to the
/// writers. Equality is by value: the four counts.
/// </remarks>
public sealed class InputSummary : IEquatable<InputSummary>
{
    /// <summary>Creates a summary.</summary>
    /// <param name="pathsRead">Path rows read.</param>
    /// <param name="pathsAccepted">Path rows accepted.</param>
    /// <param name="activityRead">Activity rows read.</param>
    /// <param name="activityAccepted">Activity rows accepted.</param>
    public InputSummary(int pathsRead, int pathsAccepted, int activityRead, int activityAccepted)
    {
        PathsRead = pathsRead;
        PathsAccepted = pathsAccepted;
        ActivityRead = activityRead;
        ActivityAccepted = activityAccepted;
    }

    /// <summary>Path rows read.</summary>
    public int PathsRead { get; }

    /// <summary>Path rows accepted.</summary>
    public int PathsAccepted { get; }

    /// <summary>Activity rows read.</summary>
    public int ActivityRead { get; }

    /// <summary>Activity rows accepted.</summary>
    public int ActivityAccepted { get; }

    /// <summary>The summary of a dataset built directly (nothing read from files, nothing rejected).</summary>
    /// <param name="persons">The paths.</param>
    /// <param name="rows">The activity rows.</param>
    public static InputSummary AllAccepted(int persons, int rows) => new(persons, persons, rows, rows);

    /// <inheritdoc />
    public bool Equals(InputSummary? other) =>
        other is not null
        && PathsRead == other.PathsRead
        && PathsAccepted == other.PathsAccepted
        && ActivityRead == other.ActivityRead
        && ActivityAccepted == other.ActivityAccepted;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is InputSummary other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() =>
        unchecked((((((PathsRead * 397) ^ PathsAccepted) * 397) ^ ActivityRead) * 397) ^ ActivityAccepted);
}
