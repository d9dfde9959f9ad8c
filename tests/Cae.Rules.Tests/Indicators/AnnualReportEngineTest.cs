using Cae.Domain.Values;
using Cae.Rules.Indicators;
using Xunit;

namespace Cae.Rules.Tests.Indicators;

public class AnnualReportEngineTest
{
    private static readonly AnnualReportEngine Engine = new(HandBuiltDataset.Create(), TestData.Policy);
    private static readonly AnnualReport Report = Engine.Compute(2015);

    [Fact]
    public void Default_year_is_the_last_year_with_data_when_no_year_has_ten_months() => Assert.Equal(2016, Engine.DefaultYear);

    [Fact]
    public void Flows_count_the_edges_of_the_year()
    {
        // present_start A, C (exit on 1 Jan), D; entries B (1 Jan), G; exits B (31 Dec), C, D, G; present_end A.
        Assert.Equal(new FlowCounts(3, 2, 4, 1), Report.Flows.Total);
        Assert.Equal(5, Report.Flows.Total.Accompanied);
        Assert.Equal(new[] { "Besançon", "Montbéliard" }, Report.Flows.ByEstablishment.Names);
        Assert.Equal(new FlowCounts(1, 1, 1, 1), Report.Flows.ByEstablishment["Besançon"]);
        Assert.Equal(new FlowCounts(2, 1, 3, 0), Report.Flows.ByEstablishment["Montbéliard"]);
        Assert.Equal(new[] { "Coopilote", "Baticoop" }, Report.Flows.ByStructure.Names); // named by the policy's units first
        Assert.Equal(new FlowCounts(2, 2, 3, 1), Report.Flows.ByStructure["Coopilote"]);
        Assert.Equal(new FlowCounts(1, 0, 1, 0), Report.Flows.ByStructure["Baticoop"]);
        Assert.Equal(new FlowCounts(1, 1, 1, 1), Report.Flows.ByStructureAndEstablishment["Coopilote"]["Besançon"]);
        Assert.Equal(new FlowCounts(1, 1, 2, 0), Report.Flows.ByStructureAndEstablishment["Coopilote"]["Montbéliard"]);
        Assert.False(Report.Flows.ByStructureAndEstablishment["Baticoop"].Contains("Besançon")); // E left in 2014
    }

    [Fact]
    public void Exits_by_category_and_outcome_rates()
    {
        Assert.Equal(new ExitCounts(1, 1, 1, 0, 0, 1), Report.Exits.Total);
        Assert.Equal(new ExitCounts(0, 0, 1, 0, 0, 0), Report.Exits.ByEstablishment["Besançon"]);
        Assert.Equal(new ExitCounts(1, 1, 0, 0, 0, 1), Report.Exits.ByEstablishment["Montbéliard"]);
        Assert.Equal(new ExitCounts(1, 1, 1, 0, 0, 0), Report.Exits.ByStructure["Coopilote"]);
        Assert.Equal(3, Report.Exits.Positive);
        Assert.Equal(2, Report.Exits.Perennial);
        Assert.Equal(0.75m, Report.Exits.PositiveRate);
        Assert.Equal(0.5m, Report.Exits.PerennialRate);
    }

    [Fact]
    public void Durations_are_completed_months_from_entry_to_exit()
    {
        // B 2015-01-01 → 2015-12-31: 11; C 2013-06-15 → 2015-01-01: 18; D 2014-02-01 → 2015-06-13: 16; G 2015-03-01 → 2015-09-30: 6.
        Assert.Equal(12.75m, Report.PathDurationMonths.Average);
        Assert.Equal(6m, Report.PathDurationMonths.ByCategory["creation"]);
        Assert.Equal(16m, Report.PathDurationMonths.ByCategory["associate"]);
        Assert.Equal(11m, Report.PathDurationMonths.ByCategory["employment"]);
        Assert.Equal(18m, Report.PathDurationMonths.ByCategory["other"]);
        Assert.Null(Report.PathDurationMonths.ByCategory["training"]);
        Assert.Equal(6, Report.PathDurationMonths.ByCategory.Count);
    }

