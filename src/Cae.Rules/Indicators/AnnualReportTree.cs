using System.Collections.Generic;
using Cae.Domain.Paths;
using Cae.Domain.Values;

namespace Cae.Rules.Indicators;

/// <summary>
/// Lays an <see cref="AnnualReport"/> out as a <see cref="ReportTree"/> with the JSON names of the data
/// contract §3, adding <c>previous_year</c> and <c>growth</c> where the annual report shows them.
/// </summary>
/// <remarks>
/// The year before is shown for: the flows total; the exits total by category with the positive and
/// perennial counts and rates; the turnover total, associates', accompanied and by unit; the contributions
/// total and by establishment; the women's share. <c>growth</c> mirrors <c>previous_year</c> for its counts,
/// amounts and hours: (Y − (Y−1)) / (Y−1), rounded to 4 decimals, <c>null</c> when the year before is zero
/// or has no such group. Rates and shares get no growth.
/// <c>rejected_rows</c> is always empty here: the rejected rows are diagnostics of the input, not figures of the
/// report, and the writers of <c>Cae.IO</c> fill it from the diagnostics they are given beside the report.
/// </remarks>
internal static class AnnualReportTree
{
    public static ReportTree Build(AnnualReport report)
    {
        var previous = report.PreviousYear;
        var root = new List<KeyValuePair<string, ReportNode>>
        {
            Node("year", Number(report.Year, ReportValueKind.Year)),
            Node("flows", WithComparison(Flows(report.Flows), previous is null ? null : Flows(previous.Flows), FlowsCompared)),
            Node("exits", WithComparison(Exits(report.Exits), previous is null ? null : Exits(previous.Exits), ExitsCompared)),
            Node("path_duration_months", Durations(report.PathDurationMonths)),
            Node("turnover", WithComparison(Turnover(report.Turnover), previous is null ? null : Turnover(previous.Turnover), TurnoverCompared)),
            Node("salary", Salary(report.Salary)),
            Node("contributions", WithComparison(Contributions(report.Contributions), previous is null ? null : Contributions(previous.Contributions), ContributionsCompared)),
            Node("typology", WithComparison(Typology(report.Typology), previous is null ? null : Typology(previous.Typology), TypologyCompared)),
            Node("self_financing", new ReportNumber(report.SelfFinancing, ReportValueKind.Rate)),
            Node("rejected_rows", new ReportList(System.Array.Empty<ReportNode>())),
            Node("input", Tree(
                Node("paths_read", Number(report.Input.PathsRead)),
                Node("paths_accepted", Number(report.Input.PathsAccepted)),
                Node("activity_read", Number(report.Input.ActivityRead)),
                Node("activity_accepted", Number(report.Input.ActivityAccepted)))),
        };
        return new ReportTree(root);
    }

    private static ReportTree Flows(FlowSection flows) => Tree(
        Node("total", FlowCounts(flows.Total)),
        Node("by_establishment", Table(flows.ByEstablishment, FlowCounts)),
        Node("by_structure", Table(flows.ByStructure, FlowCounts)),
        Node("by_structure_and_establishment", Table(flows.ByStructureAndEstablishment, t => Table(t, FlowCounts))));

    private static ReportTree FlowCounts(FlowCounts f) => Tree(
        Node("present_start", Number(f.PresentStart)),
        Node("entries", Number(f.Entries)),
        Node("accompanied", Number(f.Accompanied)),
        Node("exits", Number(f.Exits)),
        Node("present_end", Number(f.PresentEnd)));

    private static ReportTree FlowsCompared(ReportTree flows) => (ReportTree)flows["total"];

    private static ReportTree Exits(ExitSection exits) => Tree(
        Node("total", ExitCounts(exits.Total)),
        Node("by_establishment", Table(exits.ByEstablishment, ExitCounts)),
        Node("by_structure", Table(exits.ByStructure, ExitCounts)),
        Node("positive", Number(exits.Positive)),
        Node("perennial", Number(exits.Perennial)),
        Node("positive_rate", new ReportNumber(exits.PositiveRate, ReportValueKind.Rate)),
        Node("perennial_rate", new ReportNumber(exits.PerennialRate, ReportValueKind.Rate)));

    private static ReportTree ExitCounts(ExitCounts counts)
    {
        var nodes = new List<KeyValuePair<string, ReportNode>>();
        foreach (var category in Categories())
        {
            nodes.Add(Node(category.Code, Number(counts[category])));
        }

        nodes.Add(Node("total", Number(counts.Total)));
        return new ReportTree(nodes);
    }

    private static ReportTree ExitsCompared(ReportTree exits) => Select(exits, "total", "positive", "perennial", "positive_rate", "perennial_rate");

    private static ReportTree Durations(DurationSection durations) => Tree(
        Node("average", new ReportNumber(durations.Average, ReportValueKind.Average)),
        Node("by_category", Table(durations.ByCategory, v => new ReportNumber(v, ReportValueKind.Average))));

    private static ReportTree Turnover(TurnoverSection turnover) => Tree(
        Node("total", Amount(turnover.Total)),
        Node("associates", Amount(turnover.Associates)),
        Node("accompanied", Amount(turnover.Accompanied)),
        Node("by_unit", Table(turnover.ByUnit, UnitTurnover)),
        Node("by_structure", Table(turnover.ByStructure, UnitTurnover)));

    private static ReportTree UnitTurnover(UnitTurnover u) => Tree(
        Node("associates", Amount(u.Associates)),
        Node("accompanied", Amount(u.Accompanied)),
        Node("total", Amount(u.Total)),
        Node("salaried_accompanied", Number(u.SalariedAccompanied)),
        Node("average_per_salaried_accompanied", new ReportNumber(u.AveragePerSalariedAccompanied, ReportValueKind.Average)),
        Node("associates_count", Number(u.AssociatesCount)),
        Node("average_per_associate", new ReportNumber(u.AveragePerAssociate, ReportValueKind.Average)));

