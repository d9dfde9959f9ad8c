using System.Collections.Generic;

namespace Cae.Rules.WhatIf;

/// <summary>One point of a sweep: the value of each axis and the chosen indicators of the modelled report.</summary>
/// <remarks>Immutable.</remarks>
public sealed class SweepRow
{
    internal SweepRow(string scenario, decimal[] parameters, decimal?[] values)
    {
        Scenario = scenario;
        Parameters = parameters;
        Values = values;
    }

    /// <summary>The name of the point's scenario.</summary>
    public string Scenario { get; }

    /// <summary>The value of each axis, in the sweep's axis order.</summary>
    public IReadOnlyList<decimal> Parameters { get; }

    /// <summary>Each indicator, in the sweep's indicator order; <c>null</c> where the report's figure is undefined.</summary>
    public IReadOnlyList<decimal?> Values { get; }
}
