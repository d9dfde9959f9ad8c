using System;
using Cae.Domain.Errors;
using NodaTime;

namespace Cae.Rules;

/// <summary>
/// Date arithmetic of the rules bounded by the data contract's date range, 1900-01-01 … 2100-12-31: a result
/// outside it is a <see cref="DomainRuleException"/> naming the parameter that led there, never an overflow of
/// NodaTime's calendar, whatever the parameter's value.
/// </summary>
internal static class ContractDates
{
    /// <summary>The first day of the contract's range.</summary>
    public static readonly LocalDate First = new(1900, 1, 1);

    /// <summary>The last day of the contract's range.</summary>
    public static readonly LocalDate Last = new(2100, 12, 31);

    private static readonly int LastDayNumber = Period.Between(First, Last, PeriodUnits.Days).Days;

    /// <summary>A date plus some months (the same day of month, or the target month's last day).</summary>
    /// <param name="date">The date.</param>
    /// <param name="months">The months; any value.</param>
    /// <param name="field">The parameter the months come from, named by the error.</param>
    /// <exception cref="DomainRuleException">The result falls outside the contract's range.</exception>
    public static LocalDate PlusMonths(LocalDate date, long months, string field)
    {
        var target = (((long)date.Year * 12) + date.Month - 1) + months;
        if (target < 1900L * 12 || target > (2100L * 12) + 11)
        {
            throw OutOfRange(field, months, FormattableString.Invariant($"{date:yyyy-MM-dd} + {months} months"));
        }

        return date.PlusMonths((int)(target - (((long)date.Year * 12) + date.Month - 1)));
    }

    /// <summary>A date plus some days.</summary>
    /// <param name="date">The date.</param>
    /// <param name="days">The days; any value.</param>
    /// <param name="field">The parameter the days come from, named by the error.</param>
    /// <exception cref="DomainRuleException">The result falls outside the contract's range.</exception>
    public static LocalDate PlusDays(LocalDate date, long days, string field)
    {
        if (days >= -200_000 && days <= 200_000 && date >= First && date <= Last)
        {
            // The usual case, without counting days: within NodaTime's calendar, whatever the result.
            var result = date.PlusDays((int)days);
            return result >= First && result <= Last ? result : throw OutOfRange(field, days, FormattableString.Invariant($"{date:yyyy-MM-dd} + {days} days"));
        }

        var target = DayNumber(date) + days;
        if (target < 0 || target > LastDayNumber)
        {
            throw OutOfRange(field, days, FormattableString.Invariant($"{date:yyyy-MM-dd} + {days} days"));
        }

        return First.PlusDays((int)target);
    }

    /// <summary>The days from <paramref name="from"/> to <paramref name="to"/> (negative when before), for any two dates.</summary>
    /// <param name="from">The first date.</param>
    /// <param name="to">The second date.</param>
    public static long DaysBetween(LocalDate from, LocalDate to) => DayNumber(to) - DayNumber(from);

    /// <summary>Days since 1900-01-01 (negative before), exact for every NodaTime date.</summary>
    private static long DayNumber(LocalDate date) => Period.Between(First, date, PeriodUnits.Days).Days;

    /// <summary>Whether an error is one of these bounds (rather than, say, a parameter not in force on a day).</summary>
    /// <param name="e">The error.</param>
    public static bool IsOutOfRange(DomainRuleException e) => e.Rule.EndsWith(OutsideRange, StringComparison.Ordinal);

    private const string OutsideRange = " falls outside the dates the tool handles, 1900-01-01..2100-12-31";

    private static DomainRuleException OutOfRange(string field, long value, string sum) =>
        new(field, value.ToString(System.Globalization.CultureInfo.InvariantCulture), sum + OutsideRange);
}
