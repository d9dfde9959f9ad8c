using System.Collections.Generic;
using System.Linq;
using Cae.Domain.Values;
using Cae.IO.Reports.Labels;
using Cae.Rules.Indicators;

namespace Cae.IO.Reports.Tables;

// The economic tables: turnover by unit and by structure, salary by unit, contributions, and their comparison with the year before.
public static partial class ReportTableLayout
{
    private static ReportTable Turnover(AnnualReport report, ReportLabels l)
    {
        var units = report.Turnover.ByUnit;
        var t = report.Turnover;
        var totalSalaried = units.Sum(u => u.Value.SalariedAccompanied);
        var totalAssociates = units.Sum(u => u.Value.AssociatesCount);
        ReportTableRow Row(string key, string label, System.Func<UnitTurnover, ReportNumber> cell, ReportNumber total) =>
            new(RowKind.Indicator, key, label, units.Select(u => cell(u.Value)).Concat(new[] { total }).ToList());

        var rows = new List<ReportTableRow>
        {
            Row(nameof(Label.TurnoverAssociates), l[Label.TurnoverAssociates], u => Amount(u.Associates), Amount(t.Associates)),
            Row(nameof(Label.TurnoverAccompanied), l[Label.TurnoverAccompanied], u => Amount(u.Accompanied), Amount(t.Accompanied)),
            Row(nameof(Label.TurnoverTotal), l[Label.TurnoverTotal], u => Amount(u.Total), Amount(t.Total)),
            Row(nameof(Label.SalariedAccompanied), l[Label.SalariedAccompanied], u => Count(u.SalariedAccompanied), Count(totalSalaried)),
            Row(nameof(Label.AveragePerSalariedAccompanied), l[Label.AveragePerSalariedAccompanied], u => Average(u.AveragePerSalariedAccompanied), Average(ReportRounding.Average(t.Accompanied.Euros, totalSalaried))),
            Row(nameof(Label.AssociatesCount), l[Label.AssociatesCount], u => Count(u.AssociatesCount), Count(totalAssociates)),
            Row(nameof(Label.AveragePerAssociate), l[Label.AveragePerAssociate], u => Average(u.AveragePerAssociate), Average(ReportRounding.Average(t.Associates.Euros, totalAssociates))),
        };
        return new ReportTable(TableId.TurnoverByUnit, l[Label.TurnoverByUnit], new[] { l[Label.Indicator] }.Concat(units.Names).Concat(new[] { l[Label.Total] }).ToList(), rows);
    }

    private static ReportTable TurnoverByStructure(AnnualReport report, ReportLabels l)
    {
        var rows = report.Turnover.ByStructure.Select(s => new ReportTableRow(RowKind.Group, s.Key, s.Key, new[] { Amount(s.Value.Associates), Count(s.Value.AssociatesCount), Average(s.Value.AveragePerAssociate) })).ToList();
        return new ReportTable(TableId.TurnoverByStructure, l[Label.TurnoverByStructure], new[] { l[Label.Structure], l[Label.TurnoverAssociates], l[Label.AssociatesCount], l[Label.AveragePerAssociate] }, rows);
    }

    private static ReportTable TurnoverComparison(AnnualReport report, AnnualReport previous, ReportLabels l)
    {
        var t = report.Turnover;
        var p = previous.Turnover;
        ReportTableRow Row(RowKind kind, string key, string label, Money now, Money before) => new(kind, key, label, new[] { Amount(now), Amount(before), Growth(now.Euros, before.Euros) });
        var rows = new List<ReportTableRow>
        {
            Row(RowKind.Indicator, nameof(Label.TurnoverAssociates), l[Label.TurnoverAssociates], t.Associates, p.Associates),
            Row(RowKind.Indicator, nameof(Label.TurnoverAccompanied), l[Label.TurnoverAccompanied], t.Accompanied, p.Accompanied),
            Row(RowKind.Indicator, nameof(Label.TurnoverTotal), l[Label.TurnoverTotal], t.Total, p.Total),
        };
        foreach (var unit in t.ByUnit)
        {
            rows.Add(p.ByUnit.TryGetValue(unit.Key, out var before)
                ? Row(RowKind.Group, unit.Key, unit.Key, unit.Value.Total, before.Total)
                : new ReportTableRow(RowKind.Group, unit.Key, unit.Key, new[] { Amount(unit.Value.Total), None(ReportValueKind.Amount), None(ReportValueKind.Rate) }));
        }

        return new ReportTable(TableId.TurnoverComparison, l[Label.TurnoverComparison], new[] { l[Label.Indicator], l[Label.Value], l.PreviousYear(previous.Year), l[Label.Growth] }, rows);
    }

