using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Cae.Domain.Errors;
using Cae.Domain.Paths;
using Cae.Domain.Policy;
using Cae.Domain.Values;
using NodaTime;

namespace Cae.Rules.WhatIf;

// The typed helpers, one change of a policy parameter each (contribution, support limit, assemblies, admission, SMIC,
// employer charges, FTE hours, exit sets, support budget), and the references and dated values they make.
public sealed partial class Scenario
{
    /// <summary>
    /// One CAE-wide contribution rate on every date, optionally with marginal tiers: it replaces every rate of the
    /// policy (the CAE default, the structures' and the persons' own). The base and the monthly minimum are kept.
    /// </summary>
    /// <param name="rate">The rate, a fraction (0.08 for 8 %).</param>
    /// <param name="tiers">Marginal tiers above thresholds of the year's cumulative base; none by default.</param>
    /// <exception cref="DomainRuleException">The rate is not between 0 and 1, or the tiers are invalid.</exception>
    public Scenario WithContributionRate(decimal rate, IEnumerable<RateTier>? tiers = null)
    {
        var description = "contribution_rate = " + Text(rate);
        var value = new ContributionRate(LocalDate.MinIsoValue, Rate.FromFraction(rate), ReferenceFor(description), tiers: tiers?.ToArray());
        return With(description, p => p with { Contribution = p.Contribution.WithRates(new[] { value }) });
    }

    /// <summary>Replaces the contribution rates by a list of dated rates (default, per structure, per person).</summary>
    /// <param name="rates">The rates; at least one CAE-wide default.</param>
    /// <exception cref="DomainRuleException">No CAE-wide default rate.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="rates"/> is <c>null</c>.</exception>
    public Scenario WithContributionRates(IEnumerable<ContributionRate> rates)
    {
        var list = (rates ?? throw new ArgumentNullException(nameof(rates))).ToArray();
        var check = new ContributionPolicy(ContributionBase.GrossMargin, list, Money.Zero);
        return With("contribution.rates", p => p with { Contribution = p.Contribution.WithRates(check.Rates) });
    }

    /// <summary>Levies the contribution on another base (gross margin or turnover).</summary>
    /// <param name="base">The base.</param>
    public Scenario WithContributionBase(ContributionBase @base) =>
        With("contribution.base = " + (@base == ContributionBase.Turnover ? "turnover" : "gross_margin"), p => p with { Contribution = p.Contribution.WithBase(@base) });

    /// <summary>Sets the least contribution of a month with a positive base.</summary>
    /// <param name="euros">The minimum in euros; zero for none.</param>
    /// <exception cref="DomainRuleException">The amount is negative or has more than two decimals.</exception>
    public Scenario WithMonthlyMinimum(decimal euros)
    {
        var minimum = Money.FromEuros(euros);
        CaePolicy.Default.Contribution.WithMonthlyMinimum(minimum); // the domain's check, now rather than when applied
        return With("contribution.monthly_minimum = " + minimum, p => p with { Contribution = p.Contribution.WithMonthlyMinimum(minimum) });
    }

    /// <summary>Sets the support limit in months, for every entry date or for entries from a day on.</summary>
    /// <param name="months">The limit, 1 to 240 (see <see cref="ParameterBounds"/>).</param>
    /// <param name="from">When given, entries before that day keep the baseline's limit.</param>
    /// <exception cref="DomainRuleException">The limit is out of range.</exception>
    public Scenario WithSupportLimit(int months, LocalDate? from = null)
    {
        var description = "support_limit_months = " + months.ToString(CultureInfo.InvariantCulture) + Since(from);
        var reference = ReferenceFor(description);
        CaePolicy.Default.WithSupportLimitMonths(DatedParameter<int>.Always("support_limit_months", description, months, reference));
        return With(description, p => p with { SupportLimitMonths = Dated(p.SupportLimitMonths, months, from, reference) });
    }

