using Cae.Rules.Indicators;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace Cae.Rules.Tests.Indicators;

public class AnnualReportEqualityTest
{
    [Property(MaxTest = 30)]
    public Property Reports_of_the_same_data_are_equal_with_equal_hash_codes(int seed, byte size)
    {
        var data = RandomPopulation.Create(seed, 1 + (size % 40));
        var first = new AnnualReportEngine(data, TestData.Policy).Compute(2015);
        var second = new AnnualReportEngine(RandomPopulation.Create(seed, 1 + (size % 40)), TestData.Policy).ComputeParallel(2015, 3);
        return (first.Equals(second) && second.Equals((object)first) && first.GetHashCode() == second.GetHashCode()).ToProperty();
    }

    [Fact]
    public void A_different_figure_input_or_previous_year_makes_reports_unequal()
    {
        var data = RandomPopulation.Create(7, 30);
        var report = new AnnualReportEngine(data, TestData.Policy).Compute(2015);
        var otherYear = new AnnualReportEngine(data, TestData.Policy).Compute(2014);
        var otherInput = report.WithInput(new InputSummary(31, 30, report.Input.ActivityRead, report.Input.ActivityAccepted));
        var withoutPrevious = new AnnualReport(
            report.Year, report.Flows, report.Exits, report.PathDurationMonths, report.Turnover, report.Salary, report.Contributions, report.Typology, report.SupportBudget, report.Input, null);
        var otherTypology = new AnnualReport(
            report.Year, report.Flows, report.Exits, report.PathDurationMonths, report.Turnover, report.Salary, report.Contributions, report.Typology with { Women = report.Typology.Women + 1 }, report.SupportBudget, report.Input, report.PreviousYear);

        Assert.NotNull(report.PreviousYear);
        Assert.Equal(report, report.WithInput(report.Input));
        Assert.NotEqual(report, otherYear);
        Assert.NotEqual(report, otherInput);
        Assert.NotEqual(report, withoutPrevious);
        Assert.NotEqual(report, otherTypology);
        Assert.False(report.Equals(null));
    }

    [Fact]
    public void Input_summaries_are_equal_by_their_four_counts()
    {
        var a = new InputSummary(3, 2, 5, 4);
        Assert.Equal(a, new InputSummary(3, 2, 5, 4));
        Assert.Equal(a.GetHashCode(), new InputSummary(3, 2, 5, 4).GetHashCode());
        Assert.NotEqual(a, new InputSummary(4, 2, 5, 4));
        Assert.NotEqual(a, new InputSummary(3, 3, 5, 4));
        Assert.NotEqual(a, new InputSummary(3, 2, 6, 4));
        Assert.NotEqual(a, new InputSummary(3, 2, 5, 5));
        Assert.False(a.Equals(null));
    }

    [Fact]
    public void A_report_holds_no_rejected_row_its_tree_has_an_empty_list()
    {
        Assert.Null(typeof(AnnualReport).GetProperty("RejectedRows"));
        Assert.Null(typeof(InputSummary).GetProperty("RejectedRows"));
        var report = new AnnualReportEngine(RandomPopulation.Create(7, 30), TestData.Policy).Compute(2015, new InputSummary(40, 30, 400, 300));
        var rejected = Assert.IsType<ReportList>(report.ToTree()["rejected_rows"]);
        Assert.Empty(rejected.Items);
    }
}
