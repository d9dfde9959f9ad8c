using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Diagnostics.Contracts;
using System.Linq;
using Cae.Domain.Errors;
using Cae.Domain.Paths;
using Cae.Domain.Values;

namespace Cae.Domain.Policy;

/// <summary>
/// Everything the rules need to know about a CAE and the law: the dated legal and statutory parameters, the
/// contribution policy, the general-assembly calendar and admission mode, the outcome sets and the reporting units.
/// </summary>
/// <remarks>
/// <para>Immutable, with value equality: two policies built from the same values (two reads of one policy file)
/// are equal and have the same hash code. A scenario is a modified copy over the baseline, which stays available for
/// comparison: <c>policy with { SupportLimitMonths = … }</c> in C# 9 and later, or the <c>With…</c> methods
/// (<see cref="WithSupportLimitMonths(DatedParameter{int})"/>, …) from any language version, C# 7.3 included.</para>
/// <para>Every field is checked when it is set, whoever sets it (see <see cref="ParameterBounds"/>): a value out of
/// range throws <see cref="DomainRuleException"/> naming the field by its data-contract name.</para>
/// <para><see cref="Default"/> holds the law's values and the network's defaults, each with its reference, read from
/// the library's parameter files (see <see cref="LegalParameters"/>). Its assembly calendar is empty: under
/// <see cref="AdmissionMode.NextAssembly"/> nobody is admitted until a calendar is set.</para>
/// </remarks>
public sealed record CaePolicy
{
    private readonly DatedParameter<int> supportLimitMonths = null!;
    private readonly DatedParameter<int> capeMaximumMonths = null!;
    private readonly DatedParameter<int> capeMaximumRenewals = null!;
    private readonly DatedParameter<int> associateDeadlineMonths = null!;
    private readonly DatedParameter<int> trialPeriodMaximumMonths = null!;
    private readonly DatedParameter<Hours> monthlyLegalHours = null!;
    private readonly DatedParameter<Hours> fteAnnualHours = null!;
    private readonly DatedParameter<Money> smicHourly = null!;
    private readonly DatedParameter<EmployerChargeSchedule> employerCharges = null!;
    private readonly ContributionPolicy contribution = null!;
    private readonly AssemblyCalendar assemblies = null!;
    private readonly int applicationCutoffDays;
    private readonly ExitCategorySet positiveExits = ExitCategorySet.Of(ExitCategory.Creation, ExitCategory.Associate, ExitCategory.Employment);
    private readonly ExitCategorySet perennialExits = ExitCategorySet.Of(ExitCategory.Creation, ExitCategory.Associate);
    private readonly ReportingUnitMap reportingUnits = ReportingUnitMap.None;
    private readonly IReadOnlyDictionary<int, Money> supportBudget = new ReadOnlyDictionary<int, Money>(new Dictionary<int, Money>());

    /// <summary>The law's values and the network defaults (see <see cref="LegalParameters"/>).</summary>
    public static CaePolicy Default { get; } = LegalParameters.CreateDefaultPolicy();

    /// <summary>Months of support from entry before the support limit is reached (24 by default), 1 to 240.</summary>
    /// <exception cref="DomainRuleException">A value is outside 1..240 (field <c>support_limit_months</c>).</exception>
    /// <exception cref="ArgumentNullException">The parameter is <c>null</c>.</exception>
    public required DatedParameter<int> SupportLimitMonths
    {
        get => supportLimitMonths;
        init => supportLimitMonths = Whole("support_limit_months", value, 1, ParameterBounds.MaximumSupportLimitMonths);
    }

    /// <summary>Longest CAPE in months (12, Code de commerce L127-2), 1 to 36.</summary>
    /// <exception cref="DomainRuleException">A value is outside 1..36 (field <c>cape_maximum_months</c>).</exception>
    /// <exception cref="ArgumentNullException">The parameter is <c>null</c>.</exception>
    public required DatedParameter<int> CapeMaximumMonths
    {
        get => capeMaximumMonths;
        init => capeMaximumMonths = Whole("cape_maximum_months", value, 1, ParameterBounds.MaximumCapeMonths);
    }

    /// <summary>How many times a CAPE can be renewed (2, Code de commerce L127-2), 0 to 10.</summary>
    /// <exception cref="DomainRuleException">A value is outside 0..10 (field <c>cape_maximum_renewals</c>).</exception>
    /// <exception cref="ArgumentNullException">The parameter is <c>null</c>.</exception>
    public required DatedParameter<int> CapeMaximumRenewals
    {
        get => capeMaximumRenewals;
        init => capeMaximumRenewals = Whole("cape_maximum_renewals", value, 0, ParameterBounds.MaximumCapeRenewals);
    }

