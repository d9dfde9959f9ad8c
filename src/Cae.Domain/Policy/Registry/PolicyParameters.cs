using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Linq;
using Cae.Domain.Errors;
using Cae.Domain.Values;
using NodaTime;

namespace Cae.Domain.Policy.Registry;

/// <summary>
/// The registry of the parameters of a <see cref="CaePolicy"/>, by their data-contract names: the one list the
/// policy file reader, <c>cae policy</c>, the sweep axes and the documentation iterate.
/// </summary>
/// <remarks>
/// The order is the data contract's (§1), then the five legal parameters that only the library had until version 2:
/// <c>cape_maximum_months</c>, <c>cape_maximum_renewals</c>, <c>associate_deadline_months</c>,
/// <c>trial_period_maximum_months</c>, <c>monthly_legal_hours</c>. The members of <c>contribution</c> are
/// <c>contribution.base</c>, <c>contribution.rates</c> and <c>contribution.monthly_minimum</c>.
/// </remarks>
public static class PolicyParameters
{
    private static readonly PolicyParameter[] Entries =
    {
        Months("support_limit_months", p => p.SupportLimitMonths, (p, v) => p.WithSupportLimitMonths(v)),
        new("assemblies", string.Empty, ParameterKind.Dates, "General assembly dates, where applicants are admitted as associates", false,
            (p, day) => One("assemblies", ParameterKind.Dates, p.Assemblies.Dates.Count == 0 ? string.Empty : p.Assemblies.ToString())),
        new("admission", string.Empty, ParameterKind.Choice, "How applicants are admitted: next_assembly or automatic", false,
            (p, day) => One("admission", ParameterKind.Choice, p.Admission == AdmissionMode.Automatic ? "automatic" : "next_assembly")),
        new("application_cutoff_days", "day", ParameterKind.Number, "Days before an assembly by which an application must be in to be admitted at it", false,
            (p, day) => One("application_cutoff_days", ParameterKind.Number, Text(p.ApplicationCutoffDays)),
            (p, v) => p.WithApplicationCutoffDays(Whole("application_cutoff_days", v[0].Value))),
        new("contribution.base", string.Empty, ParameterKind.Choice, "What the contribution rate applies to: gross_margin or turnover", false,
            (p, day) => One("contribution.base", ParameterKind.Choice, p.Contribution.Base == ContributionBase.Turnover ? "turnover" : "gross_margin")),
        new("contribution.rates", "/1", ParameterKind.ContributionRates, "Dated contribution rates: the CAE default, a structure's own, a person's own, with marginal tiers", true,
            ContributionRates, valueKey: p => string.Join(";", p.Contribution.Rates.Select(r => Date(r.From) + "=" + RateText(r)))),
        new("contribution.monthly_minimum", "currency-EUR", ParameterKind.Number, "The least contribution of a month with a positive base", false,
            (p, day) => One("contribution.monthly_minimum", ParameterKind.Number, p.Contribution.MonthlyMinimum.ToString()),
            (p, v) => p.WithContribution(p.Contribution.WithMonthlyMinimum(Amount("contribution.monthly_minimum", v[0].Value)))),
        Dated("employer_charges", p => p.EmployerCharges, Schedule, ParameterKind.EmployerCharges),
        Dated("smic_hourly", p => p.SmicHourly, m => m.ToString(), ParameterKind.Number, (p, v) => p.WithSmicHourly(Convert(p.SmicHourly, v, d => Amount("smic_hourly", d)))),
        Dated("fte_annual_hours", p => p.FteAnnualHours, h => h.ToString(), ParameterKind.Number, (p, v) => p.WithFteAnnualHours(Convert(p.FteAnnualHours, v, d => HoursOf("fte_annual_hours", d)))),
        new("positive_exits", string.Empty, ParameterKind.ExitCategories, "Exit categories counted as positive", false,
            (p, day) => One("positive_exits", ParameterKind.ExitCategories, Categories(p.PositiveExits))),
        new("perennial_exits", string.Empty, ParameterKind.ExitCategories, "Exit categories counted as perennial", false,
            (p, day) => One("perennial_exits", ParameterKind.ExitCategories, Categories(p.PerennialExits))),
        new("reporting_units", string.Empty, ParameterKind.ReportingUnits, "Units of the economic tables: (structure, establishment) → label", false,
            (p, day) => One("reporting_units", ParameterKind.ReportingUnits, string.Join("; ", p.ReportingUnits.Units.Select(Unit)))),
        new("support_budget", "currency-EUR", ParameterKind.Budget, "The support structure's costs per calendar year, for the self-financing rate", false,
            (p, day) => p.SupportBudget.TryGetValue(day.Year, out var budget)
                ? new[] { new ParameterInForce("support_budget." + Text(day.Year), ParameterKind.Number, budget.ToString(), null, null) }
                : Array.Empty<ParameterInForce>(),
            valueKey: p => string.Join(";", p.SupportBudget.OrderBy(b => b.Key).Select(b => Text(b.Key) + "=" + b.Value))),
        Months("cape_maximum_months", p => p.CapeMaximumMonths, (p, v) => p.WithCapeMaximumMonths(v)),
        Months("cape_maximum_renewals", p => p.CapeMaximumRenewals, (p, v) => p.WithCapeMaximumRenewals(v)),
        Months("associate_deadline_months", p => p.AssociateDeadlineMonths, (p, v) => p.WithAssociateDeadlineMonths(v)),
        Months("trial_period_maximum_months", p => p.TrialPeriodMaximumMonths, (p, v) => p.WithTrialPeriodMaximumMonths(v)),
        Dated("monthly_legal_hours", p => p.MonthlyLegalHours, h => h.ToString(), ParameterKind.Number, (p, v) => p.WithMonthlyLegalHours(Convert(p.MonthlyLegalHours, v, d => HoursOf("monthly_legal_hours", d)))),
    };

