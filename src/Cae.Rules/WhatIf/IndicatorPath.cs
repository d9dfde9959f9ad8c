using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Cae.Rules.Indicators;

namespace Cae.Rules.WhatIf;

/// <summary>
/// Names a number of the report by its path in the report tree, the JSON names joined by dots:
/// <c>salary.total.hours</c>, <c>contributions.total</c>, <c>self_financing</c>,
/// <c>path_duration_months.by_category.associate</c>, <c>turnover.by_unit.Coopilote B.total</c>.
/// </summary>
/// <remarks>
/// <para><b>Escaping.</b> A name that holds a dot, a comma or a backslash (a unit named <c>S.V.P.</c>) has them
/// escaped with a backslash: <c>\.</c>, <c>\,</c>, <c>\\</c>, so <c>turnover.by_unit.S\.V\.P\..total</c> names the
/// total of the unit <c>S.V.P.</c>. <see cref="Escape"/> and <see cref="Join"/> write a path, <see cref="Split"/>
/// reads it back: <c>Split(Join(names))</c> gives the names. Commas separate paths in a list (<see cref="SplitList"/>).</para>
/// <para><b>Unknown names.</b> <see cref="Resolve"/> and <see cref="Read"/> throw an
/// <see cref="ArgumentException"/> naming the first name that the report does not have and the names it has there,
/// so a typo is an error rather than a missing number.</para>
/// </remarks>
public static class IndicatorPath
{
    /// <summary>The indicators a sweep shows when none are chosen.</summary>
    public static IReadOnlyList<string> Defaults { get; } = Array.AsReadOnly(new[]
    {
        "salary.total.hours",
        "salary.total.fte",
        "contributions.total",
        "self_financing",
        "path_duration_months.average",
        "path_duration_months.by_category.associate",
        "exits.total.associate",
    });

    /// <summary>One name as it is written in a path: its dots, commas and backslashes escaped with a backslash.</summary>
    /// <param name="name">The name, e.g. <c>S.V.P.</c>.</param>
    /// <returns>The escaped name, e.g. <c>S\.V\.P\.</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <c>null</c>.</exception>
    public static string Escape(string name)
    {
        if (name is null)
        {
            throw new ArgumentNullException(nameof(name));
        }

        if (name.IndexOfAny(Special) < 0)
        {
            return name;
        }

        var text = new StringBuilder(name.Length + 4);
        foreach (var c in name)
        {
            if (Array.IndexOf(Special, c) >= 0)
            {
                text.Append('\\');
            }

            text.Append(c);
        }

        return text.ToString();
    }

    /// <summary>A path from its names, each escaped (<see cref="Escape"/>) and joined by dots.</summary>
    /// <param name="names">The names, from the root.</param>
    /// <exception cref="ArgumentNullException"><paramref name="names"/> or one of them is <c>null</c>.</exception>
    public static string Join(IEnumerable<string> names) =>
        string.Join(".", (names ?? throw new ArgumentNullException(nameof(names))).Select(Escape));

