using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using Cae.Domain.Paths;
using Cae.Domain.Values;

namespace Cae.Domain.Policy;

/// <summary>
/// Everything the rules need to know about a CAE and the law: the dated legal and statutory parameters, the
/// contribution policy, the general-assembly calendar and admission mode, the outcome sets and the reporting units.
/// </summary>
/// <remarks>
/// <para>Immutable. A scenario is a modified copy (<c>policy with { SupportLimitMonths = … }</c>) over the
/// baseline, which stays available for comparison. <see cref="Default"/> holds the law's values and the
/// network's defaults, each with its reference (see <see cref="LegalParameters"/>).</para>
/// </remarks>
public sealed record CaePolicy
{
    /// <summary>The law's values and the network defaults (see <see cref="LegalParameters"/>).</summary>
    public static CaePolicy Default { get; } = LegalParameters.CreateDefaultPolicy();

    /// <summary>Months of support from entry before the support limit is reached (24 by default).</summary>
    public required DatedParameter<int> SupportLimitMonths { get; init; }

    /// <summary>Longest CAPE in months (12, Code de commerce L127-2).</summary>
    public required DatedParameter<int> CapeMaximumMonths { get; init; }

    /// <summary>How many times a CAPE can be renewed (2, Code de commerce L127-2).</summary>
    public required DatedParameter<int> CapeMaximumRenewals { get; init; }

    /// <summary>Months from the CESA within which the entrepreneur salarié must become associate (36, Code du travail L7331-3).</summary>
    public required DatedParameter<int> AssociateDeadlineMonths { get; init; }

    /// <summary>Longest trial period of a CESA in months, renewal included (8, Code du travail L7332-1).</summary>
    public required DatedParameter<int> TrialPeriodMaximumMonths { get; init; }

    /// <summary>Legal monthly working time (151.67 h = 35 × 52 / 12).</summary>
    public required DatedParameter<Hours> MonthlyLegalHours { get; init; }

    /// <summary>Paid hours of one full-time equivalent a year (1 820 = 35 × 52 by default).</summary>
    public required DatedParameter<Hours> FteAnnualHours { get; init; }

    /// <summary>SMIC brut horaire, metropolitan France, in euros per hour.</summary>
    public required DatedParameter<Money> SmicHourly { get; init; }

    /// <summary>Employer charges as a fraction of gross salary.</summary>
    public required DatedParameter<EmployerChargeSchedule> EmployerCharges { get; init; }

    /// <summary>How the contribution to pooled services is computed.</summary>
    public required ContributionPolicy Contribution { get; init; }

    /// <summary>The general-assembly calendar.</summary>
    public required AssemblyCalendar Assemblies { get; init; }

    /// <summary>How applicants are admitted as associates.</summary>
    public AdmissionMode Admission { get; init; } = AdmissionMode.NextAssembly;

    /// <summary>Days before an assembly by which an application must be in to be admitted at it (0: the day itself).</summary>
    public int ApplicationCutoffDays
    {
        get => applicationCutoffDays;
        init => applicationCutoffDays = value >= 0
            ? value
            : throw new Errors.DomainRuleException("application_cutoff_days", value.ToString(System.Globalization.CultureInfo.InvariantCulture), "the cut-off is zero or more days");
    }

    /// <summary>Exit categories counted as positive (creation, associate, employment by default).</summary>
    public ExitCategorySet PositiveExits { get; init; } = ExitCategorySet.Of(ExitCategory.Creation, ExitCategory.Associate, ExitCategory.Employment);

    /// <summary>Exit categories counted as perennial (creation, associate by default).</summary>
    public ExitCategorySet PerennialExits { get; init; } = ExitCategorySet.Of(ExitCategory.Creation, ExitCategory.Associate);

    /// <summary>The units of the economic tables.</summary>
    public ReportingUnitMap ReportingUnits { get; init; } = ReportingUnitMap.None;

    /// <summary>The support structure's costs per calendar year, for the self-financing rate.</summary>
    /// <remarks>Kept as a read-only copy of the dictionary it is set to, so changing that dictionary later changes nothing here.</remarks>
    /// <exception cref="ArgumentNullException">The budget is set to <c>null</c>.</exception>
    public IReadOnlyDictionary<int, Money> SupportBudget
    {
        get => supportBudget;
        init => supportBudget = new ReadOnlyDictionary<int, Money>(
            (value ?? throw new ArgumentNullException(nameof(value))).ToDictionary(kv => kv.Key, kv => kv.Value));
    }

    private readonly int applicationCutoffDays;

    private readonly IReadOnlyDictionary<int, Money> supportBudget = new ReadOnlyDictionary<int, Money>(new Dictionary<int, Money>());
}
