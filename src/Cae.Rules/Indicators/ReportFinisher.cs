using System.Collections.Generic;
using Cae.Domain.Paths;
using Cae.Domain.Values;
using NodaTime;

namespace Cae.Rules.Indicators;

/// <summary>
/// Turns the merged counters of a <see cref="ReportAccumulator"/> into the <see cref="AnnualReport"/>:
/// sums the cells into totals, establishments, structures and units, counts the bits, divides and rounds.
/// </summary>
/// <remarks>
/// A group is listed in the person tables (flows, exits, typology) when it has at least one accompanied
/// person in the year, and in the activity tables (turnover, salary, contributions) when it has at least
/// one activity row in the year. Structures, establishments and units are listed in the order the policy's
/// reporting units name them, then by name (ordinal).
/// </remarks>
internal static partial class ReportFinisher
{
    public static AnnualReport Finish(ReportAccumulator a, InputSummary input)
    {
        var previous = a.Slots == 2 ? FinishSlot(a, 1, input, null) : null;
        return FinishSlot(a, 0, input, previous);
    }

    private static AnnualReport FinishSlot(ReportAccumulator a, int k, InputSummary input, AnnualReport? previous)
    {
        var year = a.Year - k;
        var policy = a.Engine.Policy;
        var budget = policy.SupportBudget.TryGetValue(year, out var b) ? b : (Money?)null;
        var view = new ReportSlotView(a, k);
        return new AnnualReport(
            year,
            Flows(view),
            Exits(view, policy.PositiveExits, policy.PerennialExits),
            Durations(view),
            Turnover(view),
            Salary(view, FteHours(policy, year)),
            Contributions(view),
            Typology(view),
            budget,
            input,
            previous);
    }

    private static FlowSection Flows(ReportSlotView v)
    {
        var g = v.Groups;
        var byEstablishment = new List<KeyValuePair<string, FlowCounts>>();
        foreach (var e in g.EstablishmentOrder)
        {
            var f = FlowOf(v.PersonSum(-1, e));
            if (f.Accompanied > 0)
            {
                byEstablishment.Add(Row(g.EstablishmentNames[e], f));
            }
        }

        var byStructure = new List<KeyValuePair<string, FlowCounts>>();
        var byCell = new List<KeyValuePair<string, GroupTable<FlowCounts>>>();
        foreach (var s in g.StructureOrder)
        {
            var f = FlowOf(v.PersonSum(s, -1));
            if (f.Accompanied == 0)
            {
                continue;
            }

            byStructure.Add(Row(g.StructureNames[s], f));
            var cells = new List<KeyValuePair<string, FlowCounts>>();
            foreach (var e in g.EstablishmentOrder)
            {
                var c = FlowOf(v.PersonSum(s, e));
                if (c.Accompanied > 0)
                {
                    cells.Add(Row(g.EstablishmentNames[e], c));
                }
            }

            byCell.Add(Row(g.StructureNames[s], new GroupTable<FlowCounts>(cells)));
        }

        return new FlowSection(FlowOf(v.PersonSum(-1, -1)), new GroupTable<FlowCounts>(byEstablishment), new GroupTable<FlowCounts>(byStructure), new GroupTable<GroupTable<FlowCounts>>(byCell));
    }

    private static ExitSection Exits(ReportSlotView v, ExitCategorySet positive, ExitCategorySet perennial)
    {
        var g = v.Groups;
        var byEstablishment = new List<KeyValuePair<string, ExitCounts>>();
        foreach (var e in g.EstablishmentOrder)
        {
            var sum = v.PersonSum(-1, e);
            if (sum[ReportLayout.PresentStart] + sum[ReportLayout.Entries] > 0)
            {
                byEstablishment.Add(Row(g.EstablishmentNames[e], ExitsOf(sum)));
            }
        }

        var byStructure = new List<KeyValuePair<string, ExitCounts>>();
        foreach (var s in g.StructureOrder)
        {
            var sum = v.PersonSum(s, -1);
            if (sum[ReportLayout.PresentStart] + sum[ReportLayout.Entries] > 0)
            {
                byStructure.Add(Row(g.StructureNames[s], ExitsOf(sum)));
            }
        }

        var total = ExitsOf(v.PersonSum(-1, -1));
        var positiveCount = total.In(positive);
        var perennialCount = total.In(perennial);
        return ExitSection.FromCounts(total, new GroupTable<ExitCounts>(byEstablishment), new GroupTable<ExitCounts>(byStructure), positiveCount, perennialCount);
    }

    private static DurationSection Durations(ReportSlotView v)
    {
        return DurationSection.FromMonths(ExitsOf(v.PersonSum(-1, -1)), c => v.Accumulator.DurationMonths[v.Accumulator.Layout.Duration(v.Slot, c)]);
    }

