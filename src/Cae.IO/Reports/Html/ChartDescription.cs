using System.Collections.Generic;
using System.Text;

namespace Cae.IO.Reports.Html;

/// <summary>The figures of a chart in words, for its <c>&lt;desc&gt;</c>: "category: series value, series value; …".</summary>
internal static class ChartDescription
{
    /// <summary>Describes categories × series.</summary>
    /// <param name="categories">The categories.</param>
    /// <param name="series">The series.</param>
    /// <param name="format">Writes a value.</param>
    /// <param name="missing">The word for an undefined value.</param>
    public static string Of(IReadOnlyList<string> categories, IReadOnlyList<ChartSeries> series, System.Func<decimal, string> format, string missing = "–")
    {
        var text = new StringBuilder();
        for (var c = 0; c < categories.Count; c++)
        {
            text.Append(c == 0 ? string.Empty : "; ").Append(categories[c]).Append(':');
            for (var s = 0; s < series.Count; s++)
            {
                text.Append(s == 0 ? " " : ", ");
                if (series.Count > 1)
                {
                    text.Append(series[s].Name).Append(' ');
                }

                text.Append(series[s].Values[c] is { } value ? format(value) : missing);
            }
        }

        return text.Append('.').ToString();
    }
}
