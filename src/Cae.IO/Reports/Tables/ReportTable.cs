using System.Collections.Generic;
using Cae.Rules.Indicators;

namespace Cae.IO.Reports.Tables;

/// <summary>One table of the report for people: a title, column headings and labelled rows of numbers.</summary>
/// <param name="Title">The table's title.</param>
/// <param name="Columns">The headings: the row-label column first, then one per number.</param>
/// <param name="Rows">The rows.</param>
public sealed record ReportTable(string Title, IReadOnlyList<string> Columns, IReadOnlyList<ReportTableRow> Rows);
