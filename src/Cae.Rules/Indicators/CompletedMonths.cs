using Cae.Rules.Data;
using NodaTime;

namespace Cae.Rules.Indicators;

/// <summary>
/// The number of completed calendar months between two dates, as NodaTime's
/// <c>Period.Between(start, end, PeriodUnits.Months).Months</c> computes it, without allocating a period.
/// </summary>
/// <remarks>
/// A month is completed when adding it to the start does not pass the end, where adding months keeps the
/// day of month or, if the target month is shorter, takes its last day (31 January + 1 month = 28 February,
/// so 31 January → 28 February is one month).
/// </remarks>
internal static class CompletedMonths
{
    /// <summary>The completed months from <paramref name="start"/> to <paramref name="end"/> (end not before start).</summary>
    /// <param name="start">The first date.</param>
    /// <param name="end">The last date, not before <paramref name="start"/>.</param>
    public static int Between(LocalDate start, LocalDate end) => Between(DateKey.Of(start), DateKey.Of(end));

    /// <summary>The completed months between two <see cref="DateKey"/>s (end not before start).</summary>
    /// <param name="start">The first date's key.</param>
    /// <param name="end">The last date's key.</param>
    public static int Between(int start, int end)
    {
        unchecked
        {
            int endYear = DateKey.Year(end), endMonth = DateKey.Month(end);
            var months = ((endYear - DateKey.Year(start)) * 12) + endMonth - DateKey.Month(start);
            if (months > 0)
            {
                var lastDay = DaysInMonth(endYear, endMonth);
                var startDay = DateKey.Day(start);
                var day = startDay < lastDay ? startDay : lastDay;
                if (DateKey.Day(end) < day)
                {
                    months--;
                }
            }

            return months;
        }
    }

    private static int DaysInMonth(int year, int month) => month == 2
        ? (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28)
        : (month == 4 || month == 6 || month == 9 || month == 11 ? 30 : 31);
}
