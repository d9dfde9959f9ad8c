using System;
using System.IO;
using Cae.IO.Reports.Labels;
using Cae.IO.Reports.Tables;
using Cae.Rules.Indicators;
using Cae.Rules.Indicators.Additions;

namespace Cae.IO.Reports.Html;

/// <summary>
/// Writes the annual report for people as one self-contained HTML page (<c>cae report --format html</c>):
/// key figures, then one section per part of the published report (flows, exits, path duration, turnover,
/// salary hours, contributions, typology, change over one year, rejected rows), each with its charts and the
/// tables of <see cref="ReportTableLayout"/>, in the language of the labels (French by default).
/// </summary>
/// <remarks>
/// Every figure of the Markdown and CSV reports is in a table here; the charts repeat the main ones. The page
/// needs no script and loads nothing. The same report in the same language gives the same bytes.
/// </remarks>
public static class HtmlReportWriter
{
    /// <summary>Writes the page, without rejected rows.</summary>
    /// <param name="report">The report.</param>
    /// <param name="labels">The language.</param>
    /// <param name="output">Where to write.</param>
    public static void Write(AnnualReport report, ReportLabels labels, TextWriter output)
    {
        Guard.NotNull(output, nameof(output));
        output.Write(Render(report, labels));
    }

    /// <summary>Writes the page of a report with the diagnostics of its input beside it (see <see cref="Render(AnnualReport, ReportAdditions?, ReportDiagnostics, ReportLabels)"/>).</summary>
    /// <param name="report">The report.</param>
    /// <param name="additions">The additions (<see cref="ReportAdditions.Compute(Cae.Rules.Data.CaeDataset, int)"/>), or <c>null</c> for none.</param>
    /// <param name="diagnostics">The rejected rows and warnings of the input.</param>
    /// <param name="labels">The language.</param>
    /// <param name="output">Where to write.</param>
    /// <exception cref="ArgumentNullException">The report, the diagnostics, the labels or the writer is null.</exception>
    public static void Write(AnnualReport report, ReportAdditions? additions, ReportDiagnostics diagnostics, ReportLabels labels, TextWriter output)
    {
        Guard.NotNull(output, nameof(output));
        output.Write(Render(report, additions, diagnostics, labels));
    }

    /// <summary>The page, without rejected rows.</summary>
    /// <param name="report">The report.</param>
    /// <param name="labels">The language.</param>
    public static string Render(AnnualReport report, ReportLabels labels) => Render(report, null, ReportDiagnostics.Empty, labels);

    /// <summary>The page with the report's additions of contract §3' after its sections, without rejected rows.</summary>
    /// <param name="report">The report.</param>
    /// <param name="additions">The additions (<see cref="ReportAdditions.Compute(Cae.Rules.Data.CaeDataset, int)"/>), or <c>null</c> for none.</param>
    /// <param name="labels">The language.</param>
    /// <exception cref="ArgumentNullException">The report or the labels are null.</exception>
    public static string Render(AnnualReport report, ReportAdditions? additions, ReportLabels labels) =>
        Render(report, additions, ReportDiagnostics.Empty, labels);

    /// <summary>
    /// The page of a report with the diagnostics of its input beside it: its sections, the rejected rows (their count
    /// and list, and the input table), then its additions of contract §3'. Warnings are not shown.
    /// </summary>
    /// <param name="report">The report.</param>
    /// <param name="additions">The additions (<see cref="ReportAdditions.Compute(Cae.Rules.Data.CaeDataset, int)"/>), or <c>null</c> for none.</param>
    /// <param name="diagnostics">The rejected rows and warnings of the input (<see cref="ReportDiagnostics.From(LoadResult)"/>).</param>
    /// <param name="labels">The language.</param>
    /// <exception cref="ArgumentNullException">The report, the diagnostics or the labels are null.</exception>
    public static string Render(AnnualReport report, ReportAdditions? additions, ReportDiagnostics diagnostics, ReportLabels labels)
    {
        Guard.NotNull(report, nameof(report));
        Guard.NotNull(diagnostics, nameof(diagnostics));
        Guard.NotNull(labels, nameof(labels));
        var page = new HtmlPage(labels, labels.Title(report.Year), labels[Label.Subtitle]);
        Write(page, report, diagnostics);
        if (additions is null)
        {
            return page.Close(labels[Label.Footer]);
        }

        if (additions.Sessions is { } sessions)
        {
            SessionsHtml.Write(page, sessions);
        }

        page.Section("crosstabs", labels[Label.SectionAdditions]);
        foreach (var table in AdditionTables.Tables(additions, labels, withSessions: false))
        {
            page.Table(table);
        }

        return page.Close(labels[Label.Footer]);
    }

    /// <summary>Writes the report's sections into a page.</summary>
    /// <param name="page">The page.</param>
    /// <param name="report">The report.</param>
    /// <param name="diagnostics">The rejected rows and warnings of the input.</param>
    internal static void Write(HtmlPage page, AnnualReport report, ReportDiagnostics diagnostics)
    {
        var labels = page.Labels;
        var tables = new ReportSectionTables(ReportTableLayout.Tables(report, diagnostics, labels));
        HtmlReportSections.KeyFigures(page, report);
        HtmlReportSections.Flows(page, report, tables);
        HtmlReportSections.Exits(page, report, tables);
        HtmlReportSections.Durations(page, report, tables);
        HtmlReportSections.Turnover(page, report, tables);
        HtmlReportSections.Salary(page, report, tables);
        HtmlReportSections.Contributions(page, report, tables);
        HtmlReportSections.Typology(page, report, tables);
        HtmlReportSections.Growth(page, report);
        HtmlReportSections.Rejected(page, diagnostics, tables);
        if (tables.Unclaimed.Count > 0)
        {
            page.Section("other", labels[Label.SectionOther]);
            tables.Unclaimed.ForEach(t => page.Table(t));
        }
    }
}
