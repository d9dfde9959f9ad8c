using System;
using System.Globalization;

namespace Cae.IO.Reports.Html;

/// <summary>
/// Formats the numbers of SVG attributes (coordinates, sizes): invariant culture, at most two decimals,
/// never an exponent nor a negative zero, so that the same chart always gives the same bytes.
/// </summary>
internal static class SvgNumber
{
    /// <summary>The coordinate rounded to two decimals, half away from zero, e.g. <c>12.5</c>, <c>0</c>, <c>-3.25</c>.</summary>
    /// <param name="value">A finite coordinate.</param>
    /// <exception cref="ArgumentOutOfRangeException">The value is not finite.</exception>
    public static string Format(double value)
    {
        if (double.IsNaN(value) || double.IsInfinity(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "An SVG coordinate must be finite.");
        }

        var rounded = Math.Round((decimal)value, 2, MidpointRounding.AwayFromZero);
        return rounded == 0m ? "0" : rounded.ToString("0.##", CultureInfo.InvariantCulture);
    }
}
