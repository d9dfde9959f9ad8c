using System;
using System.Collections.Generic;
using System.IO;
using Cae.IO.Reports.Tables;
using Cae.Rules.Indicators;

namespace Cae.IO.Reports.Markdown;

/// <summary>Writes a <see cref="ReportTable"/> as a Markdown table: the label column on the left, the numbers on the right.</summary>
internal static class MarkdownTable
{
    /// <summary>Writes the table's heading row, its alignment row and its rows.</summary>
    /// <param name="output">Where to write.</param>
    /// <param name="table">The table.</param>
    /// <param name="format">The text of a number, given its column (0 for the first number).</param>
    public static void Write(TextWriter output, ReportTable table, Func<int, ReportNumber, string> format)
    {
        Row(output, table.Columns);
        output.Write('|');
        for (var c = 0; c < table.Columns.Count; c++)
        {
            output.Write(c == 0 ? " --- |" : " ---: |");
        }

        output.Write('\n');
        foreach (var row in table.Rows)
        {
            var cells = new List<string> { row.Label };
            for (var c = 0; c < row.Cells.Count; c++)
            {
                cells.Add(format(c, row.Cells[c]));
            }

            Row(output, cells);
        }
    }

    /// <summary>Writes one row of cells, escaped.</summary>
    /// <param name="output">Where to write.</param>
    /// <param name="cells">The cells.</param>
    public static void Row(TextWriter output, IReadOnlyList<string> cells)
    {
        output.Write('|');
        foreach (var cell in cells)
        {
            output.Write(' ');
            output.Write(MarkdownText.Escape(cell));
            output.Write(" |");
        }

        output.Write('\n');
    }
}
