using System.Collections.Generic;
using Cae.Rules.Indicators;

namespace Cae.Rules.WhatIf;

/// <summary>
/// A sweep's table: for every combination of the axes' values (the first axis varying slowest), the chosen
/// indicators of the report modelled under that scenario.
/// </summary>
/// <remarks>Immutable.</remarks>
public sealed class SweepResult
{
    internal SweepResult(string scenario, int year, string[] axes, string[] indicators, ReportValueKind[] kinds, SweepRow[] rows)
    {
        Scenario = scenario;
        Year = year;
        Axes = axes;
        Indicators = indicators;
        Kinds = kinds;
        Rows = rows;
    }

    /// <summary>The name of the scenario the axes vary over (<c>identity</c> for the baseline itself).</summary>
    public string Scenario { get; }

    /// <summary>The year of the reports.</summary>
    public int Year { get; }

    /// <summary>The axes' names, in order.</summary>
    public IReadOnlyList<string> Axes { get; }

    /// <summary>The indicators' paths, in order.</summary>
    public IReadOnlyList<string> Indicators { get; }

    /// <summary>What each indicator measures (count, amount, hours, rate, average), in indicator order, for formatting.</summary>
    public IReadOnlyList<ReportValueKind> Kinds { get; }

    /// <summary>One row per combination of values.</summary>
    public IReadOnlyList<SweepRow> Rows { get; }
}