    private static readonly Dictionary<string, PolicyParameter> ByName = Entries.ToDictionary(e => e.Name, StringComparer.Ordinal);

    /// <summary>Every parameter, in the data contract's order.</summary>
    public static IReadOnlyList<PolicyParameter> All { get; } = Array.AsReadOnly(Entries);

    /// <summary>The contract names of every parameter, in order.</summary>
    public static IReadOnlyList<string> Names { get; } = Array.AsReadOnly(Entries.Select(e => e.Name).ToArray());

    /// <summary>Finds a parameter by its contract name.</summary>
    /// <param name="name">The name, e.g. <c>associate_deadline_months</c> (case-sensitive).</param>
    /// <param name="parameter">The parameter, when the name is known.</param>
    /// <returns>Whether the name is known.</returns>
    public static bool TryFind(string name, [NotNullWhen(true)] out PolicyParameter? parameter)
    {
        parameter = null;
        return name is not null && ByName.TryGetValue(name, out parameter);
    }

    /// <summary>Every parameter of a policy in force on a day, in registry order.</summary>
    /// <param name="policy">The policy.</param>
    /// <param name="day">The day.</param>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is <c>null</c>.</exception>
    public static IReadOnlyList<ParameterInForce> InForceOn(CaePolicy policy, LocalDate day) =>
        Entries.SelectMany(e => e.InForceOn(policy, day)).ToArray();

    private static PolicyParameter Months(string name, Func<CaePolicy, DatedParameter<int>> get, Func<CaePolicy, DatedParameter<int>, CaePolicy> set) =>
        Dated(name, get, Text, ParameterKind.Number, (p, v) => set(p, Convert(get(p), v, d => Whole(name, d))));

