using System;
using Cae.Domain.Errors;
using Cae.Domain.Organisation;
using Cae.Domain.Values;
using NodaTime;

namespace Cae.Domain.Activity;

/// <summary>
/// One person's activity in one month under one structure (a row of <c>activity.csv</c>): turnover,
/// purchases, the contribution paid to the cooperative and the salary hours paid.
/// </summary>
/// <remarks>
/// Amounts are euros excluding VAT. A negative turnover is a credit note, not an error. Gross margin is
/// turnover − purchases (Coopilote levies its contribution on it). The contribution is <c>null</c> when the
/// export does not record it: the contribution rule then computes it from the policy.
/// Salary hours are between 0 and 744 (31 days × 24 h), per the data contract.
/// </remarks>
public sealed class MonthlyActivity
{
    /// <summary>The most salary hours a month can hold (31 × 24), per the data contract.</summary>
    public static readonly Hours MaximumMonthlyHours = Hours.FromHundredths(74_400);

    /// <summary>Creates a month of activity.</summary>
    /// <param name="entrepreneurId">The person's key; not empty.</param>
    /// <param name="month">The calendar month.</param>
    /// <param name="structure">The structure that carries this activity.</param>
    /// <param name="establishment">The establishment, when it differs from the path's; <c>null</c> to use the path's.</param>
    /// <param name="turnover">Turnover of the month (may be negative: credit notes).</param>
    /// <param name="purchases">Purchases and subcontracting consumed.</param>
    /// <param name="contribution">Contribution recorded, or <c>null</c> to compute it.</param>
    /// <param name="salaryHours">Salary hours paid in the month, at most 744.</param>
    /// <exception cref="DomainRuleException">The key is empty or the hours exceed 744.</exception>
    public MonthlyActivity(
        string entrepreneurId,
        YearMonth month,
        Structure structure,
        Establishment? establishment,
        Money turnover,
        Money purchases,
        Money? contribution,
        Hours salaryHours)
    {
        if (string.IsNullOrWhiteSpace(entrepreneurId))
        {
            throw new DomainRuleException("entrepreneur_id", entrepreneurId, "an activity row names its person");
        }

        if (structure.Name is null)
        {
            throw new DomainRuleException("structure", null, "an activity row names its structure");
        }

        if (salaryHours > MaximumMonthlyHours)
        {
            throw new DomainRuleException("salary_hours", salaryHours.ToString(), "a month holds at most 744 salary hours");
        }

        EntrepreneurId = entrepreneurId.Trim();
        Month = month;
        Structure = structure;
        Establishment = establishment;
        Turnover = turnover;
        Purchases = purchases;
        Contribution = contribution;
        SalaryHours = salaryHours;
    }

    /// <summary>The person's key.</summary>
    public string EntrepreneurId { get; }

    /// <summary>The calendar month.</summary>
    public YearMonth Month { get; }

    /// <summary>The structure that carries this activity.</summary>
    public Structure Structure { get; }

    /// <summary>The establishment when given; <c>null</c> means the path's establishment.</summary>
    public Establishment? Establishment { get; }

    /// <summary>Turnover excluding VAT.</summary>
    public Money Turnover { get; }

    /// <summary>Purchases and subcontracting consumed.</summary>
    public Money Purchases { get; }

    /// <summary>Gross margin: turnover − purchases.</summary>
    public Money GrossMargin => Turnover - Purchases;

    /// <summary>The recorded contribution; <c>null</c> when the export does not give it.</summary>
    public Money? Contribution { get; }

    /// <summary>Salary hours paid in the month.</summary>
    public Hours SalaryHours { get; }

    /// <summary>The key, month and structure, for messages.</summary>
    public override string ToString() => FormattableString.Invariant($"{EntrepreneurId} {Month:yyyy-MM} {Structure}");
}
