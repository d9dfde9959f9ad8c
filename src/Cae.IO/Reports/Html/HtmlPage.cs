using System.Collections.Generic;
using System.Text;
using Cae.IO.Reports.Labels;
using Cae.IO.Reports.Tables;

namespace Cae.IO.Reports.Html;

/// <summary>
/// Builds one self-contained HTML page of the report for people: the head with the inline style sheet, a
/// title, a table of contents, sections holding key-figure tiles, charts (inline SVG) and tables, and a
/// footer. No script, no external asset. Shared by the annual report and the what-if page.
/// </summary>
/// <remarks>
/// The markup is also well-formed XML (every element closed, attributes quoted, no named entity but the
/// XML ones), so it can be checked with an XML parser. Every text given is escaped here. Chart ids are
/// numbered in order, so the same report always gives the same bytes.
/// </remarks>
internal sealed class HtmlPage
{
    private readonly StringBuilder body = new();
    private readonly List<(string Id, string Title)> contents = new();
    private readonly ReportLabels labels;
    private readonly string title;
    private readonly string subtitle;
    private int charts;
    private bool inSection;

    /// <summary>Starts a page.</summary>
    /// <param name="labels">The language (the page's <c>lang</c>, the contents' title).</param>
    /// <param name="title">The page's title.</param>
    /// <param name="subtitle">The line under the title.</param>
    public HtmlPage(ReportLabels labels, string title, string subtitle)
    {
        this.labels = labels;
        this.title = title;
        this.subtitle = subtitle;
    }

    /// <summary>The language of the page.</summary>
    public ReportLabels Labels => labels;

    /// <summary>The number of charts drawn so far.</summary>
    public int ChartCount => charts;

    /// <summary>The id for the next chart: <c>chart-1</c>, <c>chart-2</c>…</summary>
    public string NextChartId() => "chart-" + (++charts).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Opens a section (closing the one before), listed in the contents; each section starts a printed page.</summary>
    /// <param name="id">The section's anchor.</param>
    /// <param name="heading">Its heading.</param>
    public void Section(string id, string heading)
    {
        EndSection();
        body.Append("<section id=\"").AppendEscaped(id).Append('"');
        if (contents.Count == 0)
        {
            body.Append(" class=\"first\"");
        }

        body.Append(">\n<h2>").AppendEscaped(heading).Append("</h2>\n");
        contents.Add((id, heading));
        inSection = true;
    }

    /// <summary>A sub-heading.</summary>
    /// <param name="text">The text.</param>
    public void Heading(string text) => body.Append("<h3>").AppendEscaped(text).Append("</h3>\n");

    /// <summary>A paragraph.</summary>
    /// <param name="text">The text.</param>
    /// <param name="note">Whether it is a muted note.</param>
    public void Paragraph(string text, bool note = false) =>
        body.Append(note ? "<p class=\"note\">" : "<p>").AppendEscaped(text).Append("</p>\n");

    /// <summary>A row of key-figure tiles.</summary>
    /// <param name="figures">The figures.</param>
    public void Tiles(IEnumerable<KeyFigure> figures)
    {
        body.Append("<div class=\"tiles\">\n");
        foreach (var figure in figures)
        {
            body.Append(figure.Highlight ? "<div class=\"tile highlight\">" : "<div class=\"tile\">")
                .Append("<span class=\"figure\">").AppendEscaped(figure.Figure).Append("</span>")
                .Append("<span class=\"caption\">").AppendEscaped(figure.Caption).Append("</span>");
            if (figure.Previous is not null)
            {
                body.Append("<span class=\"previous\">").AppendEscaped(figure.Previous).Append("</span>");
            }

            body.Append("</div>\n");
        }

        body.Append("</div>\n");
    }

    /// <summary>A chart in a figure, with its caption.</summary>
    /// <param name="caption">The caption (the chart's title).</param>
    /// <param name="svg">The chart's markup, from one of the chart classes.</param>
    public void Chart(string caption, string svg) =>
        body.Append("<figure>\n<figcaption>").AppendEscaped(caption).Append("</figcaption>\n").Append(svg).Append("\n</figure>\n");

