using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using Cae.IO.Reports.Labels;
using Cae.IO.Reports.Tables;
using Cae.Rules.Indicators;
using Cae.Rules.Indicators.Additions;

namespace Cae.IO.Reports.Csv;

/// <summary>
/// Writes the annual report as CSV for a spreadsheet (<c>cae report --format csv</c>): the report's title,
/// then each table of <see cref="ReportTableLayout"/> as a block of a title row, a header row, its rows and
/// a blank line, then the rejected rows.
/// </summary>
/// <remarks>
/// <para>Numbers are exact (amounts to the cent, rates as fractions: 0.5574), without thousands separators,
/// in the dialect's decimal form; empty when undefined. Fields follow RFC 4180: quoted when they hold the
/// separator, a quote or a line break, quotes doubled, lines ended by CRLF. Every text (titles, heads,
/// labels from the data, rejected rows) is neutralised against formula injection (<see cref="CsvCell.Neutralise"/>).</para>
/// <para>The <see cref="CsvExportDialect.French"/> text starts with U+FEFF, which a UTF-8 writer writes as
/// the byte order mark a French Excel needs.</para>
/// </remarks>
public static class CsvReportWriter
{
    private const string LineEnd = "\r\n";

    /// <summary>Writes a report.</summary>
    /// <param name="report">The report.</param>
    /// <param name="labels">The language of titles and heads.</param>
    /// <param name="dialect">The dialect.</param>
    /// <param name="output">Where to write (UTF-8).</param>
    public static void Write(AnnualReport report, ReportLabels labels, CsvExportDialect dialect, TextWriter output)
    {
        Guard.NotNull(output, nameof(output));
        output.Write(Render(report, labels, dialect));
    }

    /// <summary>Writes a report, then its additions of contract §3' as further blocks, without rejected rows.</summary>
    /// <param name="report">The report.</param>
    /// <param name="additions">The additions, or <c>null</c> for none.</param>
    /// <param name="labels">The language of titles and heads.</param>
    /// <param name="dialect">The dialect.</param>
    /// <param name="output">Where to write (UTF-8).</param>
    /// <exception cref="ArgumentNullException">The report, the labels, the dialect or the writer is null.</exception>
    public static void Write(AnnualReport report, ReportAdditions? additions, ReportLabels labels, CsvExportDialect dialect, TextWriter output) =>
        Write(report, additions, ReportDiagnostics.Empty, labels, dialect, output);

    /// <summary>
    /// Writes a report with the diagnostics of its input beside it: its tables (the input table counting the rejected
    /// rows), its additions of contract §3' as further blocks, then a block of the rejected rows when there are some.
    /// Warnings are not written.
    /// </summary>
    /// <param name="report">The report.</param>
    /// <param name="additions">The additions, or <c>null</c> for none.</param>
    /// <param name="diagnostics">The rejected rows and warnings of the input (<see cref="ReportDiagnostics.From(LoadResult)"/>).</param>
    /// <param name="labels">The language of titles and heads.</param>
    /// <param name="dialect">The dialect.</param>
    /// <param name="output">Where to write (UTF-8).</param>
    /// <exception cref="ArgumentNullException">The report, the diagnostics, the labels, the dialect or the writer is null.</exception>
    public static void Write(AnnualReport report, ReportAdditions? additions, ReportDiagnostics diagnostics, ReportLabels labels, CsvExportDialect dialect, TextWriter output)
    {
        Guard.NotNull(output, nameof(output));
        Guard.NotNull(report, nameof(report));
        Guard.NotNull(diagnostics, nameof(diagnostics));
        var tables = new List<ReportTable>(ReportTableLayout.Tables(report, diagnostics, labels));
        if (additions is not null)
        {
            tables.AddRange(AdditionTables.Tables(additions, labels));
        }

        output.Write(Render(report, diagnostics, labels, dialect, tables));
    }

    /// <summary>The CSV text of a report, starting with U+FEFF for the French dialect.</summary>
    /// <param name="report">The report.</param>
    /// <param name="labels">The language of titles and heads.</param>
    /// <param name="dialect">The dialect.</param>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is <c>null</c>.</exception>
    public static string Render(AnnualReport report, ReportLabels labels, CsvExportDialect dialect) =>
        Render(report, labels, dialect, ReportTableLayout.Tables(report ?? throw new ArgumentNullException(nameof(report)), labels));

    /// <summary>The CSV text of a report with its tables already laid out (and perhaps changed, e.g. small counts blanked).</summary>
    /// <param name="report">The report.</param>
    /// <param name="labels">The language of titles and heads.</param>
    /// <param name="dialect">The dialect.</param>
    /// <param name="tables">The report's tables.</param>
    public static string Render(AnnualReport report, ReportLabels labels, CsvExportDialect dialect, IReadOnlyList<ReportTable> tables) =>
        Render(report, ReportDiagnostics.Empty, labels, dialect, tables);

    private static string Render(AnnualReport report, ReportDiagnostics diagnostics, ReportLabels labels, CsvExportDialect dialect, IReadOnlyList<ReportTable> tables)
    {
        Guard.NotNull(report, nameof(report));
        Guard.NotNull(labels, nameof(labels));
        Guard.NotNull(dialect, nameof(dialect));
        var text = new StringBuilder();
        if (dialect.ByteOrderMark)
        {
            text.Append('\uFEFF');
        }

        text.Append(CsvCell.Text(labels.Title(report.Year), dialect)).Append(LineEnd).Append(LineEnd);
        foreach (var table in tables)
        {
            text.Append(CsvCell.Text(table.Title, dialect)).Append(LineEnd);
            Line(text, table.Columns, dialect);
            foreach (var row in table.Rows)
            {
                var fields = new List<string> { CsvCell.Text(row.Label, dialect) };
                foreach (var number in row.Cells)
                {
                    fields.Add(CsvCell.Number(number.Value, dialect));
                }

                text.Append(string.Join(dialect.Separator.ToString(), fields)).Append(LineEnd);
            }

            text.Append(LineEnd);
        }

        if (diagnostics.HasRejections)
        {
            text.Append(CsvCell.Text(labels[Label.RejectedRows], dialect)).Append(LineEnd);
            foreach (var row in diagnostics.Rejections)
            {
                text.Append(CsvCell.Text(row.ToString(), dialect)).Append(LineEnd);
            }

            text.Append(LineEnd);
        }

        return text.ToString();
    }

    private static void Line(StringBuilder text, IEnumerable<string> cells, CsvExportDialect dialect)
    {
        var fields = new List<string>();
        foreach (var cell in cells)
        {
            fields.Add(CsvCell.Text(cell, dialect));
        }

        text.Append(string.Join(dialect.Separator.ToString(), fields)).Append(LineEnd);
    }
}
