using System;
using System.Collections.Generic;
using Cae.Rules.Data;

namespace Cae.Rules.Indicators;

/// <summary>
/// Which years a dataset covers: the years that hold data, the default report year, and whether a year can be
/// shown as the year before.
/// </summary>
/// <remarks>
/// <para>A month holds data when it has an activity row; in a dataset without activity rows, when a path
/// enters or leaves in it. Only the months of the contract's range (1900-01 … 2100-12) count, so that a
/// placeholder date such as 9999-12-31 ("no end") never makes a year of its own.</para>
/// <para>Computed in one pass over the months and dates, then immutable.</para>
/// </remarks>
public sealed class DataCoverage
{
    /// <summary>The months of data a year needs to be the default year: 10 of its 12.</summary>
    public const int FullYearMonths = 10;

    private const int MinYear = 1900;
    private const int MaxYear = 2100;

    private readonly int firstMonth;
    private readonly int earliestEntry;
    private readonly bool hasActivity;
    private readonly int[] monthsByYear;

    private DataCoverage(int firstMonth, int earliestEntry, bool hasActivity, int[] monthsByYear, int? firstYear, int? lastYear)
    {
        FirstYear = firstYear;
        LastYear = lastYear;
        this.firstMonth = firstMonth;
        this.earliestEntry = earliestEntry;
        this.hasActivity = hasActivity;
        this.monthsByYear = monthsByYear;
        var years = new List<int>();
        for (var y = 0; y < monthsByYear.Length; y++)
        {
            if (monthsByYear[y] > 0)
            {
                years.Add(MinYear + y);
            }
        }

        Years = years;
        for (var i = years.Count - 1; i >= 0 && DefaultYear is null; i--)
        {
            if (monthsByYear[years[i] - MinYear] >= FullYearMonths)
            {
                DefaultYear = years[i];
                DefaultYearIsFull = true;
            }
        }

        DefaultYear ??= years.Count > 0 ? years[years.Count - 1] : null;
    }

    /// <summary>The first year the data holds anything of: an activity month or a path's entry; <c>null</c> for an empty dataset.</summary>
    public int? FirstYear { get; }

    /// <summary>The last year the data holds anything of: an activity month, an entry or an exit (within 1900–2100); <c>null</c> for an empty dataset.</summary>
    public int? LastYear { get; }

    /// <summary>The span of years a report can be computed for, as text, e.g. <c>2014–2015</c>, or <c>none</c> for an empty dataset.</summary>
    public string CoveredYears => FirstYear is { } first && LastYear is { } last
        ? (first == last ? first.ToString(System.Globalization.CultureInfo.InvariantCulture) : FormattableString.Invariant($"{first}–{last}"))
        : "none";

    /// <summary>Whether a year lies between <see cref="FirstYear"/> and <see cref="LastYear"/>, the years a report can be computed for.</summary>
    /// <param name="year">The year.</param>
    public bool Includes(int year) => FirstYear is { } first && LastYear is { } last && year >= first && year <= last;

    /// <summary>The years that hold data, in order (possibly with gaps); empty for a dataset without rows.</summary>
    public IReadOnlyList<int> Years { get; }

    /// <summary>
    /// The default report year: the last year with data in at least <see cref="FullYearMonths"/> of its 12
    /// months, or else the last year with any data; <c>null</c> when the dataset holds no data.
    /// </summary>
    public int? DefaultYear { get; }

    /// <summary>Whether <see cref="DefaultYear"/> has data in at least <see cref="FullYearMonths"/> of its months (else it is only the last year with data).</summary>
    public bool DefaultYearIsFull { get; }

    /// <summary>The coverage of a dataset (scanned once per dataset, then shared).</summary>
    /// <param name="data">The dataset.</param>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> is <c>null</c>.</exception>
    public static DataCoverage Of(CaeDataset data) => (data ?? throw new ArgumentNullException(nameof(data))).Coverage;

    /// <summary>How many months of a year hold data (0 to 12).</summary>
    /// <param name="year">The year.</param>
    public int MonthsWithData(int year) => year >= MinYear && year <= MaxYear ? monthsByYear[year - MinYear] : 0;

    /// <summary>Whether a year holds data (is one of <see cref="Years"/>).</summary>
    /// <param name="year">The year.</param>
    public bool HasData(int year) => MonthsWithData(year) > 0;

    /// <summary>Scans a dataset's months and path dates.</summary>
    internal static DataCoverage Scan(CaeDataset data)
    {
        var seen = new bool[(MaxYear - MinYear + 1) * 12];
        var lowest = CaeDataset.MonthIndex(MinYear, 1);
        var months = data.ActivityMonth;
        var first = int.MaxValue;
        var lastMonth = int.MinValue;
        for (var r = 0; r < months.Length; r++)
        {
            var m = months[r];
            first = Math.Min(first, m);
            lastMonth = Math.Max(lastMonth, m);
            Mark(seen, m - lowest);
        }

        var earliest = int.MaxValue;

        var latest = int.MinValue;
        for (var p = 0; p < data.PersonCount; p++)
        {
            var entry = data.EntryKey[p];
            earliest = Math.Min(earliest, entry);
            latest = Math.Max(latest, entry);
            if (data.ExitKey[p] != DateKey.None)
            {
                latest = Math.Max(latest, data.ExitKey[p]);
            }

            if (months.Length == 0)
            {
                Mark(seen, CaeDataset.MonthIndex(DateKey.Year(entry), DateKey.Month(entry)) - lowest);
                var exit = data.ExitKey[p];
                if (exit != DateKey.None)
                {
                    Mark(seen, CaeDataset.MonthIndex(DateKey.Year(exit), DateKey.Month(exit)) - lowest);
                }
            }
        }

        var byYear = new int[MaxYear - MinYear + 1];
        for (var i = 0; i < seen.Length; i++)
        {
            byYear[i / 12] += seen[i] ? 1 : 0;
        }

        int? firstYear = null, lastYear = null;
        if (data.PersonCount > 0 || months.Length > 0)
        {
            firstYear = Math.Min(months.Length > 0 ? first / 12 : int.MaxValue, data.PersonCount > 0 ? DateKey.Year(earliest) : int.MaxValue);
            lastYear = Math.Min(MaxYear, Math.Max(months.Length > 0 ? lastMonth / 12 : int.MinValue, data.PersonCount > 0 ? DateKey.Year(latest) : int.MinValue));
        }

        return new DataCoverage(first, earliest, months.Length > 0, byYear, firstYear, lastYear);
    }

    /// <summary>
    /// Whether the data covers a whole year, so that it can be shown as the year before: the first activity
    /// month is January of that year or earlier (without activity: the earliest entry is on or before
    /// 1 January of that year).
    /// </summary>
    /// <param name="year">The year.</param>
    public bool Covers(int year) => hasActivity
        ? firstMonth <= CaeDataset.MonthIndex(year, 1)
        : earliestEntry <= DateKey.Of(new NodaTime.LocalDate(year, 1, 1));

    private static void Mark(bool[] seen, long month)
    {
        if (month >= 0 && month < seen.Length)
        {
            seen[month] = true;
        }
    }
}
