using Cae.Rules.Explanation;
using NodaTime;

namespace Cae.Rules.SupportLimit;

/// <summary>The support limit of one person on a day, with its explanation.</summary>
/// <param name="LimitMonths">The limit in months in force on the entry date.</param>
/// <param name="SupportEnd">Entry + the limit.</param>
/// <param name="MonthsElapsed">Completed months from entry to the day.</param>
/// <param name="Reached">Whether the support end is on or before the day.</param>
/// <param name="Trace">How the result was computed.</param>
public sealed record SupportLimitResult(int LimitMonths, LocalDate SupportEnd, int MonthsElapsed, bool Reached, Trace Trace);
