using System;
using System.Collections.Generic;

namespace Cae.IO.Reports.Html;

/// <summary>
/// A linear value axis with "nice" ticks (1, 2, 2.5 or 5 times a power of ten) covering the data and zero.
/// </summary>
internal sealed class AxisScale
{
    private AxisScale(double minimum, double maximum, IReadOnlyList<decimal> ticks)
    {
        Minimum = minimum;
        Maximum = maximum;
        Ticks = ticks;
    }

    /// <summary>The value at the start of the axis (zero or the first tick below the data).</summary>
    public double Minimum { get; }

    /// <summary>The value at the end of the axis (the first tick at or above the data).</summary>
    public double Maximum { get; }

    /// <summary>The tick values, from <see cref="Minimum"/> to <see cref="Maximum"/>.</summary>
    public IReadOnlyList<decimal> Ticks { get; }

    /// <summary>A scale over the values, always including zero, with about <paramref name="targetTicks"/> intervals.</summary>
    /// <param name="low">The smallest value.</param>
    /// <param name="high">The largest value.</param>
    /// <param name="targetTicks">The wished number of intervals.</param>
    /// <param name="includeZero">Whether zero must be on the axis (bars: yes; lines: no).</param>
    public static AxisScale Covering(decimal low, decimal high, int targetTicks = 5, bool includeZero = true)
    {
        if (includeZero)
        {
            low = Math.Min(low, 0m);
            high = Math.Max(high, 0m);
        }

        if (high == low)
        {
            high = low == 0m ? 1m : low + Math.Abs(low);
            low = includeZero ? Math.Min(low, 0m) : low - Math.Abs(low);
        }

        var step = NiceStep((high - low) / targetTicks);
        var first = Math.Floor(low / step) * step;
        var last = Math.Ceiling(high / step) * step;
        var ticks = new List<decimal>();
        for (var tick = first; tick <= last; tick += step)
        {
            ticks.Add(tick == 0m ? 0m : tick);
        }

        return new AxisScale((double)first, (double)last, ticks);
    }

    /// <summary>Where a value falls between <paramref name="start"/> and <paramref name="end"/> (pixels).</summary>
    /// <param name="value">The value.</param>
    /// <param name="start">The pixel of <see cref="Minimum"/>.</param>
    /// <param name="end">The pixel of <see cref="Maximum"/>.</param>
    public double Map(double value, double start, double end) => start + ((value - Minimum) / (Maximum - Minimum) * (end - start));

    private static decimal NiceStep(decimal rough)
    {
        var power = 1m;
        while (power * 10m <= rough)
        {
            power *= 10m;
        }

        while (power > rough && power > 0.0001m)
        {
            power /= 10m;
        }

        foreach (var factor in new[] { 1m, 2m, 2.5m, 5m, 10m })
        {
            if (factor * power >= rough)
            {
                return factor * power;
            }
        }

        return 10m * power;
    }
}
