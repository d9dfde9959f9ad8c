using System.Collections.Generic;
using System.Linq;
using Cae.Benchmarks.Figures;
using Cae.Domain.Activity;
using Cae.Domain.Paths;
using Cae.Domain.Policy;
using Cae.Domain.Values;
using NodaTime;

namespace Cae.Benchmarks.Contenders;

/// <summary>
/// The annual report written the way a tool embedding the library's object model would write it: LINQ
/// (Where, GroupBy, Sum, Distinct) over the lists of <see cref="PathRecord"/> and <see cref="MonthlyActivity"/>,
/// with the model's own helpers (<see cref="PathRecord.IsAssociateOn"/>, <see cref="ReportingUnitMap.LabelFor"/>,
/// NodaTime's <see cref="Period.Between(LocalDate, LocalDate, PeriodUnits)"/>).
/// </summary>
/// <remarks>
/// Straightforward, not tuned and not sabotaged: each row is joined to its path once through a dictionary,
/// the joined rows are kept in a list, and every table is one GroupBy over it. Contributions are read as
/// recorded (the benchmark population records every one).
/// </remarks>
public static class LinqReport
{
    /// <summary>Computes the report's figures for a year.</summary>
    /// <param name="paths">The support paths.</param>
    /// <param name="activity">The activity rows.</param>
    /// <param name="policy">The policy (reporting units, outcome sets, FTE hours).</param>
    /// <param name="year">The year.</param>
    public static ReportFigures Compute(IReadOnlyList<PathRecord> paths, IReadOnlyList<MonthlyActivity> activity, CaePolicy policy, int year)
    {
        var f = new ReportFigures();
        var jan1 = new LocalDate(year, 1, 1);
        bool PresentStart(PathRecord p) => p.EntryDate < jan1 && (p.ExitDate is null || p.ExitDate >= jan1);
        bool Entered(PathRecord p) => p.EntryDate.Year == year;
        bool Exited(PathRecord p) => p.ExitDate is { } exit && exit.Year == year;

        // Flows.
        void Flows(string path, IEnumerable<PathRecord> group) => f.Flow(path, group.Count(PresentStart), group.Count(Entered), group.Count(Exited));
        Flows("flows/total", paths);
        foreach (var g in paths.GroupBy(p => p.Establishment.Name))
        {
            Flows($"flows/by_establishment/{g.Key}", g);
        }

        foreach (var g in paths.GroupBy(p => p.Structure.Name))
        {
            Flows($"flows/by_structure/{g.Key}", g);
        }

        foreach (var g in paths.GroupBy(p => (Structure: p.Structure.Name, Establishment: p.Establishment.Name)))
        {
            Flows($"flows/by_structure_and_establishment/{g.Key.Structure}/{g.Key.Establishment}", g);
        }

        // Exits and path durations.
        var exits = paths.Where(Exited).ToList();
        long[] ByCategory(IEnumerable<PathRecord> group) =>
            ExitCategory.List.OrderBy(c => c.Value).Select(c => (long)group.Count(p => p.ExitCategory == c)).ToArray();
        f.ExitCounts("exits/total", ByCategory(exits));
        foreach (var g in paths.GroupBy(p => p.Establishment.Name))
        {
            f.ExitCounts($"exits/by_establishment/{g.Key}", ByCategory(g.Where(Exited)));
        }

        foreach (var g in paths.GroupBy(p => p.Structure.Name))
        {
            f.ExitCounts($"exits/by_structure/{g.Key}", ByCategory(g.Where(Exited)));
        }

        var positive = exits.Count(p => policy.PositiveExits.Contains(p.ExitCategory!));
        var perennial = exits.Count(p => policy.PerennialExits.Contains(p.ExitCategory!));
        f.Set("exits/positive", positive);
        f.Set("exits/perennial", perennial);
        f.Rate("exits/positive_rate", positive, exits.Count);
        f.Rate("exits/perennial_rate", perennial, exits.Count);

        var durations = exits.Select(p => (Category: p.ExitCategory!, Months: Period.Between(p.EntryDate, p.ExitDate!.Value, PeriodUnits.Months).Months)).ToList();
        f.Average("path_duration_months/average", durations.Sum(d => d.Months), durations.Count);
        foreach (var g in durations.GroupBy(d => d.Category))
        {
            f.Average($"path_duration_months/by_category/{g.Key.Code}", g.Sum(d => d.Months), g.Count());
        }

        // Activity of the year, each row with its path, establishment, unit and associate flag.
        var byId = paths.ToDictionary(p => p.EntrepreneurId);
        var rows = activity
            .Where(a => a.Month.Year == year)
            .Select(a =>
            {
                var path = byId[a.EntrepreneurId];
                var establishment = a.Establishment ?? path.Establishment;
                return new Row(
                    a,
                    a.EntrepreneurId,
                    a.Structure.Name,
                    establishment.Name,
                    policy.ReportingUnits.LabelFor(a.Structure, establishment),
                    path.IsAssociateOn(a.Month.ToDateInterval().End));
            })
            .ToList();

        // Turnover.
        f.Cents("turnover/total", rows.Sum(r => r.Activity.Turnover.Cents));
        f.Cents("turnover/associates", rows.Where(r => r.Associate).Sum(r => r.Activity.Turnover.Cents));
        f.Cents("turnover/accompanied", rows.Where(r => !r.Associate).Sum(r => r.Activity.Turnover.Cents));
        void Turnover(string prefix, IEnumerable<IGrouping<string, Row>> groups)
        {
            foreach (var g in groups)
            {
                f.UnitTurnover(
                    prefix + g.Key,
                    g.Where(r => r.Associate).Sum(r => r.Activity.Turnover.Cents),
                    g.Where(r => !r.Associate).Sum(r => r.Activity.Turnover.Cents),
                    g.Where(r => !r.Associate && r.Activity.SalaryHours > Hours.Zero).Select(r => r.Person).Distinct().Count(),
                    g.Where(r => r.Associate).Select(r => r.Person).Distinct().Count());
            }
        }

        Turnover("turnover/by_unit/", rows.GroupBy(r => r.Unit));
        Turnover("turnover/by_structure/", rows.GroupBy(r => r.Structure));

        // Salary (accompanied rows).
        var fteHours = policy.FteAnnualHours.ValueOn(jan1).Value;
        var salary = rows
            .GroupBy(r => r.Unit)
            .Select(g => (
                Unit: g.Key,
                Salaried: g.Where(r => !r.Associate && r.Activity.SalaryHours > Hours.Zero).Select(r => r.Person).Distinct().Count(),
                Hours: g.Where(r => !r.Associate).Sum(r => r.Activity.SalaryHours.Hundredths)))
            .ToList();
        foreach (var unit in salary)
        {
            f.UnitSalary($"salary/by_unit/{unit.Unit}", unit.Salaried, unit.Hours, fteHours);
        }

        f.UnitSalary("salary/total", salary.Sum(u => u.Salaried), salary.Sum(u => u.Hours), fteHours);

        // Contributions.
        static long Contribution(Row r) => r.Activity.Contribution?.Cents ?? 0;
        f.Cents("contributions/total", rows.Sum(Contribution));
        foreach (var g in rows.GroupBy(r => r.Structure))
        {
            f.Cents($"contributions/by_structure/{g.Key}", g.Sum(Contribution));
            f.Rate($"contributions/associates_share_by_structure/{g.Key}", g.Where(r => r.Associate).Sum(Contribution), g.Sum(Contribution));
        }

        foreach (var g in rows.GroupBy(r => r.Establishment))
        {
            f.Cents($"contributions/by_establishment/{g.Key}", g.Sum(Contribution));
        }

        foreach (var g in rows.GroupBy(r => (r.Structure, r.Establishment)))
        {
            f.Cents($"contributions/by_structure_and_establishment/{g.Key.Structure}/{g.Key.Establishment}", g.Sum(Contribution));
        }

        // Typology of the people accompanied during the year.
        var accompanied = paths.Where(p => PresentStart(p) || Entered(p)).ToList();
        f.Rate("typology/women_share", accompanied.Count(p => p.Typology.Gender == Gender.Female), accompanied.Count(p => p.Typology.Gender != Gender.Unknown));
        void Typology(string name, System.Func<Typology, string?> value)
        {
            foreach (var g in accompanied.GroupBy(p => string.IsNullOrWhiteSpace(value(p.Typology)) ? "unknown" : value(p.Typology)!.Trim()))
            {
                f.Set($"typology/{name}/{g.Key}", g.Count());
            }
        }

        Typology("by_qualification", t => t.Qualification);
        Typology("by_status_at_entry", t => t.StatusAtEntry);
        Typology("by_income_at_entry", t => t.IncomeAtEntry);
        Typology("by_prescriber", t => t.Prescriber);
        Typology("by_residence_area", t => t.ResidenceArea);
        return f;
    }

    private sealed record Row(MonthlyActivity Activity, string Person, string Structure, string Establishment, string Unit, bool Associate);
}
