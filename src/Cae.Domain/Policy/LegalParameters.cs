using System;
using System.Collections.Generic;
using Cae.Domain.Policy.Data;
using Cae.Domain.Values;
using NodaTime;

namespace Cae.Domain.Policy;

/// <summary>
/// The law's numbers and the network's defaults, read from the parameter files embedded in the library
/// (<c>src/Cae.Domain/Policy/Parameters/*.json</c>, one file per parameter, each value dated and with its own reference).
/// </summary>
/// <remarks>
/// <para>The files are the one place where a legal or statutory number is written down; this class only reads them.
/// Sources are gathered in the project's reference notes (cae-rules-facts §A–§H). Values that are a CAE's own choice
/// (support limit, contribution rate, employer-charge schedule) are the network's usual values; a CAE overrides them
/// in its policy file.</para>
/// <para>To add next year's SMIC, add one dated value with its decree to <c>smic_hourly.json</c>.</para>
/// </remarks>
public static class LegalParameters
{
    /// <summary>Code du travail on Légifrance.</summary>
    public const string CodeDuTravailUrl = "https://www.legifrance.gouv.fr/codes/id/LEGITEXT000006072050";

    /// <summary>Code de commerce on Légifrance.</summary>
    public const string CodeDeCommerceUrl = "https://www.legifrance.gouv.fr/codes/id/LEGITEXT000005634379";

    /// <summary>Code de la sécurité sociale on Légifrance.</summary>
    public const string CodeSecuriteSocialeUrl = "https://www.legifrance.gouv.fr/codes/id/LEGITEXT000006073189";

    /// <summary>Loi n° 2014-856 du 31 juillet 2014 relative à l'économie sociale et solidaire on Légifrance.</summary>
    public const string LoiEssUrl = "https://www.legifrance.gouv.fr/loda/id/JORFTEXT000029313296";

    private static readonly string[] Names =
    {
        "support_limit_months", "cape_maximum_months", "cape_maximum_renewals", "associate_deadline_months",
        "trial_period_maximum_months", "monthly_legal_hours", "fte_annual_hours", "smic_hourly", "employer_charges",
        "contribution_rate",
    };

    private static readonly Lazy<Files> Loaded = new(() => new Files());

    private static readonly Lazy<GeneralReductionFiles> ReductionFiles = new(() => new GeneralReductionFiles());

    /// <summary>The names of the embedded parameter files, in the order of the policy's fields.</summary>
    public static IReadOnlyList<string> FileNames { get; } = Array.AsReadOnly(Names);

    /// <summary>The first day for which the library knows every default value (the first SMIC of its table).</summary>
    public static LocalDate TableStart => Loaded.Value.Smic.Values[0].From;

    /// <summary>Reference of the default support limit.</summary>
    public static Reference SupportLimit => Loaded.Value.SupportLimit.Values[0].Reference;

    /// <summary>Reference of the CAPE limits.</summary>
    public static Reference Cape => Loaded.Value.CapeMonths.Values[0].Reference;

    /// <summary>Reference of the associate deadline.</summary>
    public static Reference AssociateDeadline => Loaded.Value.AssociateDeadline.Values[0].Reference;

    /// <summary>Reference of the trial period.</summary>
    public static Reference TrialPeriod => Loaded.Value.TrialPeriod.Values[0].Reference;

    /// <summary>Reference of the legal monthly duration.</summary>
    public static Reference MonthlyHours => Loaded.Value.MonthlyHours.Values[0].Reference;

    /// <summary>Reference of the FTE basis.</summary>
    public static Reference FteHours => Loaded.Value.FteHours.Values[0].Reference;

    /// <summary>Reference of the default employer-charge schedule.</summary>
    public static Reference EmployerCharges => Loaded.Value.EmployerCharges.Values[0].Reference;

    /// <summary>Reference of the default contribution rate.</summary>
    public static Reference Contribution => Loaded.Value.ContributionRate.Values[0].Reference;

    /// <summary>
    /// T, the largest coefficient of the general reduction of employer contributions (at the SMIC), for an employer of
    /// 20 employees or more until 2014 and subject to the 0.5 % FNAL contribution since 2015, each value with its text
    /// (Code de la sécurité sociale D241-7). Known from 2012-09-24; the years 2018–2023 are not in the table (the library
    /// does not have their sourced values): a CAE that needs them gives <c>max_coefficient</c> itself. Used by
    /// <see cref="EmployerChargeSchedule.GeneralReduction"/> schedules that do not give their own T.
    /// </summary>
    public static DatedParameter<decimal> GeneralReductionMaxCoefficient() => ReductionFiles.Value.MaxCoefficient;

