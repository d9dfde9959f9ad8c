using Cae.Domain.Values;

namespace Cae.Rules.Indicators;

/// <summary>The turnover of a reporting unit (or structure) in year Y, with its distinct-person counts and averages.</summary>
/// <param name="Associates">Turnover of associate rows.</param>
/// <param name="Accompanied">Turnover of accompanied rows.</param>
/// <param name="SalariedAccompanied">Distinct people with salary hours on an accompanied row of the unit.</param>
/// <param name="AssociatesCount">Distinct people with an associate row of the unit.</param>
public sealed record UnitTurnover(Money Associates, Money Accompanied, long SalariedAccompanied, long AssociatesCount)
{
    /// <summary>Associates + accompanied.</summary>
    public Money Total => Associates + Accompanied;

    /// <summary>Accompanied turnover / salaried accompanied people, in euros rounded to 2 decimals; <c>null</c> when nobody is salaried.</summary>
    public decimal? AveragePerSalariedAccompanied => ReportRounding.Average(Accompanied.Euros, SalariedAccompanied);

    /// <summary>Associates' turnover / associates, in euros rounded to 2 decimals; <c>null</c> without associates.</summary>
    public decimal? AveragePerAssociate => ReportRounding.Average(Associates.Euros, AssociatesCount);
}
