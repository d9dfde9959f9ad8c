using System.Collections.Generic;
using Cae.Rules.Indicators;
using Xunit;

namespace Cae.Rules.Tests.Indicators;

public class ReportTreeTest
{
    [Fact]
    public void Subtract_takes_the_difference_of_every_number()
    {
        var engine = new AnnualReportEngine(HandBuiltDataset.Create(), TestData.Policy);
        var baseline = engine.Compute(2015).ToTree();
        var scenario = engine.Compute(2015, new InputSummary(9, 7, 11, 11)).ToTree();
        var delta = scenario.Subtract(baseline);
        Assert.Equal(0m, delta.Number("turnover", "total"));
        Assert.Equal(2m, delta.Number("input", "paths_read"));
        Assert.Equal(0m, delta.Number("exits", "positive_rate"));
        Assert.Null(delta.Number("path_duration_months", "by_category", "training"));
        Assert.Equal(scenario["rejected_rows"], delta["rejected_rows"]);
        Assert.Equal(baseline.Children.Count, delta.Children.Count);
    }

    [Fact]
    public void Subtract_gives_null_where_the_baseline_has_no_such_number()
    {
        var a = Tree(("x", new ReportNumber(5m, ReportValueKind.Count)), ("g", Tree(("only here", new ReportNumber(1m, ReportValueKind.Amount)))));
        var b = Tree(("x", new ReportNumber(2m, ReportValueKind.Count)), ("g", Tree()));
        var delta = a.Subtract(b);
        Assert.Equal(3m, delta.Number("x"));
        Assert.Null(delta.Number("g", "only here"));
        Assert.Equal(ReportValueKind.Amount, ((ReportNumber)delta.Find("g", "only here")!).Kind);
    }

    [Fact]
    public void Equality_is_structural_and_names_are_distinct()
    {
        Assert.Equal(Tree(("a", new ReportNumber(1m, ReportValueKind.Rate))), Tree(("a", new ReportNumber(1.0m, ReportValueKind.Rate))));
        Assert.NotEqual(Tree(("a", new ReportNumber(1m, ReportValueKind.Rate))), Tree(("a", new ReportNumber(1m, ReportValueKind.Count))));
        Assert.Throws<System.ArgumentException>(() => Tree(("a", new ReportNumber(1m, ReportValueKind.Count)), ("a", new ReportNumber(2m, ReportValueKind.Count))));
        Assert.Equal("a = 1\nb/c = null\n", Tree(("a", new ReportNumber(1m, ReportValueKind.Count)), ("b", Tree(("c", new ReportNumber(null, ReportValueKind.Rate))))).ToString());
    }

    private static ReportTree Tree(params (string Name, ReportNode Node)[] children)
    {
        var list = new List<KeyValuePair<string, ReportNode>>();
        foreach (var (name, node) in children)
        {
            list.Add(new KeyValuePair<string, ReportNode>(name, node));
        }

        return new ReportTree(list);
    }
}