    /// <summary>The multiple of the SMIC at which the general reduction ends (1.6; Code de la sécurité sociale L241-13, D241-7).</summary>
    public static DatedParameter<decimal> GeneralReductionThreshold() => ReductionFiles.Value.Threshold;

    /// <summary>The SMIC hourly rate as a dated parameter, each revaluation with its own decree or order.</summary>
    public static DatedParameter<Money> SmicHourly() => Loaded.Value.Smic;

    /// <summary>The description and unit of a parameter file, e.g. <c>currency-EUR/hour</c> for <c>smic_hourly</c>.</summary>
    /// <param name="name">One of <see cref="FileNames"/>.</param>
    /// <exception cref="ArgumentException">No parameter file has that name.</exception>
    public static (string Description, string Unit) Describe(string name)
    {
        if (name is null || Array.IndexOf(Names, name) < 0)
        {
            throw new ArgumentException($"'{name}' is not a parameter file of the library ({string.Join(", ", Names)}).", nameof(name));
        }

        var file = ParameterFile.Read(name);
        return (file.Description, file.Unit);
    }

    /// <summary>Builds the default policy.</summary>
    internal static CaePolicy CreateDefaultPolicy()
    {
        var files = Loaded.Value;
        return new CaePolicy
        {
            SupportLimitMonths = files.SupportLimit,
            CapeMaximumMonths = files.CapeMonths,
            CapeMaximumRenewals = files.CapeRenewals,
            AssociateDeadlineMonths = files.AssociateDeadline,
            TrialPeriodMaximumMonths = files.TrialPeriod,
            MonthlyLegalHours = files.MonthlyHours,
            FteAnnualHours = files.FteHours,
            SmicHourly = files.Smic,
            EmployerCharges = files.EmployerCharges,
            Contribution = new ContributionPolicy(
                ContributionBase.GrossMargin,
                new[] { new ContributionRate(files.ContributionRate.Values[0].From, files.ContributionRate.Values[0].Value, files.ContributionRate.Values[0].Reference) },
                Money.Zero),
            Assemblies = AssemblyCalendar.Empty,
        };
    }

    private sealed class GeneralReductionFiles
    {
        public readonly DatedParameter<decimal> MaxCoefficient = ParameterFile.Read("general_reduction_max_coefficient").ToParameter(DataValues.Number);
        public readonly DatedParameter<decimal> Threshold = ParameterFile.Read("general_reduction_threshold").ToParameter(DataValues.Number);
    }

    private sealed class Files
    {
        public readonly DatedParameter<int> SupportLimit = ParameterFile.Read("support_limit_months").ToParameter(DataValues.Whole);
        public readonly DatedParameter<int> CapeMonths = ParameterFile.Read("cape_maximum_months").ToParameter(DataValues.Whole);
        public readonly DatedParameter<int> CapeRenewals = ParameterFile.Read("cape_maximum_renewals").ToParameter(DataValues.Whole);
        public readonly DatedParameter<int> AssociateDeadline = ParameterFile.Read("associate_deadline_months").ToParameter(DataValues.Whole);
        public readonly DatedParameter<int> TrialPeriod = ParameterFile.Read("trial_period_maximum_months").ToParameter(DataValues.Whole);
        public readonly DatedParameter<Hours> MonthlyHours = ParameterFile.Read("monthly_legal_hours").ToParameter(DataValues.Hours);
        public readonly DatedParameter<Hours> FteHours = ParameterFile.Read("fte_annual_hours").ToParameter(DataValues.Hours);
        public readonly DatedParameter<Money> Smic = ParameterFile.Read("smic_hourly").ToParameter(DataValues.Amount);
        public readonly DatedParameter<EmployerChargeSchedule> EmployerCharges = ParameterFile.Read("employer_charges").ToParameter(DataValues.Schedule);
        public readonly DatedParameter<Rate> ContributionRate = ParameterFile.Read("contribution_rate").ToParameter(DataValues.Rate);
    }
}
