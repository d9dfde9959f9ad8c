using System.Collections.Generic;
using System.Linq;
using Cae.IO.Reports.Labels;
using Cae.IO.Reports.Tables;

namespace Cae.IO.Reports.Xlsx;

/// <summary>One worksheet: its title on the first row, its column headings on the second, then its rows.</summary>
/// <param name="Title">The title (also the sheet's name, shortened to Excel's 31 characters).</param>
/// <param name="Columns">The column headings.</param>
/// <param name="Rows">The rows: what each is (totals are set in bold) and its cells.</param>
internal sealed record XlsxSheet(string Title, IReadOnlyList<string> Columns, IReadOnlyList<(RowKind Kind, IReadOnlyList<XlsxCell> Cells)> Rows)
{
    /// <summary>The sheet of a table of the report: the row label, then the table's numbers.</summary>
    /// <param name="table">The table.</param>
    public static XlsxSheet Of(ReportTable table) => new(
        table.Title,
        table.Columns,
        table.Rows.Select(r => (r.Kind, (IReadOnlyList<XlsxCell>)new[] { XlsxCell.Of(r.Label) }.Concat(r.Cells.Select(XlsxCell.Of)).ToList())).ToList());

    /// <summary>The last sheet of every workbook: the rejected input rows, or a line saying there is none.</summary>
    /// <param name="labels">The language.</param>
    /// <param name="diagnostics">The diagnostics, whose rejected rows are written as <c>file:line: column: reason</c>.</param>
    public static XlsxSheet Rejected(ReportLabels labels, ReportDiagnostics diagnostics) =>
        OfLines(labels[Label.RejectedRows], diagnostics.RejectedLines(), labels[Label.NoRejectedRows]);

    /// <summary>A sheet of one column of texts (the rejected rows), or of one line saying there is none.</summary>
    /// <param name="title">The title.</param>
    /// <param name="lines">The lines.</param>
    /// <param name="none">The line written when there is no line.</param>
    public static XlsxSheet OfLines(string title, IReadOnlyList<string> lines, string none) => new(
        title,
        new[] { title },
        (lines.Count == 0 ? new[] { none } : lines).Select(l => (RowKind.Group, (IReadOnlyList<XlsxCell>)new[] { XlsxCell.Of(l) })).ToList());
}
