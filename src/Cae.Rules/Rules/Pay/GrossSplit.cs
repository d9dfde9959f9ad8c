using Cae.Domain.Values;

namespace Cae.Rules.Pay;

/// <summary>How an available budget splits into gross salary and employer charges.</summary>
/// <param name="Gross">The gross salary, rounded to the cent, never negative.</param>
/// <param name="Charges">The employer charges: the budget − the gross salary (zero when the budget is not positive).</param>
/// <param name="SmicMultiple">The gross salary as a multiple of the SMIC for the same hours (at least 1).</param>
/// <param name="ChargeRate">The employer-charge rate at that multiple, exact (interpolated).</param>
public sealed record GrossSplit(Money Gross, Money Charges, decimal SmicMultiple, decimal ChargeRate);
