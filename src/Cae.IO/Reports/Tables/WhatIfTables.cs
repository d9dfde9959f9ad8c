using System.Collections.Generic;
using System.Linq;
using Cae.IO.Reports.Labels;
using Cae.Rules.Indicators;
using Cae.Rules.WhatIf;

namespace Cae.IO.Reports.Tables;

/// <summary>The tables of a what-if for people, the same in every format: the key figures, and every figure that changes.</summary>
public static class WhatIfTables
{
    /// <summary>The key figures of <see cref="KeyFigures.All"/> and the people past the support limit: baseline, scenario, delta.</summary>
    /// <param name="result">The what-if.</param>
    /// <param name="labels">The language.</param>
    public static ReportTable KeyFigureTable(WhatIfResult result, ReportLabels labels)
    {
        Guard.NotNull(result, nameof(result));
        Guard.NotNull(labels, nameof(labels));
        var baseline = result.Baseline.ToTree();
        var scenario = result.Scenario.ToTree();
        var rows = KeyFigures.All
            .Select(f => Row(f.Path, labels[f.Label], f.In(baseline), f.In(scenario), f.In(result.Delta)))
            .ToList();
        rows.Add(Row(
            "past_support_limit",
            labels[Label.PastSupportLimit],
            new ReportNumber(result.BaselinePastSupportLimit, ReportValueKind.Count),
            new ReportNumber(result.ScenarioPastSupportLimit, ReportValueKind.Count),
            new ReportNumber(result.ScenarioPastSupportLimit - result.BaselinePastSupportLimit, ReportValueKind.Count)));
        return new ReportTable(TableId.KeyFigures, labels[Label.KeyFigures], Columns(labels), rows);
    }

    /// <summary>Every number of the report that the scenario changes, by report-tree path: baseline, scenario, delta.</summary>
    /// <param name="result">The what-if.</param>
    /// <param name="labels">The language.</param>
    public static ReportTable Changes(WhatIfResult result, ReportLabels labels)
    {
        Guard.NotNull(result, nameof(result));
        Guard.NotNull(labels, nameof(labels));
        var baseline = result.Baseline.ToTree();
        var scenario = result.Scenario.ToTree();
        var rows = new List<ReportTableRow>();
        foreach (var (path, delta) in Numbers(result.Delta, string.Empty))
        {
            var names = IndicatorPath.Split(path);
            var before = baseline.Find(names) as ReportNumber;
            var after = scenario.Find(names) as ReportNumber;
            var undefinedOnBothSides = before?.Value is null && after?.Value is null;
            if (delta.Value == 0m || (delta.Value is null && undefinedOnBothSides))
            {
                continue;
            }

            rows.Add(Row(path, path, before, after, delta));
        }

        return new ReportTable(TableId.Changes, labels[Label.EveryFigureThatChanges], Columns(labels), rows);
    }

    private static string[] Columns(ReportLabels labels) => new[] { labels[Label.Indicator], labels[Label.Baseline], labels[Label.Scenario], labels[Label.Delta] };

    private static ReportTableRow Row(string key, string label, ReportNumber? baseline, ReportNumber? scenario, ReportNumber? delta)
    {
        var kind = (delta ?? scenario ?? baseline)?.Kind ?? ReportValueKind.Count;
        return new ReportTableRow(RowKind.Indicator, key, label, new[] { baseline ?? new ReportNumber(null, kind), scenario ?? new ReportNumber(null, kind), delta ?? new ReportNumber(null, kind) });
    }

    private static IEnumerable<(string Path, ReportNumber Number)> Numbers(ReportNode node, string prefix)
    {
        if (node is ReportNumber number)
        {
            yield return (prefix, number);
        }
        else if (node is ReportTree tree)
        {
            foreach (var child in tree.Children)
            {
                foreach (var pair in Numbers(child.Value, prefix.Length == 0 ? IndicatorPath.Escape(child.Key) : prefix + "." + IndicatorPath.Escape(child.Key)))
                {
                    yield return pair;
                }
            }
        }
    }
}
