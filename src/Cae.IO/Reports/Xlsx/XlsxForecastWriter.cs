using System.Collections.Generic;
using System.IO;
using Cae.IO.Reports.Forecast;
using Cae.IO.Reports.Labels;
using Cae.Rules.Forecast;

namespace Cae.IO.Reports.Xlsx;

/// <summary>
/// Writes a forecast as an Excel workbook (<c>cae forecast --format xlsx</c>, data contract §7'): the projected
/// flows by establishment (or, for a backtest, projected, actual and error), the projected money when the
/// forecast has it, the assumptions, then the rejected rows on the last sheet. Counts are whole numbers,
/// amounts in euros, rates as percentages; the same forecast gives the same bytes.
/// </summary>
public static class XlsxForecastWriter
{
    /// <summary>Writes the workbook.</summary>
    /// <param name="forecast">The forecast (the backtest's projection when <paramref name="backtest"/> is given).</param>
    /// <param name="backtest">The backtest, or <c>null</c>.</param>
    /// <param name="labels">The language.</param>
    /// <param name="diagnostics">The rejected rows (for the last sheet, as <c>file:line: column: reason</c>) and warnings (not written) of the input.</param>
    /// <param name="output">Where to write; it stays open.</param>
    /// <exception cref="System.ArgumentNullException">An argument other than <paramref name="backtest"/> is null.</exception>
    public static void Write(FlowForecast forecast, ForecastBacktest? backtest, ReportLabels labels, ReportDiagnostics diagnostics, Stream output)
    {
        Guard.NotNull(forecast, nameof(forecast));
        Guard.NotNull(labels, nameof(labels));
        Guard.NotNull(diagnostics, nameof(diagnostics));
        Guard.NotNull(output, nameof(output));
        var sheets = new List<XlsxSheet> { XlsxSheet.Of(ForecastTables.Of(forecast, backtest, labels)) };
        if (ForecastTables.Money(forecast, labels) is { } money)
        {
            sheets.Add(XlsxSheet.Of(money));
        }

        sheets.Add(XlsxSheet.OfLines(labels[Label.Assumptions], ForecastTables.Assumptions(forecast, labels), "–"));
        sheets.Add(XlsxSheet.Rejected(labels, diagnostics));
        XlsxWorkbook.Write(sheets, output);
    }

    /// <summary>The workbook's bytes.</summary>
    /// <param name="forecast">The forecast.</param>
    /// <param name="backtest">The backtest, or <c>null</c>.</param>
    /// <param name="labels">The language.</param>
    /// <param name="diagnostics">The rejected rows (for the last sheet) and warnings (not written) of the input.</param>
    /// <exception cref="System.ArgumentNullException">An argument is null.</exception>
    public static byte[] Render(FlowForecast forecast, ForecastBacktest? backtest, ReportLabels labels, ReportDiagnostics diagnostics) =>
        XlsxWorkbook.Bytes(output => Write(forecast, backtest, labels, diagnostics, output));
}
