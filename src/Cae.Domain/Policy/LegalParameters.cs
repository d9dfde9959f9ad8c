using System;
using System.Collections.Generic;
using System.Linq;
using Cae.Domain.Values;
using NodaTime;

namespace Cae.Domain.Policy;

/// <summary>
/// The law's numbers and the network's defaults, each dated and with its reference: the one place where a
/// legal or statutory number is written down.
/// </summary>
/// <remarks>
/// Sources are gathered in the project's reference notes (cae-rules-facts §A–§H). Values that are a CAE's own
/// choice (support limit, contribution rate, employer-charge schedule) are the network's usual values; a CAE
/// overrides them in its policy file.
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

    /// <summary>The SMIC page of Service-Public (successive hourly amounts).</summary>
    public const string SmicUrl = "https://www.service-public.fr/particuliers/vosdroits/F2300";

    /// <summary>The first day for which the library knows every default value (the first SMIC of its table).</summary>
    public static readonly LocalDate TableStart = new(2011, 12, 1);

    /// <summary>Reference for the SMIC table.</summary>
    public static readonly Reference Smic = new("Salaire minimum interprofessionnel de croissance, montant horaire brut (Code du travail L3231-2 et décrets de revalorisation)", SmicUrl);

    /// <summary>Reference for the 24-month support limit.</summary>
    public static readonly Reference SupportLimit = new("Coopilote, rapport d'activité 2015: accompagnement limité à 24 mois (choix statutaire de la CAE)", null);

    /// <summary>Reference for the CAPE limits.</summary>
    public static readonly Reference Cape = new("Code de commerce, article L127-2 (CAPE: 12 mois au plus, renouvelable deux fois)", CodeDeCommerceUrl);

    /// <summary>Reference for the associate deadline.</summary>
    public static readonly Reference AssociateDeadline = new("Code du travail, article L7331-3 (associé dans les 3 ans du contrat, délai réduit de la durée d'un CAPE antérieur)", CodeDuTravailUrl);

    /// <summary>Reference for the trial period.</summary>
    public static readonly Reference TrialPeriod = new("Code du travail, article L7332-1 (période d'essai de 8 mois au plus, renouvellement compris, réduite d'un CAPE antérieur)", CodeDuTravailUrl);

    /// <summary>Reference for the legal monthly duration.</summary>
    public static readonly Reference MonthlyHours = new("Code du travail, article L3121-27 (35 h par semaine; 35 × 52 / 12 = 151,67 h par mois)", CodeDuTravailUrl);

    /// <summary>Reference for the FTE basis.</summary>
    public static readonly Reference FteHours = new("1 820 heures payées par an (35 × 52), base d'ETP du rapport Coopilote 2015", null);

    /// <summary>Reference for the default employer-charge schedule.</summary>
    public static readonly Reference EmployerCharges = new("Réduction générale des cotisations patronales (Code de la sécurité sociale L241-13), exemple chiffré 2024: environ 5 % au SMIC, 16 % à 2 055 € brut, 30 % à 2 560 € brut", CodeSecuriteSocialeUrl);

    /// <summary>Reference for the default contribution rate.</summary>
    public static readonly Reference Contribution = new("Contribution coopérative: 8 à 15 % du chiffre d'affaires en moyenne, environ 10 % couramment (Fédération des CAE); calcul fixé par les statuts (Code du travail L7331-2)", CodeDuTravailUrl);

    /// <summary>The SMIC brut horaire table (metropolitan France), effective date → euros per hour.</summary>
    public static IReadOnlyList<(LocalDate From, decimal EurosPerHour)> SmicTable { get; } = Array.AsReadOnly(new[]
    {
        (new LocalDate(2011, 12, 1), 9.19m), (new LocalDate(2012, 1, 1), 9.22m), (new LocalDate(2012, 7, 1), 9.40m),
        (new LocalDate(2013, 1, 1), 9.43m), (new LocalDate(2014, 1, 1), 9.53m), (new LocalDate(2015, 1, 1), 9.61m),
        (new LocalDate(2016, 1, 1), 9.67m), (new LocalDate(2017, 1, 1), 9.76m), (new LocalDate(2018, 1, 1), 9.88m),
        (new LocalDate(2019, 1, 1), 10.03m), (new LocalDate(2020, 1, 1), 10.15m), (new LocalDate(2021, 1, 1), 10.25m),
        (new LocalDate(2021, 10, 1), 10.48m), (new LocalDate(2022, 1, 1), 10.57m), (new LocalDate(2022, 5, 1), 10.85m),
        (new LocalDate(2022, 8, 1), 11.07m), (new LocalDate(2023, 1, 1), 11.27m), (new LocalDate(2023, 5, 1), 11.52m),
        (new LocalDate(2024, 1, 1), 11.65m), (new LocalDate(2024, 11, 1), 11.88m), (new LocalDate(2026, 1, 1), 12.02m),
    });

    /// <summary>The SMIC hourly rate as a dated parameter.</summary>
    public static DatedParameter<Money> SmicHourly() => new(
        "smic_hourly",
        "SMIC brut horaire, France métropolitaine, euros par heure",
        SmicTable.Select(s => new DatedValue<Money>(s.From, Money.FromEuros(s.EurosPerHour), Smic)));

    /// <summary>Builds the default policy.</summary>
    internal static CaePolicy CreateDefaultPolicy() => new()
    {
        SupportLimitMonths = Constant("support_limit_months", "Durée d'accompagnement avant la limite, en mois", 24, SupportLimit),
        CapeMaximumMonths = Constant("cape_maximum_months", "Durée maximale d'un CAPE, en mois", 12, Cape),
        CapeMaximumRenewals = Constant("cape_maximum_renewals", "Nombre de renouvellements d'un CAPE", 2, Cape),
        AssociateDeadlineMonths = Constant("associate_deadline_months", "Délai pour devenir associé à compter du contrat, en mois", 36, AssociateDeadline),
        TrialPeriodMaximumMonths = Constant("trial_period_maximum_months", "Durée maximale de la période d'essai, en mois", 8, TrialPeriod),
        MonthlyLegalHours = Constant("monthly_legal_hours", "Durée légale mensuelle, en heures", Hours.FromDecimal(151.67m), MonthlyHours),
        FteAnnualHours = Constant("fte_annual_hours", "Heures payées d'un équivalent temps plein par an", Hours.FromDecimal(1820m), FteHours),
        SmicHourly = SmicHourly(),
        EmployerCharges = Constant(
            "employer_charges",
            "Charges patronales en fraction du salaire brut, selon le multiple du SMIC",
            EmployerChargeSchedule.BySmicMultiple(new[]
            {
                new KeyValuePair<decimal, Rate>(1.0m, Rate.FromFraction(0.05m)),
                new KeyValuePair<decimal, Rate>(1.163m, Rate.FromFraction(0.16m)),
                new KeyValuePair<decimal, Rate>(1.449m, Rate.FromFraction(0.30m)),
            }),
            EmployerCharges),
        Contribution = new ContributionPolicy(
            ContributionBase.GrossMargin,
            new[] { new ContributionRate(TableStart, Rate.FromFraction(0.10m), Contribution) },
            Money.Zero),
        Assemblies = AssemblyCalendar.Empty,
    };

    private static DatedParameter<T> Constant<T>(string name, string description, T value, Reference reference) =>
        new(name, description, new[] { new DatedValue<T>(TableStart, value, reference) });
}
