using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
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
public sealed partial record CaePolicy
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
}
