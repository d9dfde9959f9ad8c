using Cae.Rules.Explanation;
using NodaTime;

namespace Cae.Rules.SupportLimit;

/// <summary>The legal limits of one CESA, with their explanation.</summary>
/// <param name="AssociateDeadline">The day by which the entrepreneur salarié must be an associate (Code du travail L7331-3).</param>
/// <param name="TrialPeriodMaximumMonths">The longest trial period, in months (Code du travail L7332-1).</param>
/// <param name="Trace">How the limits were computed.</param>
public sealed record ContractLimitsResult(LocalDate AssociateDeadline, int TrialPeriodMaximumMonths, Trace Trace);