    private static TurnoverSection Turnover(ReportSlotView v)
    {
        var g = v.Groups;
        var byUnit = new List<KeyValuePair<string, UnitTurnover>>();
        decimal associates = 0, accompanied = 0;
        foreach (var u in g.UnitOrder)
        {
            var sum = v.UnitSum(u);
            associates += sum[ReportLayout.TurnoverAssociates];
            accompanied += sum[ReportLayout.TurnoverAccompanied];
            if (sum[ReportLayout.Rows] > 0)
            {
                byUnit.Add(Row(g.UnitLabels[u], TurnoverOf(sum, v.Salaried.Count(u), v.Associates.Count(u))));
            }
        }

        var byStructure = new List<KeyValuePair<string, UnitTurnover>>();
        foreach (var s in g.StructureOrder)
        {
            var sum = v.RowSum(s, -1);
            if (sum[ReportLayout.Rows] > 0)
            {
                byStructure.Add(Row(g.StructureNames[s], TurnoverOf(sum, v.Salaried.Count(g.UnitCount + s), v.Associates.Count(g.UnitCount + s))));
            }
        }

        return new TurnoverSection(
            Cents(associates + accompanied),
            Cents(associates),
            Cents(accompanied),
            new GroupTable<UnitTurnover>(byUnit),
            new GroupTable<UnitTurnover>(byStructure));
    }

    private static SalarySection Salary(ReportSlotView v, decimal fteHours)
    {
        var g = v.Groups;
        var byUnit = new List<KeyValuePair<string, UnitSalary>>();
        long salaried = 0;
        decimal hours = 0;
        foreach (var u in g.UnitOrder)
        {
            var sum = v.UnitSum(u);
            if (sum[ReportLayout.Rows] == 0)
            {
                continue;
            }

            var count = v.Salaried.Count(u);
            salaried += count;
            hours += sum[ReportLayout.HoursAccompanied];
            byUnit.Add(Row(g.UnitLabels[u], SalaryOf(count, sum[ReportLayout.HoursAccompanied], fteHours)));
        }

        return new SalarySection(SalaryOf(salaried, hours, fteHours), new GroupTable<UnitSalary>(byUnit));
    }

    private static ContributionSection Contributions(ReportSlotView v)
    {
        var g = v.Groups;
        decimal total = 0;
        var byStructure = new List<KeyValuePair<string, Money>>();
        var shares = new List<KeyValuePair<string, decimal?>>();
        var byCell = new List<KeyValuePair<string, GroupTable<Money>>>();
        foreach (var s in g.StructureOrder)
        {
            var sum = v.RowSum(s, -1);
            if (sum[ReportLayout.Rows] == 0)
            {
                continue;
            }

            var all = ContributionOf(sum);
            total += all;
            byStructure.Add(Row(g.StructureNames[s], Cents(all)));
            shares.Add(Row(g.StructureNames[s], ReportRounding.Rate(sum[ReportLayout.ContributionAssociates], all)));
            var cells = new List<KeyValuePair<string, Money>>();
            foreach (var e in g.EstablishmentOrder)
            {
                var cell = v.RowSum(s, e);
                if (cell[ReportLayout.Rows] > 0)
                {
                    cells.Add(Row(g.EstablishmentNames[e], Cents(ContributionOf(cell))));
                }
            }

            byCell.Add(Row(g.StructureNames[s], new GroupTable<Money>(cells)));
        }

        var byEstablishment = new List<KeyValuePair<string, Money>>();
        foreach (var e in g.EstablishmentOrder)
        {
            var sum = v.RowSum(-1, e);
            if (sum[ReportLayout.Rows] > 0)
            {
                byEstablishment.Add(Row(g.EstablishmentNames[e], Cents(ContributionOf(sum))));
            }
        }

        return new ContributionSection(
            Cents(total),
            new GroupTable<Money>(byStructure),
            new GroupTable<Money>(byEstablishment),
            new GroupTable<GroupTable<Money>>(byCell),
            new GroupTable<decimal?>(shares));
    }

    private static FlowCounts FlowOf(long[] sum) =>
        new(sum[ReportLayout.PresentStart], sum[ReportLayout.Entries], sum[ReportLayout.Exits], sum[ReportLayout.PresentEnd]);

    private static ExitCounts ExitsOf(long[] sum) => ExitCounts.At(sum, ReportLayout.ExitsByCategory);

    private static UnitTurnover TurnoverOf(decimal[] sum, long salaried, long associates) =>
        new(Cents(sum[ReportLayout.TurnoverAssociates]), Cents(sum[ReportLayout.TurnoverAccompanied]), salaried, associates);

    private static UnitSalary SalaryOf(long salaried, decimal hundredths, decimal fteHours) =>
        new(
            salaried,
            Hours.FromHundredths(decimal.ToInt64(hundredths)),
            ReportRounding.Average(hundredths / 100m, fteHours) ?? 0m,
            ReportRounding.Average(hundredths / 100m, salaried * 12m));

    /// <summary>An exact sum of cents as money (the sums of the report may pass 2^63 cents).</summary>
    private static Money Cents(decimal cents) => Money.FromEuros(cents / 100m);

    private static decimal ContributionOf(decimal[] sum) => sum[ReportLayout.ContributionAccompanied] + sum[ReportLayout.ContributionAssociates];

    private static decimal FteHours(Cae.Domain.Policy.CaePolicy policy, int year)
    {
        var parameter = policy.FteAnnualHours;
        return (parameter.TryEntryOn(new LocalDate(year, 1, 1), out var entry) ? entry!.Value : parameter.Values[0].Value).Value;
    }

    private static KeyValuePair<string, T> Row<T>(string name, T value) => new(name, value);
}
