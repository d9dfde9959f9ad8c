namespace Cae.IO.Reports.Html;

/// <summary>
/// The colours of the charts' series, chosen to stay apart when printed in grey: neighbours alternate
/// between dark and light (their lightness differs by at least 25 points of CIE L*), and every colour has
/// an ink (black or white) that reads on it.
/// </summary>
internal static class ChartPalette
{
    // (fill, ink, approximate CIE L*): dark, light, mid, very light, very dark, mid-light, mid-dark, pale.
    private static readonly (string Fill, string Ink)[] Colours =
    {
        ("#1f4e79", "#ffffff"), // dark blue, L* 32
        ("#f4b942", "#222222"), // amber, L* 78
        ("#4e9a6f", "#ffffff"), // green, L* 57
        ("#d9e5f2", "#222222"), // pale blue, L* 90
        ("#5b2a4b", "#ffffff"), // plum, L* 24
        ("#e88b6a", "#222222"), // salmon, L* 66
        ("#5f6b7a", "#ffffff"), // slate, L* 45
        ("#c9c9c9", "#222222"), // light grey, L* 81
    };

    /// <summary>The number of distinct colours; series past it reuse them in order.</summary>
    public static int Count => Colours.Length;

    /// <summary>The fill colour of series <paramref name="index"/> (from 0).</summary>
    /// <param name="index">The series' position.</param>
    public static string Fill(int index) => Colours[index % Colours.Length].Fill;

    /// <summary>The colour of a text drawn on series <paramref name="index"/>'s fill.</summary>
    /// <param name="index">The series' position.</param>
    public static string InkOn(int index) => Colours[index % Colours.Length].Ink;
}
