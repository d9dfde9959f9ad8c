using System;
using Cae.Benchmarks.Figures;
using Cae.Rules.Indicators;

namespace Cae.Benchmarks.Contenders;

/// <summary>
/// The library's bulk engine (<see cref="AnnualReportEngine"/>): the report of a year computed from the
/// columnar dataset, and its figures read from the report tree.
/// </summary>
/// <remarks>
/// A run is what a caller pays for one report: the engine's construction (the baseline values, with the
/// contribution of every row, and the group ids) and the computation, in one pass or on all cores.
/// </remarks>
public static class EngineReport
{
    /// <summary>The sections of the report tree that the other contenders compute too.</summary>
    private static readonly string[] Sections = { "flows", "exits", "path_duration_months", "turnover", "salary", "contributions", "typology" };

    /// <summary>Computes the report in one pass.</summary>
    /// <param name="data">The population.</param>
    public static AnnualReport Compute(BenchmarkData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return new AnnualReportEngine(data.Dataset, data.Policy).Compute(data.Year);
    }

    /// <summary>Computes the report on <see cref="Environment.ProcessorCount"/> shards in parallel.</summary>
    /// <param name="data">The population.</param>
    public static AnnualReport ComputeParallel(BenchmarkData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return new AnnualReportEngine(data.Dataset, data.Policy).ComputeParallel(data.Year, Environment.ProcessorCount);
    }

    /// <summary>The figures of a report, by their path in the report tree.</summary>
    /// <param name="report">The report.</param>
    public static ReportFigures Figures(object report)
    {
        var tree = ((AnnualReport)report).ToTree();
        var figures = new ReportFigures();
        foreach (var section in Sections)
        {
            Add(figures, section, tree[section]);
        }

        return figures;
    }

    private static void Add(ReportFigures figures, string path, ReportNode node)
    {
        switch (node)
        {
            case ReportTree tree:
                foreach (var child in tree.Children)
                {
                    Add(figures, path + "/" + child.Key, child.Value);
                }

                break;
            case ReportNumber number:
                figures.Set(path, number.Value);
                break;
            default:
                throw new InvalidOperationException($"Unexpected {node.GetType().Name} at {path} in the report tree.");
        }
    }
}