    /// <summary>Replaces the general-assembly calendar.</summary>
    /// <param name="dates">The assembly dates (repeats are ignored).</param>
    /// <exception cref="ArgumentNullException"><paramref name="dates"/> is <c>null</c>.</exception>
    public Scenario WithAssemblies(IEnumerable<LocalDate> dates)
    {
        var list = (dates ?? throw new ArgumentNullException(nameof(dates))).Distinct().OrderBy(d => d).ToArray();
        var description = "assemblies = " + Dates(list);
        var calendar = new AssemblyCalendar(list, ReferenceFor(description));
        return With(description, p => p with { Assemblies = calendar });
    }

    /// <summary>Adds general assemblies to the calendar (e.g. a December AG every year).</summary>
    /// <param name="dates">The dates to add.</param>
    /// <exception cref="ArgumentNullException"><paramref name="dates"/> is <c>null</c>.</exception>
    public Scenario WithMoreAssemblies(IEnumerable<LocalDate> dates)
    {
        var list = (dates ?? throw new ArgumentNullException(nameof(dates))).Distinct().OrderBy(d => d).ToArray();
        return With("assemblies + " + Dates(list), p => p with { Assemblies = p.Assemblies.With(list) });
    }

    /// <summary>
    /// Holds <paramref name="count"/> general assemblies a year: in each year of the calendar, the first assembly
    /// stays and the others follow it every 12 / <paramref name="count"/> months (two a year: June and December
    /// for a June AG); the calendar's other assemblies are dropped.
    /// </summary>
    /// <param name="count">Assemblies a year, 1 to 12.</param>
    /// <exception cref="DomainRuleException">The count is not between 1 and 12; or, when applied, the calendar is empty.</exception>
    public Scenario WithAssembliesPerYear(int count)
    {
        if (count < 1 || count > 12)
        {
            throw new DomainRuleException("assemblies_per_year", count.ToString(CultureInfo.InvariantCulture), "between 1 and 12 general assemblies a year");
        }

        var description = "assemblies_per_year = " + count.ToString(CultureInfo.InvariantCulture);
        var reference = ReferenceFor(description);
        return With(description, p =>
        {
            var anchors = p.Assemblies.Dates.GroupBy(d => d.Year).Select(g => g.Min()).ToArray();
            if (anchors.Length == 0)
            {
                throw new DomainRuleException("assemblies_per_year", count.ToString(CultureInfo.InvariantCulture), "the calendar has no general assembly to space the others from");
            }

            var dates = anchors.SelectMany(a => Enumerable.Range(0, count).Select(i => ContractDates.PlusMonths(a, 12 * i / count, "assemblies")));
            return p with { Assemblies = new AssemblyCalendar(dates, reference) };
        });
    }

    /// <summary>Sets how applicants are admitted (at the next general assembly, or on application).</summary>
    /// <param name="mode">The admission mode.</param>
    public Scenario WithAdmission(AdmissionMode mode) =>
        With("admission = " + (mode == AdmissionMode.Automatic ? "automatic" : "next_assembly"), p => p with { Admission = mode });

    /// <summary>Sets how many days before an assembly an application must be in.</summary>
    /// <param name="days">The cut-off, 0 to 730 days (see <see cref="ParameterBounds"/>).</param>
    /// <exception cref="DomainRuleException">The cut-off is out of range.</exception>
    public Scenario WithApplicationCutoffDays(int days)
    {
        CaePolicy.Default.WithApplicationCutoffDays(days);
        return With("application_cutoff_days = " + days.ToString(CultureInfo.InvariantCulture), p => p with { ApplicationCutoffDays = days });
    }

    /// <summary>Sets the SMIC hourly rate, on every date or from a day on (earlier values are kept).</summary>
    /// <param name="eurosPerHour">The rate in euros per hour; positive, at most two decimals.</param>
    /// <param name="from">When given, the first day of the new rate.</param>
    /// <exception cref="DomainRuleException">The rate is not a positive amount.</exception>
    public Scenario WithSmicHourly(decimal eurosPerHour, LocalDate? from = null)
    {
        var smic = Money.FromEuros(eurosPerHour);
        var description = "smic_hourly = " + smic + Since(from);
        var reference = ReferenceFor(description);
        CaePolicy.Default.WithSmicHourly(DatedParameter<Money>.Always("smic_hourly", description, smic, reference));
        return With(description, p => p with { SmicHourly = Dated(p.SmicHourly, smic, from, reference) });
    }

