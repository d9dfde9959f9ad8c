using System;
using System.Collections.Generic;
using System.Text;

namespace Cae.IO.Reports.Html;

/// <summary>
/// A donut chart of a distribution (exits by category, qualifications…): one slice per positive value with
/// its percentage written on it when it is wide enough, an optional figure in the hole, and a legend that
/// gives every item's value and percentage (so nothing depends on telling colours apart).
/// </summary>
/// <remarks>Zero and undefined values get no slice but keep their line in the legend. Slices start at 12 o'clock, clockwise.</remarks>
internal static class DonutChart
{
    private const double Width = 720;
    private const double Radius = 110;
    private const double HoleRadius = 62;
    private const double CentreX = Radius + 20;
    private const double LegendRow = 22;

    /// <summary>Renders the chart as an <c>&lt;svg&gt;</c> element.</summary>
    /// <param name="labels">The items' labels.</param>
    /// <param name="values">The items' values, one per label.</param>
    /// <param name="options">Id, title, labels and value format; the value axis label heads the legend's values.</param>
    /// <param name="formatShare">Writes a share (0.25 → "25 %").</param>
    /// <param name="centre">A figure for the hole (e.g. the positive exits' rate) and its caption, or <c>null</c>.</param>
    public static string Render(
        IReadOnlyList<string> labels,
        IReadOnlyList<decimal?> values,
        ChartOptions options,
        Func<decimal, string> formatShare,
        (string Figure, string Caption)? centre = null)
    {
        var series = new[] { new ChartSeries(options.ValueAxisLabel, values) };
        BarChart.CheckShape(labels, series);
        decimal total = 0;
        foreach (var value in values)
        {
            if (value is > 0m)
            {
                total += value.Value;
            }
        }

        var legendHeight = 30 + (labels.Count * LegendRow);
        var height = Math.Max((2 * Radius) + 50, legendHeight + 10);
        var centreY = 30 + Radius;
        var svg = new SvgCanvas(options.Id, Width, height, options.Title, ChartDescription.Of(labels, series, options.FormatValue));
        svg.Text(0, 14, options.CategoryAxisLabel, bold: true);

        var start = 0m;
        for (var i = 0; i < labels.Count; i++)
        {
            if (values[i] is not > 0m || total == 0m)
            {
                continue;
            }

            var share = values[i]!.Value / total;
            var label = $"{labels[i]}: {options.FormatValue(values[i]!.Value)} ({formatShare(share)})";
            svg.Path(Slice(CentreX, centreY, start, start + share), ChartPalette.Fill(i), tooltip: label);
            if (share >= 0.05m)
            {
                var middle = Angle(start + (share / 2));
                var r = (Radius + HoleRadius) / 2;
                svg.Text(CentreX + (r * Math.Sin(middle)), centreY - (r * Math.Cos(middle)) + 4, formatShare(share), anchor: "middle", fill: ChartPalette.InkOn(i), bold: true, fontSize: 11);
            }

            start += share;
        }

        if (total == 0m)
        {
            svg.Circle(CentreX, centreY, Radius, SvgCanvas.GridColour);
            svg.Circle(CentreX, centreY, HoleRadius, "#ffffff");
        }

        if (centre is { } c)
        {
            svg.Text(CentreX, centreY + 2, c.Figure, anchor: "middle", bold: true, fontSize: 22);
            svg.Text(CentreX, centreY + 20, SvgCanvas.Shorten(c.Caption, 18), anchor: "middle", fontSize: 11);
        }

        Legend(svg, labels, values, total, options, formatShare);
        return svg.Close();
    }

    private static void Legend(SvgCanvas svg, IReadOnlyList<string> labels, IReadOnlyList<decimal?> values, decimal total, ChartOptions options, Func<decimal, string> formatShare)
    {
        var x = (2 * Radius) + 70;
        var valueX = Width - 90;
        svg.Text(valueX, 40, options.ValueAxisLabel, anchor: "end", bold: true);
        svg.Text(Width - 4, 40, "%", anchor: "end", bold: true);
        for (var i = 0; i < labels.Count; i++)
        {
            var y = 50 + (i * LegendRow);
            svg.Rect(x, y + 3, 12, 12, ChartPalette.Fill(i));
            svg.Text(x + 18, y + 13, SvgCanvas.Shorten(labels[i], 30));
            svg.Text(valueX, y + 13, values[i] is { } v ? options.FormatValue(v) : "–", anchor: "end");
            svg.Text(Width - 4, y + 13, values[i] is > 0m && total > 0m ? formatShare(values[i]!.Value / total) : "–", anchor: "end");
        }
    }

    /// <summary>The path of the slice from fraction <paramref name="from"/> to <paramref name="to"/> of the turn.</summary>
    private static string Slice(double cx, double cy, decimal from, decimal to)
    {
        if (to - from >= 0.9999m)
        {
            // A whole ring: two half arcs (one arc cannot start and end at the same point).
            return Ring(cx, cy);
        }

        var a1 = Angle(from);
        var a2 = Angle(to);
        var large = to - from > 0.5m ? '1' : '0';
        var path = new StringBuilder();
        Move(path, 'M', cx + (Radius * Math.Sin(a1)), cy - (Radius * Math.Cos(a1)));
        Arc(path, Radius, large, '1', cx + (Radius * Math.Sin(a2)), cy - (Radius * Math.Cos(a2)));
        Move(path, 'L', cx + (HoleRadius * Math.Sin(a2)), cy - (HoleRadius * Math.Cos(a2)));
        Arc(path, HoleRadius, large, '0', cx + (HoleRadius * Math.Sin(a1)), cy - (HoleRadius * Math.Cos(a1)));
        return path.Append('Z').ToString();
    }

    private static string Ring(double cx, double cy)
    {
        var path = new StringBuilder();
        Move(path, 'M', cx, cy - Radius);
        Arc(path, Radius, '1', '1', cx, cy + Radius);
        Arc(path, Radius, '1', '1', cx, cy - Radius);
        Move(path, 'M', cx, cy - HoleRadius);
        Arc(path, HoleRadius, '1', '0', cx, cy + HoleRadius);
        Arc(path, HoleRadius, '1', '0', cx, cy - HoleRadius);
        return path.Append('Z').ToString();
    }

    private static double Angle(decimal fraction) => (double)fraction * 2 * Math.PI;

    private static void Move(StringBuilder path, char command, double x, double y) =>
        path.Append(command).Append(SvgNumber.Format(x)).Append(' ').Append(SvgNumber.Format(y)).Append(' ');

    private static void Arc(StringBuilder path, double radius, char large, char sweep, double x, double y) =>
        path.Append('A').Append(SvgNumber.Format(radius)).Append(' ').Append(SvgNumber.Format(radius)).Append(" 0 ")
            .Append(large).Append(' ').Append(sweep).Append(' ').Append(SvgNumber.Format(x)).Append(' ').Append(SvgNumber.Format(y)).Append(' ');
}