    private static PolicyParameter Dated<T>(
        string name,
        Func<CaePolicy, DatedParameter<T>> get,
        Func<T, string> text,
        ParameterKind kind,
        Func<CaePolicy, IReadOnlyList<DatedValue<decimal>>, CaePolicy>? set = null)
    {
        var (description, unit) = LegalParameters.Describe(name);
        return new PolicyParameter(name, unit, kind, description, true, (p, day) =>
            get(p).TryEntryOn(day, out var entry)
                ? new[] { new ParameterInForce(name, kind, text(entry.Value), entry.From == LocalDate.MinIsoValue ? null : entry.From, entry.Reference) }
                : Array.Empty<ParameterInForce>(),
            set,
            p => string.Join(";", get(p).Values.Select(v => Date(v.From) + "=" + text(v.Value))));
    }

    private static string Date(LocalDate day) => day.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    private static DatedParameter<T> Convert<T>(DatedParameter<T> baseline, IReadOnlyList<DatedValue<decimal>> values, Func<decimal, T> convert) =>
        new(baseline.Name, baseline.Description, values.Select(v => new DatedValue<T>(v.From, convert(v.Value), v.Reference)));

    private static IEnumerable<ParameterInForce> ContributionRates(CaePolicy policy, LocalDate day)
    {
        // The rate in force for each scope (CAE default, each structure, each person): the latest on or before the day.
        return policy.Contribution.Rates
            .Where(r => r.From <= day)
            .GroupBy(r => (r.Structure?.Name, r.EntrepreneurId))
            .Select(g => g.OrderBy(r => r.From).Last())
            .OrderBy(r => r.EntrepreneurId is null ? 0 : 1).ThenBy(r => r.Structure is null ? 0 : 1).ThenBy(r => r.Structure?.Name, StringComparer.Ordinal)
            .Select(r => new ParameterInForce("contribution.rates", ParameterKind.ContributionRates, RateText(r), r.From == LocalDate.MinIsoValue ? null : r.From, r.Reference));
    }

    private static string RateText(ContributionRate r)
    {
        var scope = r.EntrepreneurId is not null ? " (entrepreneur_id " + r.EntrepreneurId + (r.Structure is { } s ? ", structure " + s.Name : string.Empty) + ")"
            : r.Structure is { } structure ? " (structure " + structure.Name + ")" : string.Empty;
        var tiers = string.Concat(r.Tiers.Select(t => "; " + t.Rate + " above " + t.Above));
        return r.Rate + tiers + scope;
    }

    private static IEnumerable<ParameterInForce> One(string name, ParameterKind kind, string value) =>
        new[] { new ParameterInForce(name, kind, value, null, null) };

    private static string Schedule(EmployerChargeSchedule s) =>
        s.IsGeneralReduction
            ? FormattableString.Invariant($"general_reduction full_rate {s.FullRate}, max_coefficient {s.MaxCoefficient}, threshold {s.Threshold}")
            : s.IsFlat ? "rate " + s.Points[0].Value : "by_smic_multiple " + Points(s);

    private static string Points(EmployerChargeSchedule s) =>
        "[" + string.Join(", ", s.Points.Select(p => "[" + p.Key.ToString(CultureInfo.InvariantCulture) + ", " + p.Value + "]")) + "]";

    private static string Categories(Paths.ExitCategorySet set) => string.Join(", ", set.Members.Select(c => c.Code));

    private static string Unit(ReportingUnit u) =>
        u.Structure.Name + (u.Establishment is { } e ? " / " + e.Name : string.Empty) + " → " + u.Label;

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static int Whole(string name, decimal value) => value == decimal.Truncate(value) && value >= int.MinValue && value <= int.MaxValue
        ? (int)value
        : throw new DomainRuleException(name, value.ToString(CultureInfo.InvariantCulture), "a whole number is expected");

    private static Money Amount(string name, decimal value)
    {
        try
        {
            return Money.FromEuros(value);
        }
        catch (DomainRuleException e)
        {
            throw new DomainRuleException(name, e.Value, e.Rule);
        }
    }

    private static Hours HoursOf(string name, decimal value)
    {
        try
        {
            return Hours.FromDecimal(value);
        }
        catch (DomainRuleException e)
        {
            throw new DomainRuleException(name, e.Value, e.Rule);
        }
    }
}
