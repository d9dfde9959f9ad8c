using System.Collections.Generic;
using System.IO;
using System.Linq;
using Cae.IO.Reports.Labels;
using Cae.IO.Reports.Tables;
using Cae.Rules.Indicators;
using Cae.Rules.Indicators.Additions;

namespace Cae.IO.Reports.Xlsx;

/// <summary>
/// Writes the annual report for people as an Excel workbook (<c>cae report --format xlsx</c>, data contract §2'):
/// one sheet per table of <see cref="ReportTableLayout"/>, titled in the labels' language, numbers as numbers
/// (counts whole, amounts in euros, rates and shares as percentages), and the rejected rows on the last sheet.
/// </summary>
/// <remarks>The same report in the same language gives the same bytes.</remarks>
public static class XlsxReportWriter
{
    /// <summary>Writes the workbook, its last sheet saying there is no rejected row.</summary>
    /// <param name="report">The report.</param>
    /// <param name="labels">The language.</param>
    /// <param name="output">Where to write; it stays open.</param>
    /// <exception cref="System.ArgumentNullException">An argument is null.</exception>
    public static void Write(AnnualReport report, ReportLabels labels, Stream output)
    {
        Guard.NotNull(report, nameof(report));
        Guard.NotNull(labels, nameof(labels));
        Guard.NotNull(output, nameof(output));
        Write(report, labels, ReportTableLayout.Tables(report, labels), output);
    }

    /// <summary>Writes the workbook of a report and its additions of contract §3' (information sessions, workshops, crosstabs, …), one sheet per table, without rejected rows.</summary>
    /// <param name="report">The report.</param>
    /// <param name="additions">The additions, or <c>null</c> for none.</param>
    /// <param name="labels">The language.</param>
    /// <param name="output">Where to write; it stays open.</param>
    /// <exception cref="System.ArgumentNullException">The report, the labels or the stream is null.</exception>
    public static void Write(AnnualReport report, ReportAdditions? additions, ReportLabels labels, Stream output) =>
        Write(report, additions, ReportDiagnostics.Empty, labels, output);

    /// <summary>
    /// Writes the workbook of a report with the diagnostics of its input beside it: one sheet per table (the input table
    /// counting the rejected rows), its additions of contract §3', then a last sheet listing the rejected rows.
    /// Warnings are not written.
    /// </summary>
    /// <param name="report">The report.</param>
    /// <param name="additions">The additions, or <c>null</c> for none.</param>
    /// <param name="diagnostics">The rejected rows and warnings of the input (<see cref="ReportDiagnostics.From(LoadResult)"/>).</param>
    /// <param name="labels">The language.</param>
    /// <param name="output">Where to write; it stays open.</param>
    /// <exception cref="System.ArgumentNullException">The report, the diagnostics, the labels or the stream is null.</exception>
    public static void Write(AnnualReport report, ReportAdditions? additions, ReportDiagnostics diagnostics, ReportLabels labels, Stream output)
    {
        Guard.NotNull(report, nameof(report));
        Guard.NotNull(diagnostics, nameof(diagnostics));
        Guard.NotNull(labels, nameof(labels));
        Guard.NotNull(output, nameof(output));
        var tables = ReportTableLayout.Tables(report, diagnostics, labels).ToList();
        if (additions is not null)
        {
            tables.AddRange(AdditionTables.Tables(additions, labels));
        }

        Write(diagnostics, labels, tables, output);
    }

    /// <summary>Writes the workbook of a report whose tables are already laid out (and perhaps changed, e.g. small counts blanked), its last sheet saying there is no rejected row.</summary>
    /// <param name="report">The report.</param>
    /// <param name="labels">The language.</param>
    /// <param name="tables">The report's tables, one sheet each.</param>
    /// <param name="output">Where to write; it stays open.</param>
    /// <exception cref="System.ArgumentNullException">An argument is null.</exception>
    public static void Write(AnnualReport report, ReportLabels labels, IReadOnlyList<ReportTable> tables, Stream output)
    {
        Guard.NotNull(report, nameof(report));
        Write(ReportDiagnostics.Empty, labels, tables, output);
    }

    private static void Write(ReportDiagnostics diagnostics, ReportLabels labels, IReadOnlyList<ReportTable> tables, Stream output)
    {
        Guard.NotNull(labels, nameof(labels));
        Guard.NotNull(tables, nameof(tables));
        Guard.NotNull(output, nameof(output));
        var sheets = tables.Select(XlsxSheet.Of).ToList();
        sheets.Add(XlsxSheet.Rejected(labels, diagnostics));
        XlsxWorkbook.Write(sheets, output);
    }

    /// <summary>The workbook's bytes.</summary>
    /// <param name="report">The report.</param>
    /// <param name="labels">The language.</param>
    /// <exception cref="System.ArgumentNullException">An argument is null.</exception>
    public static byte[] Render(AnnualReport report, ReportLabels labels) =>
        XlsxWorkbook.Bytes(output => Write(report, labels, output));
}
