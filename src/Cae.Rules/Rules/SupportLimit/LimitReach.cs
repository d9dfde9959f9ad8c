using Cae.Domain.Paths;
using NodaTime;

namespace Cae.Rules.SupportLimit;

/// <summary>A person who reaches the support limit, and the day they reach it.</summary>
/// <param name="Path">The person's path row.</param>
/// <param name="SupportEnd">The day the support limit is reached.</param>
public sealed record LimitReach(PathRecord Path, LocalDate SupportEnd);
