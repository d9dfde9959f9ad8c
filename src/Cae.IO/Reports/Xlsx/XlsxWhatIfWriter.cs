using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Cae.IO.Reports.Labels;
using Cae.IO.Reports.Tables;
using Cae.Rules.Indicators;
using Cae.Rules.WhatIf;

namespace Cae.IO.Reports.Xlsx;

/// <summary>
/// Writes a what-if or a sweep as an Excel workbook (<c>cae whatif --format xlsx</c>): for a what-if, the key
/// figures, the admissions that move, every figure that changes (baseline, scenario, delta) and the rejected
/// rows; for a sweep, one sheet with a row per run. Numbers are numbers; the same result gives the same bytes.
/// </summary>
public static class XlsxWhatIfWriter
{
    /// <summary>Writes the workbook of a what-if, its last sheet saying there is no rejected row.</summary>
    /// <param name="result">The what-if.</param>
    /// <param name="labels">The language.</param>
    /// <param name="output">Where to write; it stays open.</param>
    /// <exception cref="System.ArgumentNullException">An argument is null.</exception>
    public static void Write(WhatIfResult result, ReportLabels labels, Stream output) =>
        Write(result, ReportDiagnostics.Empty, labels, output);

    /// <summary>Writes the workbook of a what-if with the diagnostics of its input beside it, the last sheet listing the rejected rows.</summary>
    /// <param name="result">The what-if.</param>
    /// <param name="diagnostics">The rejected rows and warnings (not written) of the input.</param>
    /// <param name="labels">The language.</param>
    /// <param name="output">Where to write; it stays open.</param>
    /// <exception cref="System.ArgumentNullException">An argument is null.</exception>
    public static void Write(WhatIfResult result, ReportDiagnostics diagnostics, ReportLabels labels, Stream output)
    {
        Guard.NotNull(result, nameof(result));
        Guard.NotNull(diagnostics, nameof(diagnostics));
        Guard.NotNull(labels, nameof(labels));
        Guard.NotNull(output, nameof(output));
        var admissions = result.AdmissionChanges
            .Select(c => (RowKind.Group, (IReadOnlyList<XlsxCell>)new[]
            {
                XlsxCell.Of(c.EntrepreneurId),
                XlsxCell.Of(Date(c.Application)),
                XlsxCell.Of(Date(c.Baseline)),
                XlsxCell.Of(Date(c.Scenario)),
                XlsxCell.Of(new ReportNumber(c.MonthsEarlier, ReportValueKind.Count)),
            }))
            .ToList();
        var sheets = new List<XlsxSheet>
        {
            XlsxSheet.Of(WhatIfTables.KeyFigureTable(result, labels)),
            new(labels[Label.AdmissionChanges], new[] { Label.Person, Label.Application, Label.Baseline, Label.Scenario, Label.MonthsEarlier }.Select(l => labels[l]).ToList(), admissions),
            XlsxSheet.Of(WhatIfTables.Changes(result, labels)),
            XlsxSheet.Rejected(labels, diagnostics),
        };
        XlsxWorkbook.Write(sheets, output);
    }

    /// <summary>Writes the workbook of a sweep.</summary>
    /// <param name="result">The sweep.</param>
    /// <param name="labels">The language.</param>
    /// <param name="output">Where to write; it stays open.</param>
    /// <exception cref="System.ArgumentNullException">An argument is null.</exception>
    public static void Write(SweepResult result, ReportLabels labels, Stream output)
    {
        Guard.NotNull(result, nameof(result));
        Guard.NotNull(labels, nameof(labels));
        Guard.NotNull(output, nameof(output));
        var rows = result.Rows
            .Select(r => (RowKind.Group, (IReadOnlyList<XlsxCell>)r.Parameters.Select(XlsxCell.AsIs)
                .Concat(r.Values.Select((v, i) => XlsxCell.Of(new ReportNumber(v, result.Kinds[i]))))
                .ToList()))
            .ToList();
        var title = labels[Label.SweepHeading].Replace("{year}", result.Year.ToString(CultureInfo.InvariantCulture));
        XlsxWorkbook.Write(new[] { new XlsxSheet(title, result.Axes.Concat(result.Indicators).ToList(), rows) }, output);
    }

    private static string Date(NodaTime.LocalDate? date) => date is { } d ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "–";
}