    private static ReportTable Salary(AnnualReport report, ReportLabels l)
    {
        var units = report.Salary.ByUnit;
        var total = report.Salary.Total;
        ReportTableRow Row(string key, string label, System.Func<UnitSalary, ReportNumber> cell) =>
            new(RowKind.Indicator, key, label, units.Select(u => cell(u.Value)).Concat(new[] { cell(total) }).ToList());

        var rows = new List<ReportTableRow>
        {
            Row(nameof(Label.Salaried), l[Label.Salaried], s => Count(s.Salaried)),
            Row(nameof(Label.Hours), l[Label.Hours], s => new ReportNumber(s.Hours.Value, ReportValueKind.Hours)),
            Row(nameof(Label.Fte), l[Label.Fte], s => Average(s.Fte)),
            Row(nameof(Label.AverageHoursPerSalariedPerMonth), l[Label.AverageHoursPerSalariedPerMonth], s => Average(s.AverageHoursPerSalariedPerMonth)),
        };
        return new ReportTable(TableId.SalaryByUnit, l[Label.SalaryByUnit], new[] { l[Label.Indicator] }.Concat(units.Names).Concat(new[] { l[Label.Total] }).ToList(), rows);
    }

    private static ReportTable Contributions(AnnualReport report, ReportLabels l)
    {
        var c = report.Contributions;
        var structures = c.ByStructure.Names.ToList();
        var rows = new List<ReportTableRow>();
        foreach (var establishment in c.ByEstablishment)
        {
            var numbers = structures.Select(s => c.ByStructureAndEstablishment[s].TryGetValue(establishment.Key, out var m) ? Amount(m) : Amount(Money.Zero)).ToList();
            numbers.Add(Amount(establishment.Value));
            rows.Add(new ReportTableRow(RowKind.Group, establishment.Key, establishment.Key, numbers));
        }

        rows.Add(new ReportTableRow(RowKind.Total, Key.Total, l[Label.Total], structures.Select(s => Amount(c.ByStructure[s])).Concat(new[] { Amount(c.Total) }).ToList()));
        rows.Add(new ReportTableRow(RowKind.Indicator, nameof(Label.AssociatesShare), l[Label.AssociatesShare], structures.Select(s => Rate(c.AssociatesShareByStructure[s])).Concat(new[] { None(ReportValueKind.Rate) }).ToList()));
        if (report.SelfFinancing is { } selfFinancing)
        {
            rows.Add(new ReportTableRow(RowKind.Indicator, nameof(Label.SelfFinancing), l[Label.SelfFinancing], structures.Select(_ => None(ReportValueKind.Rate)).Concat(new[] { Rate(selfFinancing) }).ToList()));
        }

        return new ReportTable(TableId.ContributionsByStructureAndEstablishment, l[Label.ContributionsByStructureAndEstablishment], new[] { l[Label.Establishment] }.Concat(structures).Concat(new[] { l[Label.Total] }).ToList(), rows);
    }

    private static ReportTable ContributionsComparison(AnnualReport report, AnnualReport previous, ReportLabels l)
    {
        var c = report.Contributions;
        var p = previous.Contributions;
        var rows = new List<ReportTableRow>();
        foreach (var establishment in c.ByEstablishment)
        {
            rows.Add(p.ByEstablishment.TryGetValue(establishment.Key, out var before)
                ? new ReportTableRow(RowKind.Group, establishment.Key, establishment.Key, new[] { Amount(establishment.Value), Amount(before), Growth(establishment.Value.Euros, before.Euros) })
                : new ReportTableRow(RowKind.Group, establishment.Key, establishment.Key, new[] { Amount(establishment.Value), None(ReportValueKind.Amount), None(ReportValueKind.Rate) }));
        }

        rows.Add(new ReportTableRow(RowKind.Total, Key.Total, l[Label.Total], new[] { Amount(c.Total), Amount(p.Total), Growth(c.Total.Euros, p.Total.Euros) }));
        return new ReportTable(TableId.ContributionsComparison, l[Label.ContributionsComparison], new[] { l[Label.Establishment], l[Label.Value], l.PreviousYear(previous.Year), l[Label.Growth] }, rows);
    }
}
