using System.Collections.Generic;
using Cae.Rules.Indicators;

namespace Cae.IO.Reports.Tables;

/// <summary>A row of a <see cref="ReportTable"/>: what it is, its label and its numbers (with their kinds, for formatting).</summary>
/// <param name="Kind">What the row is: a group of the data, a total, an indicator…</param>
/// <param name="Key">The row's identity within its table, the same in every language: the group's name or code, the category's code, the indicator's name.</param>
/// <param name="Label">The row's label.</param>
/// <param name="Cells">The numbers, one per column after the label column.</param>
public sealed record ReportTableRow(RowKind Kind, string Key, string Label, IReadOnlyList<ReportNumber> Cells);
