using System;
using System.Collections.Generic;
using System.Text;

namespace Cae.IO.Reports.Html;

/// <summary>
/// A line chart over a numeric x (a what-if sweep: a figure of the report as a parameter varies): one line
/// per series with a marker of its own shape at each point (circle, square, triangle, diamond, so that the
/// lines stay apart in grey), the values written at the points when there are few, both axes labelled.
/// </summary>
/// <remarks>An undefined value breaks its line. The value axis need not start at zero.</remarks>
internal static class LineChart
{
    private const double Width = 720;
    private const double PlotHeight = 240;
    private const double Left = 84;
    private const double Right = 24;
    private const int MaxLabelledPoints = 24;

    /// <summary>Renders the chart as an <c>&lt;svg&gt;</c> element.</summary>
    /// <param name="x">The x values, increasing.</param>
    /// <param name="series">The series, each with one value per x.</param>
    /// <param name="options">Id, title, axis labels (category = x) and value format.</param>
    /// <param name="formatX">Writes an x value.</param>
    public static string Render(IReadOnlyList<decimal> x, IReadOnlyList<ChartSeries> series, ChartOptions options, Func<decimal, string> formatX)
    {
        var xLabels = new string[x.Count];
        for (var i = 0; i < x.Count; i++)
        {
            xLabels[i] = formatX(x[i]);
        }

        BarChart.CheckShape(xLabels, series);
        var (low, high) = Range(series);
        var yScale = AxisScale.Covering(low, high, includeZero: false);
        var xScale = x.Count == 0 ? AxisScale.Covering(0, 1) : AxisScale.Covering(x[0], x[^1], targetTicks: Math.Min(8, Math.Max(1, x.Count - 1)), includeZero: false);
        var names = BarChart.Names(series);
        var legendHeight = series.Count > 1 ? ChartLegend.Height(Width - Left - Right, names) : 0;
        var top = 28 + legendHeight;
        var bottom = top + PlotHeight;
        var right = Width - Right;
        var height = bottom + 48;

        var svg = new SvgCanvas(options.Id, Width, height, options.Title, ChartDescription.Of(xLabels, series, options.FormatValue));
        if (series.Count > 1)
        {
            ChartLegend.Draw(svg, Left, 4, Width - Left - Right, names);
        }

        foreach (var tick in yScale.Ticks)
        {
            var y = yScale.Map((double)tick, bottom, top);
            svg.Line(Left, y, right, y, SvgCanvas.GridColour, 0.8);
            svg.Text(Left - 6, y + 4, options.FormatValue(tick), anchor: "end", fontSize: 11);
        }

        foreach (var tick in xScale.Ticks)
        {
            var px = xScale.Map((double)tick, Left, right);
            svg.Line(px, bottom, px, bottom + 4, SvgCanvas.Ink);
            svg.Text(px, bottom + 17, formatX(tick), anchor: "middle", fontSize: 11);
        }

        svg.Line(Left, top, Left, bottom, SvgCanvas.Ink);
        svg.Line(Left, bottom, right, bottom, SvgCanvas.Ink);
        svg.VerticalText(14, (top + bottom) / 2, options.ValueAxisLabel);
        svg.Text((Left + right) / 2, bottom + 38, options.CategoryAxisLabel, anchor: "middle", bold: true);

        var labelled = x.Count * series.Count <= MaxLabelledPoints;
        for (var s = 0; s < series.Count; s++)
        {
            var path = new StringBuilder();
            var pen = 'M';
            for (var i = 0; i < x.Count; i++)
            {
                if (series[s].Values[i] is not { } value)
                {
                    pen = 'M';
                    continue;
                }

                path.Append(pen).Append(SvgNumber.Format(xScale.Map((double)x[i], Left, right))).Append(' ')
                    .Append(SvgNumber.Format(yScale.Map((double)value, bottom, top))).Append(' ');
                pen = 'L';
            }

            if (path.Length > 0)
            {
                svg.Path(path.ToString().TrimEnd(), "none", ChartPalette.Fill(s), 2.5);
            }

            for (var i = 0; i < x.Count; i++)
            {
                if (series[s].Values[i] is not { } value)
                {
                    continue;
                }

                var px = xScale.Map((double)x[i], Left, right);
                var py = yScale.Map((double)value, bottom, top);
                var label = options.FormatValue(value);
                Marker(svg, s, px, py, $"{series[s].Name}, {xLabels[i]}: {label}");
                if (labelled)
                {
                    svg.Text(px, py - 9, label, anchor: "middle", fontSize: 11);
                }
            }
        }

        return svg.Close();
    }

    private static void Marker(SvgCanvas svg, int series, double x, double y, string tooltip)
    {
        const double r = 5;
        var fill = ChartPalette.Fill(series);
        switch (series % 4)
        {
            case 0:
                svg.Circle(x, y, r, fill, tooltip);
                break;
            case 1:
                svg.Rect(x - r, y - r, 2 * r, 2 * r, fill, tooltip);
                break;
            case 2:
                svg.Path(Polygon((x, y - r - 1), (x + r + 1, y + r), (x - r - 1, y + r)), fill, tooltip: tooltip);
                break;
            default:
                svg.Path(Polygon((x, y - r - 1), (x + r + 1, y), (x, y + r + 1), (x - r - 1, y)), fill, tooltip: tooltip);
                break;
        }
    }

    private static string Polygon(params (double X, double Y)[] points)
    {
        var path = new StringBuilder();
        for (var i = 0; i < points.Length; i++)
        {
            path.Append(i == 0 ? 'M' : 'L').Append(SvgNumber.Format(points[i].X)).Append(' ').Append(SvgNumber.Format(points[i].Y)).Append(' ');
        }

        return path.Append('Z').ToString();
    }

    private static (decimal Low, decimal High) Range(IReadOnlyList<ChartSeries> series)
    {
        decimal? low = null, high = null;
        foreach (var s in series)
        {
            foreach (var value in s.Values)
            {
                if (value is { } v)
                {
                    low = low is { } l ? Math.Min(l, v) : v;
                    high = high is { } h ? Math.Max(h, v) : v;
                }
            }
        }

        return (low ?? 0m, high ?? 1m);
    }
}
