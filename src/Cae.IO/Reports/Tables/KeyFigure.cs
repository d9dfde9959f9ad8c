using Cae.IO.Reports.Labels;

namespace Cae.IO.Reports.Tables;

/// <summary>A key figure: where it is in the report tree and the key of its label.</summary>
/// <param name="Path">The report-tree path, the JSON names joined by dots (<c>exits.positive_rate</c>).</param>
/// <param name="Label">The key of its label.</param>
public sealed record KeyFigure(string Path, Label Label);
