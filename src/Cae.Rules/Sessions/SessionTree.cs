using System.Collections.Generic;
using System.Linq;
using Cae.Rules.Indicators;

namespace Cae.Rules.Sessions;

/// <summary>Small helpers that build the sessions' report subtrees.</summary>
internal static class SessionTree
{
    public static KeyValuePair<string, ReportNode> Node(string name, ReportNode node) => new(name, node);

    public static ReportNumber Count(long? value) => new(value, ReportValueKind.Count);

    public static ReportTree Counts(IEnumerable<KeyValuePair<string, long>> table) =>
        new(table.Select(p => Node(p.Key, Count(p.Value))));
}
