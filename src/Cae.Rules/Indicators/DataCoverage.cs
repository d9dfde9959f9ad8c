using Cae.Rules.Data;
using NodaTime;

namespace Cae.Rules.Indicators;

/// <summary>Which years a dataset covers: the default report year and whether the year before can be compared.</summary>
public static class DataCoverage
{
    /// <summary>
    /// The last complete year of the data: the last year whose December has activity rows; without such
    /// rows, the last year whose 31 December is on or before the latest entry or exit date of the paths.
    /// </summary>
    /// <param name="data">The dataset.</param>
    /// <returns>The year, or <c>null</c> when the dataset holds no row.</returns>
    public static int? LastCompleteYear(CaeDataset data)
    {
        if (data is null)
        {
            throw new System.ArgumentNullException(nameof(data));
        }

        var months = data.ActivityMonth;
        var last = int.MinValue;
        for (var r = 0; r < months.Length; r++)
        {
            if (months[r] % 12 == 11 && months[r] > last)
            {
                last = months[r];
            }
        }

        if (last != int.MinValue)
        {
            return last / 12;
        }

        if (data.PersonCount == 0)
        {
            return null;
        }

        var latest = LocalDate.MinIsoValue;
        for (var p = 0; p < data.PersonCount; p++)
        {
            latest = LocalDate.Max(latest, data.EntryDate[p]);
            if (data.ExitDate[p] != CaeDataset.NoDate)
            {
                latest = LocalDate.Max(latest, data.ExitDate[p]);
            }
        }

        return latest.Month == 12 && latest.Day == 31 ? latest.Year : latest.Year - 1;
    }

    /// <summary>
    /// Whether the data covers a whole year, so that it can be shown as the previous year: the first
    /// activity month is January of that year or earlier (without activity: the earliest entry is on or
    /// before 1 January of that year).
    /// </summary>
    /// <param name="data">The dataset.</param>
    /// <param name="year">The year.</param>
    public static bool Covers(CaeDataset data, int year)
    {
        if (data is null)
        {
            throw new System.ArgumentNullException(nameof(data));
        }

        var months = data.ActivityMonth;
        if (months.Length > 0)
        {
            var first = int.MaxValue;
            for (var r = 0; r < months.Length; r++)
            {
                if (months[r] < first)
                {
                    first = months[r];
                }
            }

            return first <= CaeDataset.MonthIndex(year, 1);
        }

        var january = new LocalDate(year, 1, 1);
        for (var p = 0; p < data.PersonCount; p++)
        {
            if (data.EntryDate[p] <= january)
            {
                return true;
            }
        }

        return false;
    }
}