    private static ReportTree TurnoverCompared(ReportTree turnover)
    {
        var units = new List<KeyValuePair<string, ReportNode>>();
        foreach (var unit in ((ReportTree)turnover["by_unit"]).Children)
        {
            units.Add(Node(unit.Key, Select((ReportTree)unit.Value, "associates", "accompanied", "total")));
        }

        return Tree(
            Node("total", turnover["total"]),
            Node("associates", turnover["associates"]),
            Node("accompanied", turnover["accompanied"]),
            Node("by_unit", new ReportTree(units)));
    }

    private static ReportTree Salary(SalarySection salary) => Tree(
        Node("total", UnitSalary(salary.Total)),
        Node("by_unit", Table(salary.ByUnit, UnitSalary)));

    private static ReportTree UnitSalary(UnitSalary s) => Tree(
        Node("salaried", Number(s.Salaried)),
        Node("hours", new ReportNumber(s.Hours.Value, ReportValueKind.Hours)),
        Node("fte", new ReportNumber(s.Fte, ReportValueKind.Average)),
        Node("average_hours_per_salaried_per_month", new ReportNumber(s.AverageHoursPerSalariedPerMonth, ReportValueKind.Average)));

    private static ReportTree Contributions(ContributionSection c) => Tree(
        Node("total", Amount(c.Total)),
        Node("by_structure", Table(c.ByStructure, Amount)),
        Node("by_establishment", Table(c.ByEstablishment, Amount)),
        Node("by_structure_and_establishment", Table(c.ByStructureAndEstablishment, t => Table(t, Amount))),
        Node("associates_share_by_structure", Table(c.AssociatesShareByStructure, v => new ReportNumber(v, ReportValueKind.Rate))));

    private static ReportTree ContributionsCompared(ReportTree contributions) => Select(contributions, "total", "by_establishment");

    private static ReportTree Typology(TypologySection t) => Tree(
        Node("women_share", new ReportNumber(t.WomenShare, ReportValueKind.Rate)),
        Node("by_qualification", Table(t.ByQualification, Count)),
        Node("by_status_at_entry", Table(t.ByStatusAtEntry, Count)),
        Node("by_income_at_entry", Table(t.ByIncomeAtEntry, Count)),
        Node("by_prescriber", Table(t.ByPrescriber, Count)),
        Node("by_residence_area", Table(t.ByResidenceArea, Count)));

    private static ReportTree TypologyCompared(ReportTree typology) => Select(typology, "women_share");

    /// <summary>The section, followed by <c>previous_year</c> and <c>growth</c> when the year before is known.</summary>
    private static ReportTree WithComparison(ReportTree section, ReportTree? previousSection, System.Func<ReportTree, ReportTree> compared)
    {
        if (previousSection is null)
        {
            return section;
        }

        var nodes = new List<KeyValuePair<string, ReportNode>>(section.Children);
        var before = compared(previousSection);
        nodes.Add(Node("previous_year", before));
        if (Growth(compared(section), before) is { } growth)
        {
            nodes.Add(Node("growth", growth));
        }

        return new ReportTree(nodes);
    }

    /// <summary>The growth of every count, amount and hours of <paramref name="current"/>; <c>null</c> when there is none.</summary>
    private static ReportNode? Growth(ReportNode current, ReportNode? previous)
    {
        switch (current)
        {
            case ReportTree tree:
                var nodes = new List<KeyValuePair<string, ReportNode>>();
                foreach (var child in tree.Children)
                {
                    if (Growth(child.Value, (previous as ReportTree)?.Find(child.Key)) is { } g)
                    {
                        nodes.Add(Node(child.Key, g));
                    }
                }

                return nodes.Count == 0 ? null : new ReportTree(nodes);
            case ReportNumber { Kind: ReportValueKind.Count or ReportValueKind.Amount or ReportValueKind.Hours } number:
                return new ReportNumber(
                    number.Value is { } a && previous is ReportNumber { Value: { } b } ? ReportRounding.Growth(a, b) : null,
                    ReportValueKind.Rate);
            default:
                return null;
        }
    }

    private static ReportTree Select(ReportTree tree, params string[] names)
    {
        var nodes = new List<KeyValuePair<string, ReportNode>>();
        foreach (var name in names)
        {
            nodes.Add(Node(name, tree[name]));
        }

        return new ReportTree(nodes);
    }

    private static ReportTree Table<T>(GroupTable<T> table, System.Func<T, ReportNode> node)
    {
        var nodes = new List<KeyValuePair<string, ReportNode>>(table.Count);
        foreach (var row in table)
        {
            nodes.Add(Node(row.Key, node(row.Value)));
        }

        return new ReportTree(nodes);
    }

    private static IEnumerable<ExitCategory> Categories()
    {
        for (var c = 0; c < ExitCategory.Count; c++)
        {
            yield return ExitCategory.FromValue(c);
        }
    }

    private static ReportTree Tree(params KeyValuePair<string, ReportNode>[] nodes) => new(nodes);

    private static KeyValuePair<string, ReportNode> Node(string name, ReportNode node) => new(name, node);

    private static ReportNumber Number(long value, ReportValueKind kind = ReportValueKind.Count) => new(value, kind);

    private static ReportNumber Count(long value) => new(value, ReportValueKind.Count);

    private static ReportNumber Amount(Money value) => new(value.Euros, ReportValueKind.Amount);
}
