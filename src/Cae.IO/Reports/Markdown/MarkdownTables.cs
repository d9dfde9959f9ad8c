using System.Collections.Generic;
using System.IO;
using Cae.IO.Reports.Labels;
using Cae.IO.Reports.Tables;

namespace Cae.IO.Reports.Markdown;

/// <summary>Writes report tables as Markdown sections (a <c>##</c> title, a pipe table, numbers right-aligned), as the annual report does.</summary>
internal static class MarkdownTables
{
    /// <summary>Writes the tables.</summary>
    public static void Write(IEnumerable<ReportTable> tables, ReportLabels labels, TextWriter output)
    {
        foreach (var table in tables)
        {
            output.Write("\n## ");
            output.Write(Escape(table.Title));
            output.Write("\n\n");
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
                foreach (var number in row.Cells)
                {
                    cells.Add(labels.Format(number));
                }

                Row(output, cells);
            }
        }
    }

    private static void Row(TextWriter output, IReadOnlyList<string> cells)
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
