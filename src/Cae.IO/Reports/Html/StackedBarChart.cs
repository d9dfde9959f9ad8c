using System;
using System.Collections.Generic;

namespace Cae.IO.Reports.Html;

/// <summary>
/// A horizontal stacked bar chart: one bar per category made of one segment per series (e.g. a unit's
/// turnover split into associates and accompanied), each segment with its value written inside when it
/// fits, and the bar's total at its end. Negative parts stack left of the zero line.
/// </summary>
internal static class StackedBarChart
{
    private const double Width = 720;
    private const double BarHeight = 24;
    private const double Gap = 12;
    private const double ValueRoom = 100;

    /// <summary>Renders the chart as an <c>&lt;svg&gt;</c> element.</summary>
    /// <param name="categories">The categories (bars), top to bottom.</param>
    /// <param name="series">The series (segments), left to right.</param>
    /// <param name="options">Id, title, axis labels and value format.</param>
    public static string Render(IReadOnlyList<string> categories, IReadOnlyList<ChartSeries> series, ChartOptions options)
    {
        BarChart.CheckShape(categories, series);
        decimal low = 0, high = 0;
        for (var c = 0; c < categories.Count; c++)
        {
            var (negative, positive) = Sums(series, c);
            low = Math.Min(low, negative);
            high = Math.Max(high, positive);
        }

        var scale = AxisScale.Covering(low, high);
        var labelWidth = BarChart.LabelWidth(categories);
        var plotLeft = labelWidth + 8;
        var plotRight = Width - ValueRoom;
        var names = BarChart.Names(series);
        var top = 22 + ChartLegend.Height(plotRight - plotLeft, names);
        var plotHeight = categories.Count * (BarHeight + Gap);
        var height = top + plotHeight + 44;

        var svg = new SvgCanvas(options.Id, Width, height, options.Title, ChartDescription.Of(categories, series, options.FormatValue));
        svg.Text(0, 14, options.CategoryAxisLabel, bold: true);
        ChartLegend.Draw(svg, plotLeft, 20, plotRight - plotLeft, names);
        BarChart.ValueAxis(svg, scale, plotLeft, plotRight, top, top + plotHeight, options);
        var zero = scale.Map(0, plotLeft, plotRight);
        for (var c = 0; c < categories.Count; c++)
        {
            var y = top + (Gap / 2) + (c * (BarHeight + Gap));
            svg.Text(labelWidth, y + (BarHeight / 2) + 4, SvgCanvas.Shorten(categories[c], 34), anchor: "end");
            decimal below = 0, above = 0, total = 0;
            var defined = false;
            for (var s = 0; s < series.Count; s++)
            {
                if (series[s].Values[c] is not { } value || value == 0m)
                {
                    defined |= series[s].Values[c] is not null;
                    continue;
                }

                defined = true;
                total += value;
                var from = value < 0 ? below : above;
                var to = from + value;
                if (value < 0)
                {
                    below = to;
                }
                else
                {
                    above = to;
                }

                var x1 = scale.Map((double)from, plotLeft, plotRight);
                var x2 = scale.Map((double)to, plotLeft, plotRight);
                var label = options.FormatValue(value);
                svg.Rect(x1, y, x2 - x1, BarHeight, ChartPalette.Fill(s), $"{categories[c]}, {series[s].Name}: {label}");
                if (Math.Abs(x2 - x1) >= SvgCanvas.TextWidth(label, 11) + 8)
                {
                    svg.Text((x1 + x2) / 2, y + (BarHeight / 2) + 4, label, anchor: "middle", fill: ChartPalette.InkOn(s), fontSize: 11);
                }
            }

            var end = scale.Map((double)above, plotLeft, plotRight);
            svg.Text(end + 4, y + (BarHeight / 2) + 4, defined ? options.FormatValue(total) : "–", bold: true);
        }

        svg.Line(zero, top, zero, top + plotHeight, SvgCanvas.Ink);
        return svg.Close();
    }

    private static (decimal Negative, decimal Positive) Sums(IReadOnlyList<ChartSeries> series, int category)
    {
        decimal negative = 0, positive = 0;
        foreach (var s in series)
        {
            if (s.Values[category] is { } value)
            {
                if (value < 0)
                {
                    negative += value;
                }
                else
                {
                    positive += value;
                }
            }
        }

        return (negative, positive);
    }
}
