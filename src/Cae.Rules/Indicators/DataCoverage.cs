using System;
using Cae.Rules.Data;

namespace Cae.Rules.Indicators;

/// <summary>Which years a dataset covers: the default report year and whether a year can be shown as the year before.</summary>
/// <remarks>Computed in one pass over the months and dates, then immutable.</remarks>
public sealed class DataCoverage
{
    private readonly int firstMonth;
    private readonly int earliestEntry;
    private readonly bool hasActivity;

    private DataCoverage(int firstMonth, int earliestEntry, bool hasActivity, int? lastCompleteYear, int? firstYear, int? lastYear)
    {
        this.firstMonth = firstMonth;
        this.earliestEntry = earliestEntry;
        this.hasActivity = hasActivity;
        LastCompleteYear = lastCompleteYear;
        FirstYear = firstYear;
        LastYear = lastYear;
    }

    /// <summary>The first year the data holds anything of: an activity month or a path's entry; <c>null</c> for an empty dataset.</summary>
    public int? FirstYear { get; }

    /// <summary>The last year the data holds anything of: an activity month, an entry or an exit; <c>null</c> for an empty dataset.</summary>
    public int? LastYear { get; }

    /// <summary>The covered years as text, e.g. <c>2014–2015</c>, or <c>none</c> for an empty dataset.</summary>
    public string CoveredYears => FirstYear is { } first && LastYear is { } last
        ? (first == last ? first.ToString(System.Globalization.CultureInfo.InvariantCulture) : FormattableString.Invariant($"{first}–{last}"))
        : "none";

    /// <summary>Whether a year is one of the years the data covers (<see cref="FirstYear"/> to <see cref="LastYear"/>).</summary>
    /// <param name="year">The year.</param>
    public bool Includes(int year) => FirstYear is { } first && LastYear is { } last && year >= first && year <= last;

    /// <summary>
    /// The last complete year of the data: the last year whose December has activity rows; without such
    /// rows, the last year whose 31 December is on or before the latest entry or exit date of the paths;
    /// <c>null</c> when the dataset holds no row.
    /// </summary>
    public int? LastCompleteYear { get; }

    /// <summary>The coverage of a dataset (scanned once per dataset, then shared).</summary>
    /// <param name="data">The dataset.</param>
    public static DataCoverage Of(CaeDataset data) => (data ?? throw new ArgumentNullException(nameof(data))).Coverage;

    /// <summary>Scans a dataset's months and path dates.</summary>
    internal static DataCoverage Scan(CaeDataset data)
    {
        var months = data.ActivityMonth;
        int first = int.MaxValue, lastDecember = int.MinValue, lastMonth = int.MinValue;
        for (var r = 0; r < months.Length; r++)
        {
            var m = months[r];
            if (m < first)
            {
                first = m;
            }

            if (m > lastMonth)
            {
                lastMonth = m;
            }

            if (m % 12 == 11 && m > lastDecember)
            {
                lastDecember = m;
            }
        }

        int earliest = int.MaxValue, latest = int.MinValue;
        for (var p = 0; p < data.PersonCount; p++)
        {
            earliest = Math.Min(earliest, data.EntryKey[p]);
            latest = Math.Max(latest, data.EntryKey[p]);
            if (data.ExitKey[p] != DateKey.None)
            {
                latest = Math.Max(latest, data.ExitKey[p]);
            }
        }

        int? year = lastDecember != int.MinValue
            ? lastDecember / 12
            : data.PersonCount == 0
                ? null
                : DateKey.Month(latest) == 12 && DateKey.Day(latest) == 31 ? DateKey.Year(latest) : DateKey.Year(latest) - 1;
        int? firstYear = null, lastYear = null;
        if (data.PersonCount > 0 || months.Length > 0)
        {
            firstYear = Math.Min(months.Length > 0 ? first / 12 : int.MaxValue, data.PersonCount > 0 ? DateKey.Year(earliest) : int.MaxValue);
            lastYear = Math.Max(months.Length > 0 ? lastMonth / 12 : int.MinValue, data.PersonCount > 0 ? DateKey.Year(latest) : int.MinValue);
        }

        return new DataCoverage(first, earliest, months.Length > 0, year, firstYear, lastYear);
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
}
