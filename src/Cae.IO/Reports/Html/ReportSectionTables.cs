using System.Collections.Generic;
using System.Linq;
using Cae.IO.Reports.Tables;

namespace Cae.IO.Reports.Html;

/// <summary>
/// The tables of <see cref="ReportTableLayout"/> handed out to the page's sections by title, each once; the
/// tables no section asked for stay in <see cref="Unclaimed"/>, so a table added to the layout is never lost.
/// </summary>
internal sealed class ReportSectionTables
{
    private readonly List<ReportTable> tables;

    /// <summary>Holds the tables.</summary>
    /// <param name="tables">The layout's tables, in order.</param>
    public ReportSectionTables(IEnumerable<ReportTable> tables) => this.tables = tables.ToList();

    /// <summary>The tables not written yet.</summary>
    public List<ReportTable> Unclaimed => tables;

    /// <summary>Writes the tables of these titles that the layout has, in the layout's order, and hands them out.</summary>
    /// <param name="page">The page.</param>
    /// <param name="titles">The tables' titles.</param>
    public void Write(HtmlPage page, params string[] titles)
    {
        foreach (var table in tables.Where(t => titles.Contains(t.Title)).ToList())
        {
            page.Table(table);
            tables.Remove(table);
        }
    }
}
