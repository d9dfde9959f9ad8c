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
            output.Write(MarkdownText.Escape(table.Title));
            output.Write("\n\n");
            MarkdownTable.Write(output, table, (_, number) => labels.Format(number));
        }
    }
}
