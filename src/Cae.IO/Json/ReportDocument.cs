using System.Collections.Generic;
using Cae.Rules.Indicators;

namespace Cae.IO.Json;

/// <summary>
/// The JSON document of an <see cref="AnnualReport"/>: the report's tree (<see cref="AnnualReport.ToTree"/>, data
/// contract §3) with the few figures the tree derives from and does not show, so that the document can be read
/// back into an equal report.
/// </summary>
/// <remarks>
/// The additions: <c>typology.women</c> and <c>typology.men</c> (the counts behind <c>women_share</c>),
/// <c>support_budget</c> (behind <c>self_financing</c>; <c>null</c> without a budget for the year) and, when the data
/// covers Y − 1, <c>previous_year</c> at the top: the whole report of Y − 1 in the same layout, without its
/// <c>rejected_rows</c> and <c>input</c> (those of Y). The sections' own <c>previous_year</c> and <c>growth</c> are
/// unchanged.
/// </remarks>
internal static class ReportDocument
{
    public const string Women = "women";
    public const string Men = "men";
    public const string SupportBudget = "support_budget";
    public const string PreviousYear = "previous_year";

    public static ReportTree Tree(AnnualReport report) => Tree(report, withInput: true);

    private static ReportTree Tree(AnnualReport report, bool withInput)
    {
        var nodes = new List<KeyValuePair<string, ReportNode>>();
        var additions = false;
        foreach (var child in report.ToTree().Children)
        {
            switch (child.Key)
            {
                case "typology":
                    nodes.Add(Node(child.Key, Typology((ReportTree)child.Value, report.Typology)));
                    break;
                case "self_financing":
                    nodes.Add(child);
                    AddAdditions(nodes, report);
                    additions = true;
                    break;
                case "rejected_rows" or "input":
                    if (withInput)
                    {
                        nodes.Add(child);
                    }

                    break;
                default:
                    nodes.Add(child);
                    break;
            }
        }

        if (!additions)
        {
            AddAdditions(nodes, report);
        }

        return new ReportTree(nodes);
    }

    /// <summary>Adds <c>support_budget</c> and, when known, the whole report of the year before.</summary>
    private static void AddAdditions(List<KeyValuePair<string, ReportNode>> nodes, AnnualReport report)
    {
        nodes.Add(Node(SupportBudget, new ReportNumber(report.SupportBudget?.Euros, ReportValueKind.Amount)));
        if (report.PreviousYear is { } previous)
        {
            nodes.Add(Node(PreviousYear, Tree(previous, withInput: false)));
        }
    }

    private static ReportTree Typology(ReportTree typology, TypologySection section)
    {
        var nodes = new List<KeyValuePair<string, ReportNode>>();
        foreach (var child in typology.Children)
        {
            nodes.Add(child);
            if (child.Key == "women_share")
            {
                nodes.Add(Node(Women, new ReportNumber(section.Women, ReportValueKind.Count)));
                nodes.Add(Node(Men, new ReportNumber(section.Men, ReportValueKind.Count)));
            }
        }

        return new ReportTree(nodes);
    }

    private static KeyValuePair<string, ReportNode> Node(string name, ReportNode node) => new(name, node);
}
