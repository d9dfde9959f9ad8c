using System;
using System.Collections.Generic;
using System.Linq;

namespace Cae.Rules.Indicators.Additions;

/// <summary>Grafts the sections of <see cref="ReportAdditions"/> into a report's tree, at the places of data contract §3'.</summary>
internal static class AdditionsTree
{
    public static ReportTree Graft(ReportAdditions additions, ReportTree report)
    {
        var fieldNodes = new List<KeyValuePair<string, ReportNode>>();
        foreach (var field in ReportAdditions.Fields)
        {
            var establishments = new List<KeyValuePair<string, ReportNode>>();
            foreach (var e in additions.TypologyByEstablishmentAndStructure[field].OrderBy(e => e.Key, StringComparer.Ordinal))
            {
                var structures = e.Value.OrderBy(s => s.Key, StringComparer.Ordinal)
                    .Select(s => Node(s.Key, Tree(s.Value.Select(v => Node(v.Key, Count(v.Value))))));
                establishments.Add(Node(e.Key, Tree(structures)));
            }

            fieldNodes.Add(Node(field, Tree(establishments)));
        }

        var crosstab = Tree(fieldNodes);
        var supportYears = Tree(additions.TurnoverBySupportYear.Select(k => Node(k.Key.ToString(System.Globalization.CultureInfo.InvariantCulture), Tree(new[]
        {
            Node("people", Count(k.Value.People)),
            Node("person_months", Count(k.Value.PersonMonths)),
            Node("total", new ReportNumber(k.Value.Total.Euros, ReportValueKind.Amount)),
            Node("annualised_average", new ReportNumber(k.Value.AnnualisedAverage, ReportValueKind.Average)),
        }))));
        var people = Tree(additions.PeopleWithActivityByStructure.Select(s => Node(s.Key, Count(s.Value))));
        var children = new List<KeyValuePair<string, ReportNode>>();
        var placed = false;
        foreach (var child in report.Children)
        {
            if (child.Key == "typology" && child.Value is ReportTree typology)
            {
                children.Add(Node(child.Key, new ReportTree(typology.Children.Where(c => c.Key != "by_establishment_and_structure").Append(Node("by_establishment_and_structure", crosstab)))));
                children.Add(Node("people_with_activity_by_structure", people));
                placed = true;
            }
            else if (child.Key == "turnover" && child.Value is ReportTree turnover)
            {
                children.Add(Node(child.Key, new ReportTree(turnover.Children.Where(c => c.Key != "by_support_year").Append(Node("by_support_year", supportYears)))));
            }
            else if (child.Key != "people_with_activity_by_structure")
            {
                children.Add(child);
            }
        }

        if (!placed)
        {
            children.Add(Node("people_with_activity_by_structure", people));
        }

        return new ReportTree(children);
    }

    private static KeyValuePair<string, ReportNode> Node(string name, ReportNode node) => new(name, node);

    private static ReportTree Tree(IEnumerable<KeyValuePair<string, ReportNode>> children) => new(children);

    private static ReportNumber Count(long value) => new(value, ReportValueKind.Count);
}
