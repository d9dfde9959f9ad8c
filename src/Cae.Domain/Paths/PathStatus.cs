using NodaTime;

namespace Cae.Domain.Paths;

/// <summary>
/// Where a support path stands on a given day: its stage, since when, and the exit category once it has ended.
/// </summary>
/// <param name="Stage">The stage on that day.</param>
/// <param name="Since">The date of the event that started the stage; <c>null</c> before entry.</param>
/// <param name="ExitCategory">The exit category once the path has ended; otherwise <c>null</c>.</param>
public sealed record PathStatus(PathStage Stage, LocalDate? Since, ExitCategory? ExitCategory)
{
    /// <summary>The status before any event.</summary>
    public static PathStatus NotEntered { get; } = new(PathStage.NotEntered, null, null);
}
