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
    public static int Between(LocalDate start, LocalDate end)
    {
        var months = ((end.Year - start.Year) * 12) + end.Month - start.Month;
        if (months > 0)
        {
            var lastDay = CalendarSystem.Iso.GetDaysInMonth(end.Year, end.Month);
            var day = start.Day < lastDay ? start.Day : lastDay;
            if (end.Day < day)
            {
                months--;
            }
        }

        return months;
    }
}
