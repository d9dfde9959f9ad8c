using System.Collections.Generic;
using Cae.Rules.Indicators;

namespace Cae.IO.Reports.Tables;

/// <summary>A row of a <see cref="ReportTable"/>: its label and its numbers (with their kinds, for formatting).</summary>
/// <param name="Label">The row's label.</param>
/// <param name="Cells">The numbers, one per column after the label column.</param>
public sealed record ReportTableRow(string Label, IReadOnlyList<ReportNumber> Cells);
