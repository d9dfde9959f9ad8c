using System;
using System.Collections.Generic;
using System.Diagnostics.Contracts;
using System.Linq;
using Cae.Domain.Errors;
using Cae.Domain.Paths;
using Cae.Domain.Values;

namespace Cae.Domain.Policy;

// The with-ers: a modified copy for each field, usable from any language version.
public sealed partial record CaePolicy
{
    /// <summary>A copy with another support limit.</summary>
    /// <param name="value">The dated limit in months.</param>
    /// <exception cref="DomainRuleException">A value is out of range (see <see cref="SupportLimitMonths"/>).</exception>
    [Pure]
    public CaePolicy WithSupportLimitMonths(DatedParameter<int> value) => this with { SupportLimitMonths = value };

    /// <summary>A copy with another longest CAPE.</summary>
    /// <param name="value">The dated months.</param>
    /// <exception cref="DomainRuleException">A value is out of range (see <see cref="CapeMaximumMonths"/>).</exception>
    [Pure]
    public CaePolicy WithCapeMaximumMonths(DatedParameter<int> value) => this with { CapeMaximumMonths = value };

    /// <summary>A copy with another number of CAPE renewals.</summary>
    /// <param name="value">The dated count.</param>
    /// <exception cref="DomainRuleException">A value is out of range (see <see cref="CapeMaximumRenewals"/>).</exception>
    [Pure]
    public CaePolicy WithCapeMaximumRenewals(DatedParameter<int> value) => this with { CapeMaximumRenewals = value };

    /// <summary>A copy with another associate deadline.</summary>
    /// <param name="value">The dated months.</param>
    /// <exception cref="DomainRuleException">A value is out of range (see <see cref="AssociateDeadlineMonths"/>).</exception>
    [Pure]
    public CaePolicy WithAssociateDeadlineMonths(DatedParameter<int> value) => this with { AssociateDeadlineMonths = value };

    /// <summary>A copy with another longest trial period.</summary>
    /// <param name="value">The dated months.</param>
    /// <exception cref="DomainRuleException">A value is out of range (see <see cref="TrialPeriodMaximumMonths"/>).</exception>
    [Pure]
    public CaePolicy WithTrialPeriodMaximumMonths(DatedParameter<int> value) => this with { TrialPeriodMaximumMonths = value };

    /// <summary>A copy with other legal monthly hours.</summary>
    /// <param name="value">The dated hours.</param>
    /// <exception cref="DomainRuleException">A value is out of range (see <see cref="MonthlyLegalHours"/>).</exception>
    [Pure]
    public CaePolicy WithMonthlyLegalHours(DatedParameter<Hours> value) => this with { MonthlyLegalHours = value };

    /// <summary>A copy with another FTE basis.</summary>
    /// <param name="value">The dated hours.</param>
    /// <exception cref="DomainRuleException">A value is out of range (see <see cref="FteAnnualHours"/>).</exception>
    [Pure]
    public CaePolicy WithFteAnnualHours(DatedParameter<Hours> value) => this with { FteAnnualHours = value };

    /// <summary>A copy with another SMIC table.</summary>
    /// <param name="value">The dated SMIC.</param>
    /// <exception cref="DomainRuleException">A value is not positive.</exception>
    [Pure]
    public CaePolicy WithSmicHourly(DatedParameter<Money> value) => this with { SmicHourly = value };

    /// <summary>A copy with other employer charges.</summary>
    /// <param name="value">The dated schedules.</param>
    /// <exception cref="ArgumentNullException">The value is <c>null</c>.</exception>
    [Pure]
    public CaePolicy WithEmployerCharges(DatedParameter<EmployerChargeSchedule> value) => this with { EmployerCharges = value };

    /// <summary>A copy with another contribution policy.</summary>
    /// <param name="value">The contribution policy.</param>
    /// <exception cref="ArgumentNullException">The value is <c>null</c>.</exception>
    [Pure]
    public CaePolicy WithContribution(ContributionPolicy value) => this with { Contribution = value };

    /// <summary>A copy with another general-assembly calendar.</summary>
    /// <param name="value">The calendar.</param>
    /// <exception cref="ArgumentNullException">The value is <c>null</c>.</exception>
    /// <exception cref="DomainRuleException">A date is out of range (see <see cref="Assemblies"/>).</exception>
    [Pure]
    public CaePolicy WithAssemblies(AssemblyCalendar value) => this with { Assemblies = value };

    /// <summary>A copy with another admission mode.</summary>
    /// <param name="value">The mode.</param>
    [Pure]
    public CaePolicy WithAdmission(AdmissionMode value) => this with { Admission = value };

    /// <summary>A copy with another application cut-off.</summary>
    /// <param name="value">The days.</param>
    /// <exception cref="DomainRuleException">The value is out of range (see <see cref="ApplicationCutoffDays"/>).</exception>
    [Pure]
    public CaePolicy WithApplicationCutoffDays(int value) => this with { ApplicationCutoffDays = value };

    /// <summary>A copy with other positive exits.</summary>
    /// <param name="value">The categories.</param>
    [Pure]
    public CaePolicy WithPositiveExits(ExitCategorySet value) => this with { PositiveExits = value };

    /// <summary>A copy with other perennial exits.</summary>
    /// <param name="value">The categories.</param>
    [Pure]
    public CaePolicy WithPerennialExits(ExitCategorySet value) => this with { PerennialExits = value };

    /// <summary>A copy with other reporting units.</summary>
    /// <param name="value">The units.</param>
    /// <exception cref="ArgumentNullException">The value is <c>null</c>.</exception>
    [Pure]
    public CaePolicy WithReportingUnits(ReportingUnitMap value) => this with { ReportingUnits = value };

    /// <summary>A copy with another support budget (every year replaced).</summary>
    /// <param name="value">The budget per calendar year.</param>
    /// <exception cref="ArgumentNullException">The value is <c>null</c>.</exception>
    /// <exception cref="DomainRuleException">An amount or a year is out of range (see <see cref="SupportBudget"/>).</exception>
    [Pure]
    public CaePolicy WithSupportBudget(IReadOnlyDictionary<int, Money> value) => this with { SupportBudget = value };

    /// <summary>A copy with the support budget of one year set (the other years are kept).</summary>
    /// <param name="year">The calendar year.</param>
    /// <param name="amount">The budget; positive.</param>
    /// <exception cref="DomainRuleException">The amount or the year is out of range (see <see cref="SupportBudget"/>).</exception>
    [Pure]
    public CaePolicy WithSupportBudget(int year, Money amount)
    {
        var budget = supportBudget.ToDictionary(kv => kv.Key, kv => kv.Value);
        budget[year] = amount;
        return this with { SupportBudget = budget };
    }
}
