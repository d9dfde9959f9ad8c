using System.Collections.Generic;

namespace Cae.IO.Reports.Tables;

/// <summary>One table of the report for people: an identity, a title, column headings and labelled rows of numbers.</summary>
/// <param name="Id">The table's identity, the same in every language.</param>
/// <param name="Title">The table's title.</param>
/// <param name="Columns">The headings: the row-label column first, then one per number.</param>
/// <param name="Rows">The rows.</param>
public sealed record ReportTable(TableId Id, string Title, IReadOnlyList<string> Columns, IReadOnlyList<ReportTableRow> Rows);