    [Fact]
    public void Turnover_splits_associate_rows_from_the_associate_month()
    {
        var t = Report.Turnover;
        Assert.Equal(Money.FromEuros(17250m), t.Total);
        Assert.Equal(Money.FromEuros(10000m), t.Associates);
        Assert.Equal(Money.FromEuros(7250m), t.Accompanied);
        Assert.Equal(new[] { "Coopilote B", "Coopilote M", "Baticoop" }, t.ByUnit.Names);
        Assert.Equal(new UnitTurnover(Money.Zero, Money.FromEuros(5100m), 1, 0), t.ByUnit["Coopilote B"]);
        Assert.Equal(5100m, t.ByUnit["Coopilote B"].AveragePerSalariedAccompanied);
        Assert.Null(t.ByUnit["Coopilote B"].AveragePerAssociate);

        // B's row (no hours) is not salaried; G's credit note is.
        Assert.Equal(new UnitTurnover(Money.FromEuros(10000m), Money.FromEuros(1650m), 2, 1), t.ByUnit["Coopilote M"]);
        Assert.Equal(825m, t.ByUnit["Coopilote M"].AveragePerSalariedAccompanied);
        Assert.Equal(10000m, t.ByUnit["Coopilote M"].AveragePerAssociate);
        Assert.Equal(Money.FromEuros(11650m), t.ByUnit["Coopilote M"].Total);
        Assert.Equal(new UnitTurnover(Money.Zero, Money.FromEuros(500m), 1, 0), t.ByUnit["Baticoop"]);

        // By structure, distinct people: A, D and G salaried under Coopilote.
        Assert.Equal(new UnitTurnover(Money.FromEuros(10000m), Money.FromEuros(6750m), 3, 1), t.ByStructure["Coopilote"]);
    }

    [Fact]
    public void Salary_counts_distinct_people_per_unit_and_sums_the_units()
    {
        var s = Report.Salary;
        Assert.Equal(new UnitSalary(1, Hours.FromDecimal(30m), 0.02m, 2.5m), s.ByUnit["Coopilote B"]);
        Assert.Equal(new UnitSalary(2, Hours.FromDecimal(42.5m), 0.02m, 1.77m), s.ByUnit["Coopilote M"]);
        Assert.Equal(new UnitSalary(1, Hours.FromDecimal(5m), 0m, 0.42m), s.ByUnit["Baticoop"]);

        // A is salaried under Coopilote B and Baticoop: counted twice in the total, as in the published report.
        Assert.Equal(new UnitSalary(4, Hours.FromDecimal(77.5m), 0.04m, 1.61m), s.Total);
    }

    [Fact]
    public void Contributions_by_structure_establishment_and_cell()
    {
        var c = Report.Contributions;
        Assert.Equal(Money.FromEuros(1705m), c.Total);
        Assert.Equal(Money.FromEuros(1665m), c.ByStructure["Coopilote"]);
        Assert.Equal(Money.FromEuros(40m), c.ByStructure["Baticoop"]);
        Assert.Equal(Money.FromEuros(550m), c.ByEstablishment["Besançon"]);
        Assert.Equal(Money.FromEuros(1155m), c.ByEstablishment["Montbéliard"]);
        Assert.Equal(Money.FromEuros(510m), c.ByStructureAndEstablishment["Coopilote"]["Besançon"]);
        Assert.Equal(Money.FromEuros(1155m), c.ByStructureAndEstablishment["Coopilote"]["Montbéliard"]);
        Assert.Equal(Money.FromEuros(40m), c.ByStructureAndEstablishment["Baticoop"]["Besançon"]);
        Assert.Equal(0.6006m, c.AssociatesShareByStructure["Coopilote"]);
        Assert.Equal(0m, c.AssociatesShareByStructure["Baticoop"]);
        Assert.Equal(0.5m, Report.SelfFinancing);
        Assert.Equal(1, Engine.Values.ComputedContributions);
    }