    /// <summary>Months from the CESA within which the entrepreneur salarié must become associate (36, Code du travail L7331-3), 1 to 120.</summary>
    /// <exception cref="DomainRuleException">A value is outside 1..120 (field <c>associate_deadline_months</c>).</exception>
    /// <exception cref="ArgumentNullException">The parameter is <c>null</c>.</exception>
    public required DatedParameter<int> AssociateDeadlineMonths
    {
        get => associateDeadlineMonths;
        init => associateDeadlineMonths = Whole("associate_deadline_months", value, 1, ParameterBounds.MaximumAssociateDeadlineMonths);
    }

    /// <summary>Longest trial period of a CESA in months, renewal included (8, Code du travail L7332-1), 0 to 36.</summary>
    /// <exception cref="DomainRuleException">A value is outside 0..36 (field <c>trial_period_maximum_months</c>).</exception>
    /// <exception cref="ArgumentNullException">The parameter is <c>null</c>.</exception>
    public required DatedParameter<int> TrialPeriodMaximumMonths
    {
        get => trialPeriodMaximumMonths;
        init => trialPeriodMaximumMonths = Whole("trial_period_maximum_months", value, 0, ParameterBounds.MaximumTrialPeriodMonths);
    }

    /// <summary>Legal monthly working time (151.67 h = 35 × 52 / 12); positive, at most 744 h (a month of 31 days).</summary>
    /// <exception cref="DomainRuleException">A value is zero or above 744 h (field <c>monthly_legal_hours</c>).</exception>
    /// <exception cref="ArgumentNullException">The parameter is <c>null</c>.</exception>
    public required DatedParameter<Hours> MonthlyLegalHours
    {
        get => monthlyLegalHours;
        init => monthlyLegalHours = HoursIn("monthly_legal_hours", value, 744m);
    }

    /// <summary>Paid hours of one full-time equivalent a year (1 820 = 35 × 52 by default); positive, at most 8 784 h (a leap year).</summary>
    /// <exception cref="DomainRuleException">A value is zero or above 8 784 h (field <c>fte_annual_hours</c>).</exception>
    /// <exception cref="ArgumentNullException">The parameter is <c>null</c>.</exception>
    public required DatedParameter<Hours> FteAnnualHours
    {
        get => fteAnnualHours;
        init => fteAnnualHours = HoursIn("fte_annual_hours", value, 8784m);
    }

    /// <summary>SMIC brut horaire, metropolitan France, in euros per hour; positive.</summary>
    /// <exception cref="DomainRuleException">A value is zero or negative (field <c>smic_hourly</c>).</exception>
    /// <exception cref="ArgumentNullException">The parameter is <c>null</c>.</exception>
    public required DatedParameter<Money> SmicHourly
    {
        get => smicHourly;
        init => smicHourly = Dated("smic_hourly", value, v => ParameterBounds.Positive("smic_hourly", v));
    }

    /// <summary>Employer charges as a fraction of gross salary.</summary>
    /// <exception cref="ArgumentNullException">The parameter is <c>null</c>.</exception>
    /// <exception cref="DomainRuleException">An effective date is outside 1900..2100 (field <c>employer_charges</c>).</exception>
    public required DatedParameter<EmployerChargeSchedule> EmployerCharges
    {
        get => employerCharges;
        init => employerCharges = Dated("employer_charges", value, v => { });
    }

