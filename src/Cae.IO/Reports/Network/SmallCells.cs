using System.Collections.Generic;
using System.Linq;
using Cae.Rules.Indicators;
using Cae.IO.Reports.Tables;
using Cae.IO.Reports.Labels;

namespace Cae.IO.Reports.Network;

/// <summary>
/// <c>--min-cell K</c>: blanks every published count below K, and the figures computed from it, so that a network
/// can publish its report without exposing individuals (data contract §6').
/// </summary>
/// <remarks>
/// <para>In the JSON tree: a count below K becomes <c>null</c>; so do the averages and rates of the same group computed
/// from it (the average per salaried person from <c>salaried_accompanied</c>, per associate from
/// <c>associates_count</c>, hours per salaried person from <c>salaried</c>, the positive and perennial rates from
/// their counts and from the exits' total), a category's average path duration when its exits are blanked, the
/// women's share when the women or the men are fewer than K, and a growth whose year or year before is blanked.</para>
/// <para>In the tables of the Markdown and CSV report: a count below K is blanked, and with it the rates and averages of
/// the same row; a growth row is blanked in every column where one of the two rows above it is.</para>
/// <para>The report additions of contract §3' follow the same rules: a crosstab's count, a count of people with an
/// activity under a structure, a year of support's people and person-months; the annualised average of a year of
/// support is blanked with its people.</para>
/// <para>Amounts and hours are kept: they are not counts of people.</para>
/// </remarks>
internal static class SmallCells
{
    private static readonly Dictionary<string, string[]> DerivedFrom = new()
    {
        ["average_per_salaried_accompanied"] = new[] { "salaried_accompanied" },
        ["average_per_associate"] = new[] { "associates_count" },
        ["average_hours_per_salaried_per_month"] = new[] { "salaried" },
        ["positive_rate"] = new[] { "positive" },
        ["perennial_rate"] = new[] { "perennial" },
        ["annualised_average"] = new[] { "people", "person_months" },
    };

    /// <summary>The report tree with the counts below <paramref name="k"/> blanked.</summary>
    public static ReportTree Blank(ReportTree tree, AnnualReport report, int k)
    {
        var blanked = (ReportTree)BlankCounts(tree, k);
        var children = new List<KeyValuePair<string, ReportNode>>();
        foreach (var child in blanked.Children)
        {
            var node = child.Value;
            switch (child.Key)
            {
                case "exits":
                    node = Section((ReportTree)node, Exits);
                    break;
                case "path_duration_months":
                    node = Durations((ReportTree)node, (ReportTree)blanked["exits"]);
                    break;
                case "previous_year" when report.PreviousYear is { } before && tree.Find("previous_year") is ReportTree whole:
                    // The whole report of Y − 1 at the top of the document: the same rules.
                    node = Blank(whole, before, k);
                    break;
                case "typology":
                    node = Section((ReportTree)node, t => Replace(t, "women_share", report.Typology.Women < k || report.Typology.Men < k));
                    if (report.PreviousYear is { } previous && ((ReportTree)node).Find("previous_year") is ReportTree)
                    {
                        node = Replace((ReportTree)node, "previous_year", p => Replace((ReportTree)p, "women_share", previous.Typology.Women < k || previous.Typology.Men < k));
                    }

                    break;
            }

            children.Add(new KeyValuePair<string, ReportNode>(child.Key, Growth(node)));
        }

        return new ReportTree(children);
    }

    /// <summary>The tables with the counts below <paramref name="k"/> blanked.</summary>
    public static IReadOnlyList<ReportTable> Blank(IReadOnlyList<ReportTable> tables, ReportLabels labels, int k)
    {
        var result = new List<ReportTable>();
        foreach (var table in tables)
        {
            var rows = new List<ReportTableRow>();
            foreach (var row in table.Rows)
            {
                var small = row.Cells.Any(c => IsSmall(c, k));
                var cells = row.Cells.Select(c => IsSmall(c, k) || (small && c.Kind is ReportValueKind.Rate or ReportValueKind.Average) ? Null(c) : c).ToList();
                if (small && table.Id == TableId.TurnoverBySupportYear)
                {
                    // The annualised average of the year of support is a figure per person, shown as an amount.
                    cells[cells.Count - 1] = Null(cells[cells.Count - 1]);
                }

                if (row.Kind == RowKind.Growth && rows.Count >= 2)
                {
                    for (var i = 0; i < cells.Count; i++)
                    {
                        if (IsBlank(rows[^1], i) || IsBlank(rows[^2], i))
                        {
                            cells[i] = Null(cells[i]);
                        }
                    }
                }

                rows.Add(row with { Cells = cells });
            }

            result.Add(table with { Rows = rows });
        }

        return result;
    }

