using System.Text;

namespace Cae.IO.Reports.Html;

/// <summary>
/// Writes one accessible inline SVG chart: an <c>&lt;svg role="img"&gt;</c> named by its title, with a
/// <c>&lt;title&gt;</c> and a <c>&lt;desc&gt;</c> that lists the figures for screen readers, and shapes whose
/// coordinates are formatted by <see cref="SvgNumber"/> and whose texts are escaped by <see cref="HtmlText"/>.
/// </summary>
/// <remarks>The markup is also well-formed XML. Text is drawn in the page's font, in <see cref="FontSize"/> pixels.</remarks>
internal sealed class SvgCanvas
{
    /// <summary>The size of the chart's texts, in pixels.</summary>
    public const double FontSize = 12;

    /// <summary>The colour of texts, axes and labels.</summary>
    public const string Ink = "#222222";

    /// <summary>The colour of grid lines.</summary>
    public const string GridColour = "#d0d0d0";

    private readonly StringBuilder markup = new();

    /// <summary>Starts a chart.</summary>
    /// <param name="id">The chart's id, unique in the page (the description's id derives from it).</param>
    /// <param name="width">The width, in pixels.</param>
    /// <param name="height">The height, in pixels.</param>
    /// <param name="title">The chart's title, its accessible name.</param>
    /// <param name="description">The figures in words.</param>
    public SvgCanvas(string id, double width, double height, string title, string description)
    {
        markup.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" id=\"").AppendEscaped(id)
            .Append("\" role=\"img\" aria-label=\"").AppendEscaped(title)
            .Append("\" aria-describedby=\"").AppendEscaped(id).Append("-desc\" width=\"").Append(SvgNumber.Format(width))
            .Append("\" height=\"").Append(SvgNumber.Format(height))
            .Append("\" viewBox=\"0 0 ").Append(SvgNumber.Format(width)).Append(' ').Append(SvgNumber.Format(height))
            .Append("\" font-size=\"").Append(SvgNumber.Format(FontSize)).Append("\" fill=\"").Append(Ink).Append("\">\n")
            .Append("<title>").AppendEscaped(title).Append("</title>\n")
            .Append("<desc id=\"").AppendEscaped(id).Append("-desc\">").AppendEscaped(description).Append("</desc>\n");
    }

    /// <summary>An estimate of the width of a text in the chart's font, in pixels (for layout only).</summary>
    /// <param name="text">The text.</param>
    /// <param name="fontSize">The font size.</param>
    public static double TextWidth(string text, double fontSize = FontSize) => text.Length * fontSize * 0.6;

    /// <summary>A text shortened to at most <paramref name="maxLength"/> characters, ending by an ellipsis when cut.</summary>
    /// <param name="text">The text.</param>
    /// <param name="maxLength">The most characters kept (at least 2).</param>
    public static string Shorten(string text, int maxLength) =>
        text.Length <= maxLength ? text : text.Substring(0, maxLength - 1) + "…";

    /// <summary>A filled rectangle, with an optional tooltip.</summary>
    /// <param name="x">Left.</param>
    /// <param name="y">Top.</param>
    /// <param name="width">Width (a negative width is drawn from <paramref name="x"/> leftwards).</param>
    /// <param name="height">Height.</param>
    /// <param name="fill">The fill colour.</param>
    /// <param name="tooltip">A tooltip (the figure and its label), or <c>null</c>.</param>
    public void Rect(double x, double y, double width, double height, string fill, string? tooltip = null)
    {
        if (width < 0)
        {
            x += width;
            width = -width;
        }

        markup.Append("<rect x=\"").Append(SvgNumber.Format(x)).Append("\" y=\"").Append(SvgNumber.Format(y))
            .Append("\" width=\"").Append(SvgNumber.Format(width)).Append("\" height=\"").Append(SvgNumber.Format(height))
            .Append("\" fill=\"").Append(fill).Append("\" stroke=\"#333333\" stroke-width=\"0.6\"");
        EndShape("rect", tooltip);
    }

    /// <summary>A straight line.</summary>
    /// <param name="x1">Start x.</param>
    /// <param name="y1">Start y.</param>
    /// <param name="x2">End x.</param>
    /// <param name="y2">End y.</param>
    /// <param name="stroke">The colour.</param>
    /// <param name="width">The stroke width.</param>
    /// <param name="dashed">Whether the line is dashed.</param>
    public void Line(double x1, double y1, double x2, double y2, string stroke, double width = 1, bool dashed = false)
    {
        markup.Append("<line x1=\"").Append(SvgNumber.Format(x1)).Append("\" y1=\"").Append(SvgNumber.Format(y1))
            .Append("\" x2=\"").Append(SvgNumber.Format(x2)).Append("\" y2=\"").Append(SvgNumber.Format(y2))
            .Append("\" stroke=\"").Append(stroke).Append("\" stroke-width=\"").Append(SvgNumber.Format(width)).Append('"');
        if (dashed)
        {
            markup.Append(" stroke-dasharray=\"4 3\"");
        }

        markup.Append("/>\n");
    }

    /// <summary>A text.</summary>
    /// <param name="x">The anchor's x.</param>
    /// <param name="y">The baseline's y.</param>
    /// <param name="text">The text (escaped here).</param>
    /// <param name="anchor">The SVG <c>text-anchor</c>: <c>start</c>, <c>middle</c> or <c>end</c>.</param>
    /// <param name="fill">The colour, or <c>null</c> for <see cref="Ink"/>.</param>
    /// <param name="bold">Whether the text is bold.</param>
    /// <param name="fontSize">The font size, or <c>null</c> for <see cref="FontSize"/>.</param>
    public void Text(double x, double y, string text, string anchor = "start", string? fill = null, bool bold = false, double? fontSize = null)
    {
        markup.Append("<text x=\"").Append(SvgNumber.Format(x)).Append("\" y=\"").Append(SvgNumber.Format(y)).Append('"');
        if (anchor != "start")
        {
            markup.Append(" text-anchor=\"").Append(anchor).Append('"');
        }

        if (fill is not null)
        {
            markup.Append(" fill=\"").Append(fill).Append('"');
        }

        if (bold)
        {
            markup.Append(" font-weight=\"bold\"");
        }

        if (fontSize is { } size)
        {
            markup.Append(" font-size=\"").Append(SvgNumber.Format(size)).Append('"');
        }

        markup.Append('>').AppendEscaped(text).Append("</text>\n");
    }

    /// <summary>A text turned a quarter left (a vertical axis label).</summary>
    /// <param name="x">The anchor's x.</param>
    /// <param name="y">The anchor's y.</param>
    /// <param name="text">The text.</param>
    public void VerticalText(double x, double y, string text)
    {
        markup.Append("<text x=\"").Append(SvgNumber.Format(x)).Append("\" y=\"").Append(SvgNumber.Format(y))
            .Append("\" text-anchor=\"middle\" transform=\"rotate(-90 ").Append(SvgNumber.Format(x)).Append(' ').Append(SvgNumber.Format(y))
            .Append(")\">").AppendEscaped(text).Append("</text>\n");
    }

    /// <summary>A path, filled or stroked.</summary>
    /// <param name="data">The path data, built with <see cref="SvgNumber"/>.</param>
    /// <param name="fill">The fill colour, or <c>none</c>.</param>
    /// <param name="stroke">The stroke colour, or <c>none</c>.</param>
    /// <param name="strokeWidth">The stroke width.</param>
    /// <param name="tooltip">A tooltip, or <c>null</c>.</param>
    public void Path(string data, string fill, string stroke = "#ffffff", double strokeWidth = 1, string? tooltip = null)
    {
        markup.Append("<path d=\"").Append(data).Append("\" fill=\"").Append(fill).Append("\" stroke=\"").Append(stroke)
            .Append("\" stroke-width=\"").Append(SvgNumber.Format(strokeWidth)).Append("\" stroke-linejoin=\"round\"");
        EndShape("path", tooltip);
    }

    /// <summary>A circle.</summary>
    /// <param name="cx">Centre x.</param>
    /// <param name="cy">Centre y.</param>
    /// <param name="radius">Radius.</param>
    /// <param name="fill">The fill colour.</param>
    /// <param name="tooltip">A tooltip, or <c>null</c>.</param>
    public void Circle(double cx, double cy, double radius, string fill, string? tooltip = null)
    {
        markup.Append("<circle cx=\"").Append(SvgNumber.Format(cx)).Append("\" cy=\"").Append(SvgNumber.Format(cy))
            .Append("\" r=\"").Append(SvgNumber.Format(radius)).Append("\" fill=\"").Append(fill).Append("\" stroke=\"#ffffff\" stroke-width=\"1\"");
        EndShape("circle", tooltip);
    }

    /// <summary>Ends the chart and returns its markup.</summary>
    public string Close() => markup.Append("</svg>").ToString();

    private void EndShape(string element, string? tooltip)
    {
        if (tooltip is null)
        {
            markup.Append("/>\n");
        }
        else
        {
            markup.Append("><title>").AppendEscaped(tooltip).Append("</title></").Append(element).Append(">\n");
        }
    }
}
