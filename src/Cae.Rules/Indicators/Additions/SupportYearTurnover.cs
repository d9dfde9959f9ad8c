using Cae.Domain.Values;

namespace Cae.Rules.Indicators.Additions;

/// <summary>The turnover of one support year k (data contract §3', <c>turnover.by_support_year.{k}</c>).</summary>
/// <param name="People">Distinct people with an accompanied row in support year k.</param>
/// <param name="PersonMonths">Distinct (person, month) pairs of those rows.</param>
/// <param name="Total">The turnover of those rows.</param>
public sealed record SupportYearTurnover(long People, long PersonMonths, Money Total)
{
    /// <summary>12 × total / person_months, rounded like the report's averages; <c>null</c> without a person-month.</summary>
    public decimal? AnnualisedAverage => ReportRounding.Average(12m * Total.Euros, PersonMonths);
}
