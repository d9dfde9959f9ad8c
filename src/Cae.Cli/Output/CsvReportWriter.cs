using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using Cae.Rules.Indicators;

namespace Cae.Cli.Output;

/// <summary>
/// Writes the report's tables as CSV blocks: for each table a line with its title, the heading line and
/// its rows, then an empty line; the rejected rows last.
/// </summary>
/// <remarks>
/// Comma-separated, fields quoted when they hold a comma, a quote or a line break (quotes doubled). Numbers
/// are invariant and exact (<c>1234.5</c>, rates as fractions), empty when undefined. A text cell that a
/// spreadsheet would run as a formula (beginning with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a
/// carriage return, and not a number) is prefixed with <c>'</c>.
/// </remarks>
public static class CsvReportWriter
{
    /// <summary>Writes a report.</summary>
    /// <param name="report">The report.</param>
    /// <param name="labels">The language of titles and headings.</param>
    /// <param name="output">Where to write.</param>
    public static void Write(AnnualReport report, ReportLabels labels, TextWriter output)
    {
        WriteLine(output, new[] { labels.Title(report.Year) });
        output.Write('\n');
        foreach (var table in ReportTableLayout.Tables(report, labels))
        {
            WriteLine(output, new[] { table.Title });
            WriteLine(output, table.Columns);
            foreach (var row in table.Rows)
            {
                var cells = new List<string> { row.Label };
                foreach (var number in row.Cells)
                {
                    cells.Add(number.Value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty);
                }

                WriteLine(output, cells);
            }

            output.Write('\n');
        }

        if (report.RejectedRows.Count > 0)
        {
            WriteLine(output, new[] { labels.RejectedRows });
            foreach (var row in report.RejectedRows)
            {
                WriteLine(output, new[] { row });
            }

            output.Write('\n');
        }
    }

    /// <summary>One CSV field: neutralised against formulas, then quoted when needed.</summary>
    /// <param name="text">The cell's text.</param>
    public static string Field(string text)
    {
        if (text.Length > 0 && IsFormulaStart(text[0]) && !IsNumber(text))
        {
            text = "'" + text;
        }

        if (text.IndexOfAny(new[] { ',', '"', '\n', '\r' }) < 0)
        {
            return text;
        }

        return "\"" + text.Replace("\"", "\"\"") + "\"";
    }

    private static void WriteLine(TextWriter output, IEnumerable<string> cells)
    {
        var line = new StringBuilder();
        foreach (var cell in cells)
        {
            if (line.Length > 0)
            {
                line.Append(',');
            }

            line.Append(Field(cell));
        }

        output.Write(line.Append('\n').ToString());
    }

    private static bool IsFormulaStart(char c) => c is '=' or '+' or '-' or '@' or '\t' or '\r';

    private static bool IsNumber(string text) =>
        decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _);
}
