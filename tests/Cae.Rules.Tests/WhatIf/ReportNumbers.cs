using System.Collections.Generic;
using Cae.Rules.Indicators;

namespace Cae.Rules.Tests.WhatIf;

/// <summary>Every number of a report tree with its path (names joined by dots).</summary>
internal static class ReportNumbers
{
    public static IEnumerable<KeyValuePair<string, ReportNumber>> Of(ReportNode node, string prefix = "")
    {
        switch (node)
        {
            case ReportTree tree:
                foreach (var child in tree.Children)
                {
                    foreach (var pair in Of(child.Value, prefix.Length == 0 ? child.Key : prefix + "." + child.Key))
                    {
                        yield return pair;
                    }
                }

                break;
            case ReportNumber number:
                yield return new KeyValuePair<string, ReportNumber>(prefix, number);
                break;
        }
    }

    /// <summary>The paths where the delta is not 0 (a number), or not null where the baseline is null.</summary>
    public static List<string> NonZero(ReportTree delta, ReportTree baseline)
    {
        var wrong = new List<string>();
        foreach (var pair in Of(delta))
        {
            var before = baseline.Find(pair.Key.Split('.')) as ReportNumber;
            var expectNull = before?.Value is null;
            if (expectNull ? pair.Value.Value is not null : pair.Value.Value != 0m)
            {
                wrong.Add(pair.Key + " = " + pair.Value);
            }
        }

        return wrong;
    }
}
