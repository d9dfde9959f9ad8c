using System.Collections.Generic;
using System.IO;
using Cae.IO.Reports.Labels;
using Cae.IO.Reports.Tables;
using Cae.Rules.Indicators;
using Cae.Rules.Indicators.Additions;

namespace Cae.IO.Reports.Markdown;

/// <summary>Writes the annual report for people as Markdown: a title, then each table of <see cref="ReportTableLayout"/>, then the rejected rows of the diagnostics given beside the report.</summary>
public static class MarkdownReportWriter
{
    /// <summary>Writes a report, without rejected rows.</summary>
    /// <param name="report">The report.</param>
    /// <param name="labels">The language.</param>
    /// <param name="output">Where to write.</param>
    /// <exception cref="System.ArgumentNullException">An argument is null.</exception>
    public static void Write(AnnualReport report, ReportLabels labels, TextWriter output) =>
        Write(report, null, ReportDiagnostics.Empty, labels, output);

    /// <summary>Writes a report, then its additions of contract §3' as the published report lays them out, without rejected rows.</summary>
    /// <param name="report">The report.</param>
    /// <param name="additions">The additions, or <c>null</c> for none.</param>
    /// <param name="labels">The language.</param>
    /// <param name="output">Where to write.</param>
    /// <exception cref="System.ArgumentNullException">The report, the labels or the writer is null.</exception>
    public static void Write(AnnualReport report, ReportAdditions? additions, ReportLabels labels, TextWriter output) =>
        Write(report, additions, ReportDiagnostics.Empty, labels, output);

    /// <summary>
    /// Writes a report with the diagnostics of its input beside it: its tables (the input table counting the rejected
    /// rows), the list of rejected rows when there are some, then its additions of contract §3'. Warnings are not written.
    /// </summary>
    /// <param name="report">The report.</param>
    /// <param name="additions">The additions, or <c>null</c> for none.</param>
    /// <param name="diagnostics">The rejected rows and warnings of the input (<see cref="ReportDiagnostics.From(LoadResult)"/>).</param>
    /// <param name="labels">The language.</param>
    /// <param name="output">Where to write.</param>
    /// <exception cref="System.ArgumentNullException">The report, the diagnostics, the labels or the writer is null.</exception>
    public static void Write(AnnualReport report, ReportAdditions? additions, ReportDiagnostics diagnostics, ReportLabels labels, TextWriter output)
    {
        Guard.NotNull(diagnostics, nameof(diagnostics));
        Write(report, diagnostics, labels, output, ReportTableLayout.Tables(report, diagnostics, labels));
        if (additions is not null)
        {
            MarkdownTables.Write(AdditionTables.Tables(additions, labels), labels, output);
        }
    }

    /// <summary>Writes a report with its tables already laid out (and perhaps changed, e.g. small counts blanked).</summary>
    /// <param name="report">The report.</param>
    /// <param name="labels">The language.</param>
    /// <param name="output">Where to write.</param>
    /// <param name="tables">The report's tables.</param>
    /// <exception cref="System.ArgumentNullException">An argument is null.</exception>
    public static void Write(AnnualReport report, ReportLabels labels, TextWriter output, IReadOnlyList<ReportTable> tables) =>
        Write(report, ReportDiagnostics.Empty, labels, output, tables);

    private static void Write(AnnualReport report, ReportDiagnostics diagnostics, ReportLabels labels, TextWriter output, IReadOnlyList<ReportTable> tables)
    {
        Guard.NotNull(report, nameof(report));
        Guard.NotNull(labels, nameof(labels));
        Guard.NotNull(output, nameof(output));
        Guard.NotNull(tables, nameof(tables));
        output.Write("# ");
        output.Write(labels.Title(report.Year));
        output.Write('\n');
        foreach (var table in tables)
        {
            output.Write("\n## ");
            output.Write(MarkdownText.Escape(table.Title));
            output.Write("\n\n");
            MarkdownTable.Write(output, table, (_, number) => labels.Format(number));
        }

        if (diagnostics.HasRejections)
        {
            output.Write("\n## ");
            output.Write(labels[Label.RejectedRows]);
            output.Write("\n\n");
            foreach (var row in diagnostics.Rejections)
            {
                output.Write("- ");
                output.Write(MarkdownText.Code(row.ToString()));
                output.Write('\n');
            }
        }
    }
}
