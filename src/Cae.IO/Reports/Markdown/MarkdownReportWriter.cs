using System.Collections.Generic;
using System.IO;
using Cae.IO.Reports.Labels;
using Cae.IO.Reports.Tables;
using Cae.Rules.Indicators;

namespace Cae.IO.Reports.Markdown;

/// <summary>Writes the annual report for people as Markdown: a title, then each table of <see cref="ReportTableLayout"/>, then the rejected rows.</summary>
public static class MarkdownReportWriter
{
    /// <summary>Writes a report.</summary>
    /// <param name="report">The report.</param>
    /// <param name="labels">The language.</param>
    /// <param name="output">Where to write.</param>
    public static void Write(AnnualReport report, ReportLabels labels, TextWriter output) =>
        Write(report, labels, output, ReportTableLayout.Tables(report, labels));

    /// <summary>Writes a report with its tables already laid out (and perhaps changed, e.g. small counts blanked).</summary>
    /// <param name="report">The report.</param>
    /// <param name="labels">The language.</param>
    /// <param name="output">Where to write.</param>
    /// <param name="tables">The report's tables.</param>
    public static void Write(AnnualReport report, ReportLabels labels, TextWriter output, IReadOnlyList<ReportTable> tables)
    {
        output.Write("# ");
        output.Write(labels.Title(report.Year));
        output.Write('\n');
        foreach (var table in tables)
        {
            output.Write("\n## ");
            output.Write(Escape(table.Title));
            output.Write("\n\n");
            WriteRow(output, table.Columns);
            output.Write('|');
            for (var c = 0; c < table.Columns.Count; c++)
            {
                output.Write(c == 0 ? " --- |" : " ---: |");
            }

            output.Write('\n');
            foreach (var row in table.Rows)
            {
                var cells = new List<string> { row.Label };
                foreach (var number in row.Cells)
                {
                    cells.Add(labels.Format(number));
                }

                WriteRow(output, cells);
            }
        }

        if (report.RejectedRows.Count > 0)
        {
            output.Write("\n## ");
            output.Write(labels.RejectedRows);
            output.Write("\n\n");
            foreach (var row in report.RejectedRows)
            {
                output.Write("- `");
                output.Write(row.Replace("`", "'"));
                output.Write("`\n");
            }
        }
    }

    private static void WriteRow(TextWriter output, IReadOnlyList<string> cells)
    {
        output.Write('|');
        foreach (var cell in cells)
        {
            output.Write(' ');
            output.Write(Escape(cell));
            output.Write(" |");
        }

        output.Write('\n');
    }

    private static string Escape(string text) => text.Replace("|", "\\|").Replace("\r", " ").Replace("\n", " ");
}
