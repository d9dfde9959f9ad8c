using System;
using Cae.Domain.Errors;
using NodaTime;

namespace Cae.Domain.Paths;

/// <summary>
/// One dated step of a support path: entry as candidate, start of a CAPE, start of a CESA, admission as
/// associate, or exit with its category.
/// </summary>
/// <remarks>
/// An <see cref="PathStage.Exited"/> event carries its category, which is never
/// <see cref="ExitCategory.Associate"/> (admission is its own event); every other event carries none.
/// </remarks>
public sealed class PathEvent : IEquatable<PathEvent>
{
    private PathEvent(LocalDate date, PathStage stage, ExitCategory? exitCategory)
    {
        Date = date;
        Stage = stage;
        ExitCategory = exitCategory;
    }

    /// <summary>The day the step takes effect.</summary>
    public LocalDate Date { get; }

    /// <summary>The stage the path is in from <see cref="Date"/> on.</summary>
    public PathStage Stage { get; }

    /// <summary>The exit category of an exit event; <see cref="Paths.ExitCategory.Associate"/> for an admission; otherwise <c>null</c>.</summary>
    public ExitCategory? ExitCategory { get; }

    /// <summary>Entry into the support path.</summary>
    /// <param name="date">The entry date.</param>
    public static PathEvent Entry(LocalDate date) => new(date, PathStage.Candidate, null);

    /// <summary>Start (or renewal) of a CAPE.</summary>
    /// <param name="date">The start date of the contract.</param>
    public static PathEvent CapeStart(LocalDate date) => new(date, PathStage.Cape, null);

    /// <summary>Start of a CESA.</summary>
    /// <param name="date">The signing date of the contract.</param>
    public static PathEvent CesaStart(LocalDate date) => new(date, PathStage.Cesa, null);

    /// <summary>Admission as associate, which ends the support path.</summary>
    /// <param name="date">The admission date (a general assembly under most statutes).</param>
    public static PathEvent Admission(LocalDate date) => new(date, PathStage.Associate, Paths.ExitCategory.Associate);

    /// <summary>Exit from the support path for a reason other than admission.</summary>
    /// <param name="date">The exit date.</param>
    /// <param name="category">The exit category; not <see cref="Paths.ExitCategory.Associate"/> (use <see cref="Admission"/>).</param>
    /// <exception cref="DomainRuleException">The category is associate.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="category"/> is <c>null</c>.</exception>
    public static PathEvent Exit(LocalDate date, ExitCategory category)
    {
        if (category is null)
        {
            throw new ArgumentNullException(nameof(category));
        }

        if (category == Paths.ExitCategory.Associate)
        {
            throw new DomainRuleException("exit_category", category.Code, "admission as associate is an Admission event, not an Exit");
        }

        return new PathEvent(date, PathStage.Exited, category);
    }

    /// <inheritdoc />
    public bool Equals(PathEvent? other) => other is not null && Date == other.Date && Stage == other.Stage && ExitCategory == other.ExitCategory;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as PathEvent);

    /// <inheritdoc />
    public override int GetHashCode() => unchecked((Date.GetHashCode() * 31) + Stage.Value);

    /// <summary>The event as text, e.g. <c>2015-06-13 Associate</c>.</summary>
    public override string ToString() => ExitCategory is null || Stage == PathStage.Associate
        ? $"{Date:yyyy-MM-dd} {Stage.Name}"
        : $"{Date:yyyy-MM-dd} {Stage.Name} ({ExitCategory.Code})";
}
