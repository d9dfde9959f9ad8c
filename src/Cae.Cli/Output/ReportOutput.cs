using System.IO;
using Cae.Cli.Infrastructure;
using Cae.IO;
using Cae.IO.Reports.Csv;
using Cae.IO.Reports.Html;
using Cae.IO.Reports.Labels;
using Cae.IO.Reports.Markdown;
using Cae.IO.Reports.Xlsx;
using Cae.Rules.Indicators;
using Cae.Rules.Indicators.Additions;

namespace Cae.Cli.Output;

/// <summary>Writes an annual report in the format of <c>--format</c> to <c>--out</c> or the standard output.</summary>
internal static class ReportOutput
{
    /// <summary>The formats of <c>cae report</c>.</summary>
    public static readonly string[] Formats = { "json", "md", "html", "csv", "xlsx" };

    /// <summary>Writes the report.</summary>
    /// <param name="report">The report.</param>
    /// <param name="additions">The report's additions of contract §3' (crosstabs, activities by structure, turnover by year of support), or <c>null</c>.</param>
    /// <param name="diagnostics">The rejected rows and warnings of the input, written beside the report.</param>
    /// <param name="format">One of <see cref="Formats"/>.</param>
    /// <param name="labels">The language (md, html, csv, xlsx).</param>
    /// <param name="dialect">The CSV dialect.</param>
    /// <param name="outFile">The <c>--out</c> file, or <c>null</c> for the standard output.</param>
    /// <param name="stdout">The standard output.</param>
    /// <exception cref="UsageException">The file cannot be written.</exception>
    public static void Write(AnnualReport report, ReportAdditions? additions, ReportDiagnostics diagnostics, string format, ReportLabels labels, CsvExportDialect dialect, string? outFile, TextWriter stdout)
    {
        if (format == "xlsx")
        {
            BinaryOutput.Write(outFile, stream => XlsxReportWriter.Write(report, additions, diagnostics, labels, stream), stdout);
            return;
        }

        TextOutput.Write(outFile, text => Text(report, additions, diagnostics, format, labels, dialect, text), stdout);
    }

    private static void Text(AnnualReport report, ReportAdditions? additions, ReportDiagnostics diagnostics, string format, ReportLabels labels, CsvExportDialect dialect, TextWriter text)
    {
        switch (format)
        {
            case "json":
                ReportJson.Write(report, additions, diagnostics, text);
                break;
            case "csv":
                CsvReportWriter.Write(report, additions, diagnostics, labels, dialect, text);
                break;
            case "html":
                text.Write(HtmlReportWriter.Render(report, additions, diagnostics, labels));
                break;
            default:
                MarkdownReportWriter.Write(report, additions, diagnostics, labels, text);
                break;
        }
    }
}
