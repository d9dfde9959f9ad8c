using System.Collections.Generic;
using System.IO;
using Cae.IO.Reports.Labels;
using Cae.IO.Reports.Trend;
using Cae.Rules.Network;

namespace Cae.IO.Reports.Xlsx;

/// <summary>
/// Writes a trend as an Excel workbook (<c>cae trend --format xlsx</c>, data contract §8'): one sheet with a row
/// per indicator and a column per year, numbers with the format of their kind (counts whole, amounts in euros,
/// rates as percentages), then the rejected rows on the last sheet. The same trend gives the same bytes.
/// </summary>
public static class XlsxTrendWriter
{
    /// <summary>Writes the workbook.</summary>
    /// <param name="trend">The trend.</param>
    /// <param name="indicators">The indicators, as report-tree paths (<c>flows.total.accompanied</c>), one row each.</param>
    /// <param name="labels">The language.</param>
    /// <param name="diagnostics">The rejected rows (for the last sheet, as <c>file:line: column: reason</c>) and warnings (not written) of the input.</param>
    /// <param name="output">Where to write; it stays open.</param>
    /// <exception cref="System.ArgumentNullException">An argument is null.</exception>
    public static void Write(ReportTrend trend, IReadOnlyList<string> indicators, ReportLabels labels, ReportDiagnostics diagnostics, Stream output)
    {
        Guard.NotNull(trend, nameof(trend));
        Guard.NotNull(indicators, nameof(indicators));
        Guard.NotNull(labels, nameof(labels));
        Guard.NotNull(diagnostics, nameof(diagnostics));
        Guard.NotNull(output, nameof(output));
        XlsxWorkbook.Write(new[] { XlsxSheet.Of(TrendWriter.Table(trend, indicators, labels)), XlsxSheet.Rejected(labels, diagnostics) }, output);
    }

    /// <summary>The workbook's bytes.</summary>
    /// <param name="trend">The trend.</param>
    /// <param name="indicators">The indicators, one row each.</param>
    /// <param name="labels">The language.</param>
    /// <param name="diagnostics">The rejected rows (for the last sheet) and warnings (not written) of the input.</param>
    /// <exception cref="System.ArgumentNullException">An argument is null.</exception>
    public static byte[] Render(ReportTrend trend, IReadOnlyList<string> indicators, ReportLabels labels, ReportDiagnostics diagnostics) =>
        XlsxWorkbook.Bytes(output => Write(trend, indicators, labels, diagnostics, output));
}