    [Fact]
    public void Typology_of_the_accompanied_people()
    {
        var t = Report.Typology;
        Assert.Equal(2, t.Women);
        Assert.Equal(2, t.Men);
        Assert.Equal(0.5m, t.WomenShare);
        Assert.Equal(new[] { "Bac+5", "CAP", "unknown" }, t.ByQualification.Names);
        Assert.Equal(2, t.ByQualification["Bac+5"]);
        Assert.Equal(1, t.ByQualification["CAP"]);
        Assert.Equal(2, t.ByQualification["unknown"]);
        Assert.Equal(1, t.ByPrescriber["BGE"]);
        Assert.Equal(4, t.ByPrescriber["unknown"]);
        Assert.Equal(5, t.ByResidenceArea["unknown"]);
    }

    [Fact]
    public void Previous_year_and_growth_where_the_report_shows_them()
    {
        var previous = Report.PreviousYear!;
        Assert.Equal(2014, previous.Year);
        Assert.Equal(new FlowCounts(1, 3, 1, 3), previous.Flows.Total);
        Assert.Equal(Money.FromEuros(1000m), previous.Turnover.Total);
        Assert.Equal(0.75m, previous.Typology.WomenShare);

        var tree = Report.ToTree();
        Assert.Equal(3m, tree.Number("flows", "previous_year", "entries"));
        Assert.Equal(-0.3333m, tree.Number("flows", "growth", "entries"));
        Assert.Equal(0.25m, tree.Number("flows", "growth", "accompanied"));
        Assert.Equal(1m, tree.Number("exits", "previous_year", "total", "creation"));
        Assert.Equal(1m, tree.Number("exits", "previous_year", "perennial"));
        Assert.Equal(1m, tree.Number("exits", "growth", "perennial"));
        Assert.Null(tree.Find("exits", "growth", "perennial_rate"));
        Assert.Equal(16.25m, tree.Number("turnover", "growth", "total"));
        Assert.Null(tree.Number("turnover", "growth", "by_unit", "Coopilote M", "total"));
        Assert.Equal(4.1m, tree.Number("turnover", "growth", "by_unit", "Coopilote B", "total"));
        Assert.Equal(16.05m, tree.Number("contributions", "growth", "total"));
        Assert.Equal(0.75m, tree.Number("typology", "previous_year", "women_share"));
        Assert.Null(tree.Find("typology", "growth"));
        Assert.Null(tree.Find("salary", "previous_year"));
    }

    [Fact]
    public void No_previous_year_when_the_data_starts_within_the_year_before()
    {
        var report = new AnnualReportEngine(HandBuiltDataset.Create(), TestData.Policy).Compute(2014);
        Assert.Null(report.PreviousYear);
        Assert.Null(report.ToTree().Find("flows", "previous_year"));
        Assert.Null(report.SelfFinancing);
    }

    [Fact]
    public void The_tree_has_the_contract_names_in_order()
    {
        var tree = Report.ToTree();
        Assert.Equal(
            new[] { "year", "flows", "exits", "path_duration_months", "turnover", "salary", "contributions", "typology", "self_financing", "rejected_rows", "input" },
            System.Linq.Enumerable.Select(tree.Children, c => c.Key));
        Assert.Equal(
            new[] { "present_start", "entries", "accompanied", "exits", "present_end" },
            System.Linq.Enumerable.Select(((ReportTree)tree.Find("flows", "total")!).Children, c => c.Key));
        Assert.Equal(
            new[] { "creation", "associate", "employment", "training", "reorientation", "other", "total" },
            System.Linq.Enumerable.Select(((ReportTree)((ReportTree)tree["exits"])["total"]).Children, c => c.Key));
        Assert.Equal(
            new[] { "associates", "accompanied", "total", "salaried_accompanied", "average_per_salaried_accompanied", "associates_count", "average_per_associate" },
            System.Linq.Enumerable.Select(((ReportTree)tree.Find("turnover", "by_unit", "Coopilote B")!).Children, c => c.Key));
        Assert.Equal(
            new[] { "salaried", "hours", "fte", "average_hours_per_salaried_per_month" },
            System.Linq.Enumerable.Select(((ReportTree)tree.Find("salary", "total")!).Children, c => c.Key));
        Assert.Equal(2015m, tree.Number("year"));
        Assert.Equal(7m, tree.Number("input", "paths_read"));
        Assert.Equal(11m, tree.Number("input", "activity_accepted"));
        Assert.Equal(510m, tree.Number("contributions", "by_structure_and_establishment", "Coopilote", "Besançon"));
    }
}