    private static bool IsBlank(ReportTableRow row, int i) => i < row.Cells.Count && row.Cells[i].Value is null;

    private static bool IsSmall(ReportNumber n, int k) => n.Kind == ReportValueKind.Count && n.Value is { } v && v < k;

    private static ReportNumber Null(ReportNumber n) => new(null, n.Kind);

    /// <summary>Blanks the small counts of every object, and the averages and rates of the same object computed from them.</summary>
    private static ReportNode BlankCounts(ReportNode node, int k)
    {
        if (node is not ReportTree tree)
        {
            return node is ReportNumber n && IsSmall(n, k) ? Null(n) : node;
        }

        var children = tree.Children.Select(c => new KeyValuePair<string, ReportNode>(c.Key, BlankCounts(c.Value, k))).ToList();
        var blank = new HashSet<string>(children.Where((c, i) => c.Value is ReportNumber { Value: null } && tree.Children[i].Value is ReportNumber { Value: not null }).Select(c => c.Key));
        for (var i = 0; i < children.Count; i++)
        {
            if (DerivedFrom.TryGetValue(children[i].Key, out var sources) && sources.Any(blank.Contains) && children[i].Value is ReportNumber n)
            {
                children[i] = new KeyValuePair<string, ReportNode>(children[i].Key, Null(n));
            }
        }

        return new ReportTree(children);
    }

    /// <summary>Applies a rule to a section and to its <c>previous_year</c>.</summary>
    private static ReportTree Section(ReportTree section, System.Func<ReportTree, ReportTree> rule)
    {
        var result = rule(section);
        return result.Find("previous_year") is ReportTree ? Replace(result, "previous_year", p => rule((ReportTree)p)) : result;
    }

    private static ReportTree Exits(ReportTree exits)
    {
        var none = exits.Find("total", "total") is ReportNumber { Value: null };
        return Replace(Replace(exits, "positive_rate", none), "perennial_rate", none);
    }

    private static ReportTree Durations(ReportTree durations, ReportTree exits)
    {
        var result = Replace(durations, "average", exits.Find("total", "total") is ReportNumber { Value: null });
        return Replace(result, "by_category", byCategory => new ReportTree(((ReportTree)byCategory).Children.Select(c =>
            new KeyValuePair<string, ReportNode>(c.Key, exits.Find("total", c.Key) is ReportNumber { Value: null } && c.Value is ReportNumber n ? Null(n) : c.Value))));
    }

    /// <summary>Blanks each growth whose figure of the year or of the year before is blank.</summary>
    private static ReportNode Growth(ReportNode node)
    {
        if (node is not ReportTree tree)
        {
            return node;
        }

        if (tree.Find("growth") is ReportTree growth && tree.Find("previous_year") is ReportTree previous)
        {
            // The flows compare their total, the other sections figures of the same names.
            var current = previous.Find("total") is null && tree.Find("total") is ReportTree total ? total : tree;
            return Replace(tree, "growth", _ => BlankWhere(growth, current, previous));
        }

        return new ReportTree(tree.Children.Select(c => new KeyValuePair<string, ReportNode>(c.Key, Growth(c.Value))));
    }

    private static ReportNode BlankWhere(ReportNode growth, ReportNode? current, ReportNode? previous)
    {
        if (growth is ReportTree tree)
        {
            return new ReportTree(tree.Children.Select(c => new KeyValuePair<string, ReportNode>(
                c.Key,
                BlankWhere(c.Value, (current as ReportTree)?.Find(c.Key), (previous as ReportTree)?.Find(c.Key)))));
        }

        return growth is ReportNumber n && (current is ReportNumber { Value: null } || previous is ReportNumber { Value: null }) ? Null(n) : growth;
    }

    private static ReportTree Replace(ReportTree tree, string name, bool blank) =>
        blank ? Replace(tree, name, n => n is ReportNumber number ? Null(number) : n) : tree;

    private static ReportTree Replace(ReportTree tree, string name, System.Func<ReportNode, ReportNode> change) =>
        new(tree.Children.Select(c => c.Key == name ? new KeyValuePair<string, ReportNode>(c.Key, change(c.Value)) : c));
}
