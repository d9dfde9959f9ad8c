using System;
using System.Collections.Generic;

namespace Cae.IO.Reports.Html;

/// <summary>
/// A horizontal bar chart: one row per category, one bar per series (grouped), each bar with its value
/// written at its end, a value axis with grid lines and a legend when there are several series.
/// Negative values are drawn left of the zero line.
/// </summary>
/// <remarks>Horizontal bars keep long labels (establishments, units, categories) readable without rotation.</remarks>
internal static class BarChart
{
    private const double Width = 720;
    private const double BarHeight = 16;
    private const double BarGap = 3;
    private const double GroupGap = 12;
    private const double ValueRoom = 90;

    /// <summary>Renders the chart as an <c>&lt;svg&gt;</c> element.</summary>
    /// <param name="categories">The categories, top to bottom.</param>
    /// <param name="series">The series, each with one value per category.</param>
    /// <param name="options">Id, title, axis labels and value format.</param>
    public static string Render(IReadOnlyList<string> categories, IReadOnlyList<ChartSeries> series, ChartOptions options)
    {
        CheckShape(categories, series);
        var (low, high) = Range(series);
        var scale = AxisScale.Covering(low, high);
        var labelWidth = LabelWidth(categories);
        var plotLeft = labelWidth + 8;
        var plotRight = Width - ValueRoom;
        var legendHeight = series.Count > 1 ? ChartLegend.Height(plotRight - plotLeft, Names(series)) : 0;
        var top = 22 + legendHeight;
        var groupHeight = (series.Count * BarHeight) + ((series.Count - 1) * BarGap);
        var plotHeight = categories.Count * (groupHeight + GroupGap);
        var height = top + plotHeight + 44;

        var svg = new SvgCanvas(options.Id, Width, height, options.Title, ChartDescription.Of(categories, series, options.FormatValue));
        svg.Text(0, 14, options.CategoryAxisLabel, bold: true);
        if (series.Count > 1)
        {
            ChartLegend.Draw(svg, plotLeft, 20, plotRight - plotLeft, Names(series));
        }

        ValueAxis(svg, scale, plotLeft, plotRight, top, top + plotHeight, options);
        var zero = scale.Map(0, plotLeft, plotRight);
        for (var c = 0; c < categories.Count; c++)
        {
            var groupTop = top + (GroupGap / 2) + (c * (groupHeight + GroupGap));
            svg.Text(labelWidth, groupTop + (groupHeight / 2) + 4, SvgCanvas.Shorten(categories[c], 34), anchor: "end");
            for (var s = 0; s < series.Count; s++)
            {
                var y = groupTop + (s * (BarHeight + BarGap));
                var value = series[s].Values[c];
                var label = value is { } v ? options.FormatValue(v) : "–";
                var end = value is { } w ? scale.Map((double)w, plotLeft, plotRight) : zero;
                if (value is not null)
                {
                    svg.Rect(zero, y, end - zero, BarHeight, ChartPalette.Fill(s), Tooltip(categories[c], series, s, label));
                }

                var negative = end < zero;
                svg.Text(negative ? end - 4 : end + 4, y + BarHeight - 4, label, anchor: negative ? "end" : "start");
            }
        }

        svg.Line(zero, top, zero, top + plotHeight, SvgCanvas.Ink);
        return svg.Close();
    }

    /// <summary>Checks that every series has one value per category.</summary>
    /// <param name="categories">The categories.</param>
    /// <param name="series">The series.</param>
    /// <exception cref="ArgumentException">A series has another number of values, or there is no series.</exception>
    internal static void CheckShape(IReadOnlyList<string> categories, IReadOnlyList<ChartSeries> series)
    {
        if (series.Count == 0)
        {
            throw new ArgumentException("A chart needs at least one series.", nameof(series));
        }

        foreach (var s in series)
        {
            if (s.Values.Count != categories.Count)
            {
                throw new ArgumentException($"The series '{s.Name}' has {s.Values.Count} values for {categories.Count} categories.", nameof(series));
            }
        }
    }

    /// <summary>The width of the category labels' column.</summary>
    /// <param name="categories">The categories.</param>
    internal static double LabelWidth(IReadOnlyList<string> categories)
    {
        var widest = 0.0;
        foreach (var category in categories)
        {
            widest = Math.Max(widest, SvgCanvas.TextWidth(SvgCanvas.Shorten(category, 34)));
        }

        return Math.Min(Math.Max(widest, 60), 230);
    }

    /// <summary>Draws the value axis: grid lines, tick labels and the axis label under the plot.</summary>
    /// <param name="svg">The chart.</param>
    /// <param name="scale">The scale.</param>
    /// <param name="left">The plot's left.</param>
    /// <param name="right">The plot's right.</param>
    /// <param name="top">The plot's top.</param>
    /// <param name="bottom">The plot's bottom.</param>
    /// <param name="options">The labels and format.</param>
    internal static void ValueAxis(SvgCanvas svg, AxisScale scale, double left, double right, double top, double bottom, ChartOptions options)
    {
        foreach (var tick in scale.Ticks)
        {
            var x = scale.Map((double)tick, left, right);
            svg.Line(x, top, x, bottom, SvgCanvas.GridColour, 0.8);
            svg.Text(x, bottom + 15, options.FormatValue(tick), anchor: "middle", fontSize: 11);
        }

        svg.Line(left, bottom, right, bottom, SvgCanvas.Ink);
        svg.Text((left + right) / 2, bottom + 34, options.ValueAxisLabel, anchor: "middle", bold: true);
    }

    /// <summary>The smallest and largest defined values of the series (0 and 0 when none is defined).</summary>
    /// <param name="series">The series.</param>
    internal static (decimal Low, decimal High) Range(IReadOnlyList<ChartSeries> series)
    {
        decimal low = 0, high = 0;
        foreach (var s in series)
        {
            foreach (var value in s.Values)
            {
                if (value is { } v)
                {
                    low = Math.Min(low, v);
                    high = Math.Max(high, v);
                }
            }
        }

        return (low, high);
    }

    /// <summary>The series' names.</summary>
    /// <param name="series">The series.</param>
    internal static IReadOnlyList<string> Names(IReadOnlyList<ChartSeries> series)
    {
        var names = new string[series.Count];
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = series[i].Name;
        }

        return names;
    }

    private static string Tooltip(string category, IReadOnlyList<ChartSeries> series, int s, string label) =>
        series.Count > 1 ? $"{category}, {series[s].Name}: {label}" : $"{category}: {label}";
}
