using System;
using System.Collections.Generic;
using Cae.Rules.Indicators;

namespace Cae.Rules.WhatIf;

/// <summary>
/// Names a number of the report by its path in the report tree, the JSON names joined by dots:
/// <c>salary.total.hours</c>, <c>contributions.total</c>, <c>self_financing</c>,
/// <c>path_duration_months.by_category.associate</c>, <c>turnover.by_unit.Coopilote B.total</c>.
/// </summary>
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

    /// <summary>The names of a path.</summary>
    /// <param name="path">The path, names joined by dots.</param>
    /// <exception cref="ArgumentException">The path is empty or has an empty name.</exception>
    public static string[] Split(string path)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new ArgumentException("An indicator path is not empty.", nameof(path));
        }

        var names = path.Trim().Split('.');
        foreach (var name in names)
        {
            if (name.Length == 0)
            {
                throw new ArgumentException($"The indicator path '{path}' has an empty name.", nameof(path));
            }
        }

        return names;
    }

    /// <summary>Whether a report tree has a number (possibly <c>null</c>) at a path.</summary>
    /// <param name="tree">The report tree.</param>
    /// <param name="path">The path, names joined by dots.</param>
    public static bool IsNumber(ReportTree tree, string path) =>
        (tree ?? throw new ArgumentNullException(nameof(tree))).Find(Split(path)) is ReportNumber;

    /// <summary>The number at a path; <c>null</c> when it is undefined or the tree has no number there.</summary>
    /// <param name="tree">The report tree.</param>
    /// <param name="path">The path, names joined by dots.</param>
    public static decimal? Read(ReportTree tree, string path) =>
        (tree ?? throw new ArgumentNullException(nameof(tree))).Find(Split(path)) is ReportNumber number ? number.Value : null;
}
