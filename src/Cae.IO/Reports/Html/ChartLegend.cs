using System.Collections.Generic;

namespace Cae.IO.Reports.Html;

/// <summary>A chart's legend: colour swatches with the series' names, in rows that wrap at the width given.</summary>
internal static class ChartLegend
{
    /// <summary>The height of one row.</summary>
    public const double RowHeight = 20;

    private const int MaxNameLength = 40;

    /// <summary>The height the legend takes, with a gap under it.</summary>
    /// <param name="width">The width available.</param>
    /// <param name="names">The series' names.</param>
    public static double Height(double width, IReadOnlyList<string> names) => names.Count == 0 ? 0 : (Layout(width, names, null, 0, 0) + 1) * RowHeight + 6;

    /// <summary>Draws the legend from its top-left corner.</summary>
    /// <param name="svg">The chart.</param>
    /// <param name="x">Left.</param>
    /// <param name="y">Top.</param>
    /// <param name="width">The width available.</param>
    /// <param name="names">The series' names, in palette order.</param>
    public static void Draw(SvgCanvas svg, double x, double y, double width, IReadOnlyList<string> names) => Layout(width, names, svg, x, y);

    /// <summary>Lays the items out (drawing them when <paramref name="svg"/> is given) and returns the index of the last row.</summary>
    private static int Layout(double width, IReadOnlyList<string> names, SvgCanvas? svg, double x, double y)
    {
        var left = 0.0;
        var row = 0;
        for (var i = 0; i < names.Count; i++)
        {
            var name = SvgCanvas.Shorten(names[i], MaxNameLength);
            var itemWidth = 18 + SvgCanvas.TextWidth(name) + 16;
            if (left > 0 && left + itemWidth > width)
            {
                left = 0;
                row++;
            }

            if (svg is not null)
            {
                var top = y + (row * RowHeight);
                svg.Rect(x + left, top + 2, 12, 12, ChartPalette.Fill(i));
                svg.Text(x + left + 17, top + 12, name);
            }

            left += itemWidth;
        }

        return row;
    }
}