    /// <summary>Sets the employer-charge schedule, on every date or from a day on.</summary>
    /// <param name="schedule">The schedule (flat, or by SMIC multiple).</param>
    /// <param name="from">When given, the first day of the new schedule.</param>
    /// <exception cref="ArgumentNullException"><paramref name="schedule"/> is <c>null</c>.</exception>
    public Scenario WithEmployerCharges(EmployerChargeSchedule schedule, LocalDate? from = null)
    {
        if (schedule is null)
        {
            throw new ArgumentNullException(nameof(schedule));
        }

        var description = "employer_charges = " + schedule + Since(from);
        var reference = ReferenceFor(description);
        return With(description, p => p with { EmployerCharges = Dated(p.EmployerCharges, schedule, from, reference) });
    }

    /// <summary>Sets the paid hours of one full-time equivalent a year.</summary>
    /// <param name="hours">The hours; positive, at most two decimals.</param>
    /// <exception cref="DomainRuleException">The hours are not positive.</exception>
    public Scenario WithFteAnnualHours(decimal hours)
    {
        var value = Hours.FromDecimal(hours);
        var description = "fte_annual_hours = " + value;
        var reference = ReferenceFor(description);
        CaePolicy.Default.WithFteAnnualHours(DatedParameter<Hours>.Always("fte_annual_hours", description, value, reference));
        return With(description, p => p with { FteAnnualHours = Dated(p.FteAnnualHours, value, null, reference) });
    }

    /// <summary>Sets the exit categories counted as positive.</summary>
    /// <param name="categories">The categories.</param>
    /// <exception cref="ArgumentNullException"><paramref name="categories"/> is <c>null</c>.</exception>
    public Scenario WithPositiveExits(params ExitCategory[] categories)
    {
        var set = ExitCategorySet.Of(categories ?? throw new ArgumentNullException(nameof(categories)));
        return With("positive_exits = " + set, p => p with { PositiveExits = set });
    }

    /// <summary>Sets the exit categories counted as perennial.</summary>
    /// <param name="categories">The categories.</param>
    /// <exception cref="ArgumentNullException"><paramref name="categories"/> is <c>null</c>.</exception>
    public Scenario WithPerennialExits(params ExitCategory[] categories)
    {
        var set = ExitCategorySet.Of(categories ?? throw new ArgumentNullException(nameof(categories)));
        return With("perennial_exits = " + set, p => p with { PerennialExits = set });
    }

    /// <summary>Sets the support structure's budget of one year (the other years are kept).</summary>
    /// <param name="year">The year.</param>
    /// <param name="euros">The budget; positive.</param>
    /// <exception cref="DomainRuleException">The budget is not a positive amount.</exception>
    public Scenario WithSupportBudget(int year, decimal euros)
    {
        var budget = Money.FromEuros(euros);
        CaePolicy.Default.WithSupportBudget(year, budget);
        return With(FormattableString.Invariant($"support_budget.{year} = {budget}"), p => p.WithSupportBudget(year, budget));
    }

    private static Reference ReferenceFor(string description) => new("What-if scenario (" + description + ")", null);

    private static DatedParameter<T> Dated<T>(DatedParameter<T> baseline, T value, LocalDate? from, Reference reference) =>
        from is { } day ? baseline.From(day, value, reference) : DatedParameter<T>.Always(baseline.Name, baseline.Description, value, reference);

    private static string Since(LocalDate? from) => from is { } day ? FormattableString.Invariant($" from {day:yyyy-MM-dd}") : string.Empty;

    private static string Dates(IEnumerable<LocalDate> dates) =>
        string.Join(", ", dates.Select(d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
}
