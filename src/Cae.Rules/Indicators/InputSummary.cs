using System;
using System.Collections.Generic;

namespace Cae.Rules.Indicators;

/// <summary>What was read from the input files and what was kept (the report's <c>input</c> and <c>rejected_rows</c>).</summary>
/// <remarks>Equality is by value: the four counts and the rejected rows, in order.</remarks>
public sealed class InputSummary : IEquatable<InputSummary>
{
    /// <summary>Creates a summary.</summary>
    /// <param name="pathsRead">Path rows read.</param>
    /// <param name="pathsAccepted">Path rows accepted.</param>
    /// <param name="activityRead">Activity rows read.</param>
    /// <param name="activityAccepted">Activity rows accepted.</param>
    /// <param name="rejectedRows">Every rejected row, as <c>file:line: column: reason</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="rejectedRows"/> is <c>null</c>.</exception>
    public InputSummary(int pathsRead, int pathsAccepted, int activityRead, int activityAccepted, IReadOnlyList<string> rejectedRows)
    {
        PathsRead = pathsRead;
        PathsAccepted = pathsAccepted;
        ActivityRead = activityRead;
        ActivityAccepted = activityAccepted;
        RejectedRows = rejectedRows ?? throw new ArgumentNullException(nameof(rejectedRows));
    }

    /// <summary>Path rows read.</summary>
    public int PathsRead { get; }

    /// <summary>Path rows accepted.</summary>
    public int PathsAccepted { get; }

    /// <summary>Activity rows read.</summary>
    public int ActivityRead { get; }

    /// <summary>Activity rows accepted.</summary>
    public int ActivityAccepted { get; }

    /// <summary>Every rejected row, as <c>file:line: column: reason</c>.</summary>
    public IReadOnlyList<string> RejectedRows { get; }

    /// <summary>The summary of a dataset built directly (nothing read from files, nothing rejected).</summary>
    /// <param name="persons">The paths.</param>
    /// <param name="rows">The activity rows.</param>
    public static InputSummary AllAccepted(int persons, int rows) => new(persons, persons, rows, rows, Array.Empty<string>());

    /// <inheritdoc />
    public bool Equals(InputSummary? other)
    {
        if (other is null)
        {
            return false;
        }

        if (PathsRead != other.PathsRead || PathsAccepted != other.PathsAccepted || ActivityRead != other.ActivityRead
            || ActivityAccepted != other.ActivityAccepted || RejectedRows.Count != other.RejectedRows.Count)
        {
            return false;
        }

        for (var i = 0; i < RejectedRows.Count; i++)
        {
            if (!string.Equals(RejectedRows[i], other.RejectedRows[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is InputSummary other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() =>
        unchecked((((((PathsRead * 397) ^ PathsAccepted) * 397) ^ ActivityRead) * 397) ^ ActivityAccepted ^ (RejectedRows.Count << 16));
}