    /// <summary>A table of the report, its numbers formatted for people; the rows labelled "Total" set apart.</summary>
    /// <param name="table">The table.</param>
    /// <param name="differences">Whether the numbers are differences (a what-if delta), written with their sign.</param>
    public void Table(ReportTable table, bool differences = false)
    {
        body.Append("<table>\n<caption>").AppendEscaped(table.Title).Append("</caption>\n<thead><tr>");
        foreach (var column in table.Columns)
        {
            body.Append("<th scope=\"col\">").AppendEscaped(column).Append("</th>");
        }

        body.Append("</tr></thead>\n<tbody>\n");
        foreach (var row in table.Rows)
        {
            body.Append(row.Label == labels.Total ? "<tr class=\"total\">" : "<tr>").Append("<th scope=\"row\">").AppendEscaped(row.Label).Append("</th>");
            foreach (var number in row.Cells)
            {
                var text = labels.Format(number);
                body.Append(differences && number.Value > 0 ? "<td class=\"up\">+" : differences && number.Value < 0 ? "<td class=\"down\">" : "<td>").AppendEscaped(text).Append("</td>");
            }

            body.Append("</tr>\n");
        }

        body.Append("</tbody>\n</table>\n");
    }

    /// <summary>Tables shown side by side where the page is wide enough (a what-if's baseline, scenario and delta), one under the other otherwise.</summary>
    /// <param name="tables">The tables, each with whether its numbers are differences.</param>
    public void SideBySide(IEnumerable<(ReportTable Table, bool Differences)> tables)
    {
        body.Append("<div class=\"side-by-side\">\n");
        foreach (var (table, differences) in tables)
        {
            Table(table, differences);
        }

        body.Append("</div>\n");
    }

    /// <summary>A list of texts (the rejected rows), each escaped.</summary>
    /// <param name="items">The texts.</param>
    public void List(IEnumerable<string> items)
    {
        body.Append("<ul class=\"rejected\">\n");
        foreach (var item in items)
        {
            body.Append("<li>").AppendEscaped(item).Append("</li>\n");
        }

        body.Append("</ul>\n");
    }

    /// <summary>Closes the page and returns it whole.</summary>
    /// <param name="footer">The footer's text.</param>
    public string Close(string footer)
    {
        EndSection();
        var page = new StringBuilder(body.Length + HtmlStyles.Css.Length + 2048);
        page.Append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"").Append(labels.Language).Append("\">\n<head>\n")
            .Append("<meta charset=\"utf-8\"/>\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
            .Append("<title>").AppendEscaped(title).Append("</title>\n<style>\n").Append(HtmlStyles.Css).Append("\n</style>\n</head>\n<body>\n")
            .Append("<header class=\"report\">\n<h1>").AppendEscaped(title).Append("</h1>\n<p class=\"subtitle\">").AppendEscaped(subtitle).Append("</p>\n");
        if (contents.Count > 1)
        {
            page.Append("<nav class=\"contents\" aria-label=\"").AppendEscaped(labels.Contents).Append("\">\n<strong>")
                .AppendEscaped(labels.Contents).Append("</strong>\n<ol>\n");
            foreach (var (id, heading) in contents)
            {
                page.Append("<li><a href=\"#").AppendEscaped(id).Append("\">").AppendEscaped(heading).Append("</a></li>\n");
            }

            page.Append("</ol>\n</nav>\n");
        }

        page.Append("</header>\n<main>\n").Append(body).Append("</main>\n<footer>\n<p>").AppendEscaped(footer).Append("</p>\n</footer>\n</body>\n</html>\n");
        return page.ToString();
    }

    private void EndSection()
    {
        if (inSection)
        {
            body.Append("</section>\n");
            inSection = false;
        }
    }
}