    /// <summary>The names of a path: split on the dots that are not escaped, with the escapes removed.</summary>
    /// <param name="path">The path, names joined by dots (surrounding white space is ignored).</param>
    /// <exception cref="ArgumentException">The path is empty, has an empty name, or has a backslash that escapes
    /// nothing (one at the end, or before a character other than <c>.</c>, <c>,</c> or <c>\</c>).</exception>
    public static string[] Split(string path)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new ArgumentException("An indicator path is not empty.", nameof(path));
        }

        var trimmed = path.Trim();
        var names = new List<string>();
        var name = new StringBuilder();
        for (var i = 0; i < trimmed.Length; i++)
        {
            var c = trimmed[i];
            if (c == '\\')
            {
                if (i + 1 >= trimmed.Length || Array.IndexOf(Special, trimmed[i + 1]) < 0)
                {
                    throw new ArgumentException($"The indicator path '{path}' has a backslash at {i + 1} that escapes nothing (write \\. \\, or \\\\).", nameof(path));
                }

                name.Append(trimmed[++i]);
            }
            else if (c == '.')
            {
                names.Add(Name(name, path));
            }
            else
            {
                name.Append(c);
            }
        }

        names.Add(Name(name, path));
        return names.ToArray();
    }

    /// <summary>The paths of a comma-separated list, split on the commas that are not escaped; blank items are left out.</summary>
    /// <param name="list">The list, e.g. <c>flows.total.accompanied,contributions.total</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="list"/> is <c>null</c>.</exception>
    public static IReadOnlyList<string> SplitList(string list)
    {
        if (list is null)
        {
            throw new ArgumentNullException(nameof(list));
        }

        var items = new List<string>();
        var start = 0;
        for (var i = 0; i <= list.Length; i++)
        {
            if (i < list.Length && list[i] == '\\')
            {
                i++;
            }
            else if (i == list.Length || list[i] == ',')
            {
                var item = list.Substring(start, Math.Min(i, list.Length) - start).Trim();
                if (item.Length > 0)
                {
                    items.Add(item);
                }

                start = i + 1;
            }
        }

        return items;
    }

    /// <summary>Whether a report tree has a number (possibly <c>null</c>) at a path.</summary>
    /// <param name="tree">The report tree.</param>
    /// <param name="path">The path, names joined by dots.</param>
    /// <exception cref="ArgumentNullException"><paramref name="tree"/> is <c>null</c>.</exception>
    /// <exception cref="ArgumentException">The path is not well formed (see <see cref="Split"/>).</exception>
    public static bool IsNumber(ReportTree tree, string path) =>
        (tree ?? throw new ArgumentNullException(nameof(tree))).Find(Split(path)) is ReportNumber;

    /// <summary>Why a path names no number of a tree: the first unknown name and the names the tree has there.</summary>
    /// <param name="tree">The report tree.</param>
    /// <param name="path">The path, names joined by dots.</param>
    /// <returns><c>null</c> when the path names a number; otherwise the reason, e.g. <c>no 'Coopilote X' in
    /// 'turnover.by_unit' (it has: Coopilote B, Coopilote M, total)</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="tree"/> is <c>null</c>.</exception>
    /// <exception cref="ArgumentException">The path is not well formed (see <see cref="Split"/>).</exception>
    public static string? Problem(ReportTree tree, string path)
    {
        ReportNode node = tree ?? throw new ArgumentNullException(nameof(tree));
        var names = Split(path);
        for (var i = 0; i < names.Length; i++)
        {
            var at = i == 0 ? "the report" : "'" + Join(names.Take(i)) + "'";
            if (node is not ReportTree branch)
            {
                return $"{at} is a number: it has no '{Escape(names[i])}'";
            }

            var child = branch.Find(names[i]);
            if (child is null)
            {
                return $"no '{Escape(names[i])}' in {at} (it has: {Candidates(branch)})";
            }

            node = child;
        }

        return node is ReportNumber ? null : $"'{Join(names)}' is a group of figures, not a number (it has: {Candidates((ReportTree)node)})";
    }

    /// <summary>The number at a path.</summary>
    /// <param name="tree">The report tree.</param>
    /// <param name="path">The path, names joined by dots.</param>
    /// <exception cref="ArgumentNullException"><paramref name="tree"/> is <c>null</c>.</exception>
    /// <exception cref="ArgumentException">The path is not well formed, or names no number of the tree: the message
    /// names the first unknown name and the names the tree has there (<see cref="Problem"/>).</exception>
    public static ReportNumber Resolve(ReportTree tree, string path)
    {
        var problem = Problem(tree, path);
        return problem is null
            ? (ReportNumber)tree.Find(Split(path))!
            : throw new ArgumentException($"The indicator '{path}' names no number of the report: {problem}.", nameof(path));
    }

    /// <summary>The number at a path; <c>null</c> when the number is undefined (a rate without a denominator).</summary>
    /// <param name="tree">The report tree.</param>
    /// <param name="path">The path, names joined by dots.</param>
    /// <exception cref="ArgumentNullException"><paramref name="tree"/> is <c>null</c>.</exception>
    /// <exception cref="ArgumentException">The path is not well formed, or names no number of the tree (see <see cref="Resolve"/>).</exception>
    public static decimal? Read(ReportTree tree, string path) => Resolve(tree, path).Value;

    private static readonly char[] Special = { '.', ',', '\\' };

    private static string Name(StringBuilder name, string path)
    {
        if (name.Length == 0)
        {
            throw new ArgumentException($"The indicator path '{path}' has an empty name.", nameof(path));
        }

        var text = name.ToString();
        name.Clear();
        return text;
    }

    private static string Candidates(ReportTree tree)
    {
        const int Shown = 12;
        var names = tree.Children.Select(c => Escape(c.Key)).ToArray();
        return names.Length <= Shown ? string.Join(", ", names) : string.Join(", ", names.Take(Shown)) + FormattableString.Invariant($", … ({names.Length - Shown} more)");
    }
}