    /// <summary>How the contribution to pooled services is computed.</summary>
    /// <exception cref="ArgumentNullException">The policy is <c>null</c>.</exception>
    public required ContributionPolicy Contribution
    {
        get => contribution;
        init => contribution = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary>The general-assembly calendar.</summary>
    /// <exception cref="ArgumentNullException">The calendar is <c>null</c>.</exception>
    /// <exception cref="DomainRuleException">An assembly date is outside 1900..2100 (field <c>assemblies</c>).</exception>
    public required AssemblyCalendar Assemblies
    {
        get => assemblies;
        init
        {
            foreach (var d in (value ?? throw new ArgumentNullException(nameof(value))).Dates)
            {
                ParameterBounds.DateIn("assemblies", d);
            }

            assemblies = value;
        }
    }

    /// <summary>How applicants are admitted as associates.</summary>
    public AdmissionMode Admission { get; init; } = AdmissionMode.NextAssembly;

    /// <summary>Days before an assembly by which an application must be in to be admitted at it (0: the day itself), 0 to 730.</summary>
    /// <exception cref="DomainRuleException">The value is outside 0..730 (field <c>application_cutoff_days</c>).</exception>
    public int ApplicationCutoffDays
    {
        get => applicationCutoffDays;
        init
        {
            ParameterBounds.WholeIn("application_cutoff_days", value, 0, ParameterBounds.MaximumApplicationCutoffDays);
            applicationCutoffDays = value;
        }
    }

    /// <summary>Exit categories counted as positive (creation, associate, employment by default).</summary>
    public ExitCategorySet PositiveExits
    {
        get => positiveExits;
        init => positiveExits = value;
    }

    /// <summary>Exit categories counted as perennial (creation, associate by default).</summary>
    public ExitCategorySet PerennialExits
    {
        get => perennialExits;
        init => perennialExits = value;
    }

    /// <summary>The units of the economic tables.</summary>
    /// <exception cref="ArgumentNullException">The map is <c>null</c>.</exception>
    public ReportingUnitMap ReportingUnits
    {
        get => reportingUnits;
        init => reportingUnits = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary>The support structure's costs per calendar year, for the self-financing rate; each positive.</summary>
    /// <remarks>Kept as a read-only copy of the dictionary it is set to, so changing that dictionary later changes nothing here.</remarks>
    /// <exception cref="ArgumentNullException">The budget is set to <c>null</c>.</exception>
    /// <exception cref="DomainRuleException">An amount is zero or negative, or a year is outside 1900..2100 (field <c>support_budget</c>).</exception>
    public IReadOnlyDictionary<int, Money> SupportBudget
    {
        get => supportBudget;
        init
        {
            var copy = new SortedDictionary<int, Money>();
            foreach (var kv in value ?? throw new ArgumentNullException(nameof(value)))
            {
                ParameterBounds.WholeIn("support_budget", kv.Key, ParameterBounds.FirstDay.Year, ParameterBounds.LastDay.Year);
                ParameterBounds.Positive("support_budget", kv.Value);
                copy[kv.Key] = kv.Value;
            }

            supportBudget = new ReadOnlyDictionary<int, Money>(copy);
        }
    }

    /// <summary>Value equality: every field, dated values and references included.</summary>
    /// <param name="other">The other policy.</param>
    public bool Equals(CaePolicy? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (supportLimitMonths.Equals(other.supportLimitMonths)
                && capeMaximumMonths.Equals(other.capeMaximumMonths)
                && capeMaximumRenewals.Equals(other.capeMaximumRenewals)
                && associateDeadlineMonths.Equals(other.associateDeadlineMonths)
                && trialPeriodMaximumMonths.Equals(other.trialPeriodMaximumMonths)
                && monthlyLegalHours.Equals(other.monthlyLegalHours)
                && fteAnnualHours.Equals(other.fteAnnualHours)
                && smicHourly.Equals(other.smicHourly)
                && employerCharges.Equals(other.employerCharges)
                && contribution.Equals(other.contribution)
                && assemblies.Equals(other.assemblies)
                && Admission == other.Admission
                && applicationCutoffDays == other.applicationCutoffDays
                && positiveExits.Equals(other.positiveExits)
                && perennialExits.Equals(other.perennialExits)
                && reportingUnits.Equals(other.reportingUnits)
                && supportBudget.Count == other.supportBudget.Count
                && supportBudget.All(kv => other.supportBudget.TryGetValue(kv.Key, out var v) && v == kv.Value)));

    /// <summary>A hash code that agrees with <see cref="Equals(CaePolicy)"/>.</summary>
    public override int GetHashCode()
    {
        unchecked
        {
            var hash = supportLimitMonths.GetHashCode();
            hash = (hash * 31) + smicHourly.GetHashCode();
            hash = (hash * 31) + contribution.GetHashCode();
            hash = (hash * 31) + assemblies.GetHashCode();
            hash = (hash * 31) + (int)Admission;
            hash = (hash * 31) + applicationCutoffDays;
            hash = (hash * 31) + supportBudget.Count;
            return hash;
        }
    }

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

    private static DatedParameter<int> Whole(string field, DatedParameter<int> value, int min, int max) =>
        Dated(field, value, v => ParameterBounds.WholeIn(field, v, min, max));

    private static DatedParameter<Hours> HoursIn(string field, DatedParameter<Hours> value, decimal max) =>
        Dated(field, value, v => ParameterBounds.HoursIn(field, v, max));

    private static DatedParameter<T> Dated<T>(string field, DatedParameter<T> value, Action<T> check)
    {
        foreach (var v in (value ?? throw new ArgumentNullException(nameof(value))).Values)
        {
            ParameterBounds.DateIn(field, v.From);
            check(v.Value);
        }

        return value;
    }
}
