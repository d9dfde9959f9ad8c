using Cae.Domain.Values;

namespace Cae.Rules.Indicators;

/// <summary>The salary hours of the accompanied rows of a reporting unit in year Y.</summary>
/// <param name="Salaried">Distinct people with salary hours on an accompanied row (for the total: the sum of the units' counts).</param>
/// <param name="Hours">Salary hours paid.</param>
/// <param name="Fte">Full-time equivalents: hours / the policy's annual FTE hours, rounded to 2 decimals.</param>
/// <param name="AverageHoursPerSalariedPerMonth">Hours / salaried / 12, rounded to 2 decimals; <c>null</c> when nobody is salaried.</param>
public sealed record UnitSalary(long Salaried, Hours Hours, decimal Fte, decimal? AverageHoursPerSalariedPerMonth);
