using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using Cae.Cli.Infrastructure;
using Cae.Rules.Indicators;

namespace Cae.Cli.Commands;

/// <summary>
/// The year of a report (<c>report</c>, <c>whatif</c>): <c>--year</c> when it is one of the years the data covers
/// (data contract §2'), else the default year (<see cref="DataCoverage.DefaultYear"/>), with a note on stderr
/// saying which year was taken and why.
/// </summary>
internal static class ReportYear
{
    /// <summary>Reads <c>--year</c>: a whole number, or <c>null</c> when absent.</summary>
    /// <param name="text">The option's text.</param>
    /// <exception cref="UsageException">The text is not a whole number.</exception>
    public static int? Parse(string? text)
    {
        if (text is null)
        {
            return null;
        }

        return int.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var year)
            ? year
            : throw new UsageException($"cae: --year: '{Quote(text)}' is not a year (a whole number, e.g. 2015)");
    }

    /// <summary>The year to report.</summary>
    /// <param name="requested">The <c>--year</c> value, or <c>null</c>.</param>
    /// <param name="coverage">The years of the data.</param>
    /// <param name="error">Where the note on the default year goes.</param>
    /// <exception cref="UsageException">The data holds no year, or <paramref name="requested"/> is not one of its years.</exception>
    public static int Choose(int? requested, DataCoverage coverage, TextWriter error)
    {
        if (coverage.DefaultYear is not { } fallback)
        {
            throw new UsageException("cae: the input holds no accepted row, so there is no year to report.");
        }

        if (requested is { } year)
        {
            return coverage.HasData(year)
                ? year
                : throw new UsageException(FormattableString.Invariant($"cae: --year {year}: the data holds no row of {year}; it covers {Describe(coverage.Years)}."));
        }

        error.WriteLine(coverage.DefaultYearIsFull
            ? FormattableString.Invariant($"cae: year {fallback}: the last year with data in at least {DataCoverage.FullYearMonths} of its 12 months (--year for another).")
            : FormattableString.Invariant($"cae: year {fallback}: no year has data in {DataCoverage.FullYearMonths} of its 12 months, so the last year with data, in {coverage.MonthsWithData(fallback)} months (--year for another)."));
        return fallback;
    }

    /// <summary>Years as ranges: <c>2013–2015, 2017</c>.</summary>
    /// <param name="years">The years, in order.</param>
    public static string Describe(IReadOnlyList<int> years)
    {
        var text = new StringBuilder();
        for (var i = 0; i < years.Count; i++)
        {
            var start = years[i];
            while (i + 1 < years.Count && years[i + 1] == years[i] + 1)
            {
                i++;
            }

            text.Append(text.Length > 0 ? ", " : string.Empty).Append(start.ToString(CultureInfo.InvariantCulture));
            if (years[i] != start)
            {
                text.Append('–').Append(years[i].ToString(CultureInfo.InvariantCulture));
            }
        }

        return text.ToString();
    }

    private static string Quote(string text) => text.Length <= 80 ? text : text.Substring(0, 80) + "…";
}
