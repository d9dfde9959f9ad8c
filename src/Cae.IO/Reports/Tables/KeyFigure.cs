using Cae.IO.Reports.Labels;
using Cae.Rules.Indicators;
using Cae.Rules.WhatIf;

namespace Cae.IO.Reports.Tables;

/// <summary>A key figure: where it is in the report tree and the key of its label.</summary>
/// <param name="Path">The report-tree path, the JSON names joined by dots (<c>exits.positive_rate</c>).</param>
/// <param name="Label">The key of its label.</param>
/// <param name="Highlight">Whether pages set it apart (the positive and perennial exit rates).</param>
public sealed record KeyFigure(string Path, Label Label, bool Highlight = false)
{
    /// <summary>The figure in a report tree.</summary>
    /// <param name="tree">The tree (<see cref="AnnualReport.ToTree"/>), or <c>null</c>.</param>
    /// <returns>The number, or <c>null</c> when the tree is null or has no number at the path.</returns>
    public ReportNumber? In(ReportTree? tree) => tree?.Find(IndicatorPath.Split(Path)) as ReportNumber;
}
