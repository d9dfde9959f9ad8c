using System;
using System.Collections.Generic;
using Cae.Domain.Paths;
using Cae.Domain.Policy;
using Cae.Rules.Indicators;
using NodaTime;

namespace Cae.Rules.Forecast;

/// <summary>
/// The monthly exit rates by months of support observed over a window of years: for each number of completed
/// months of support d (0 … support limit − 1), the exits before the support limit that happened at d over the
/// person-months spent at d (data contract §7').
/// </summary>
/// <remarks>
/// A person is at risk in a calendar month of the window when entered by its last day and not exited before its
/// first day, and before the end of the support limit; the months of support are counted from the entry date
/// to the first day of the month (0 in the month of entry). Exits on or after the end of the support limit are
/// the limit's, projected by the assembly rule, not by these rates. Immutable.
/// </remarks>
public sealed class ExitHazard
{
    private readonly long[] exits;
    private readonly long[] exposure;

    private ExitHazard(long[] exits, long[] exposure, int firstYear, int lastYear)
    {
        this.exits = exits;
        this.exposure = exposure;
        FirstYear = firstYear;
        LastYear = lastYear;
    }

    /// <summary>The first year of the observation window.</summary>
    public int FirstYear { get; }

    /// <summary>The last year of the observation window.</summary>
    public int LastYear { get; }

    /// <summary>The number of months of support the rates cover (the longest support limit of the paths).</summary>
    public int Months => exits.Length;

    /// <summary>The exits observed in the window before the support limit.</summary>
    public long ObservedExits
    {
        get
        {
            long sum = 0;
            foreach (var e in exits)
            {
                sum += e;
            }

            return sum;
        }
    }

    /// <summary>The person-months at risk observed in the window.</summary>
    public long ObservedPersonMonths
    {
        get
        {
            long sum = 0;
            foreach (var e in exposure)
            {
                sum += e;
            }

            return sum;
        }
    }

    /// <summary>Observes the exit rates over the calendar years <paramref name="firstYear"/> … <paramref name="lastYear"/>.</summary>
    /// <param name="paths">The paths (dates after the window are not read).</param>
    /// <param name="policy">The policy, for the support limit.</param>
    /// <param name="firstYear">The first year of the window.</param>
    /// <param name="lastYear">The last year of the window, not before <paramref name="firstYear"/>.</param>
    /// <exception cref="ArgumentNullException">An argument is <c>null</c>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="lastYear"/> is before <paramref name="firstYear"/>.</exception>
    public static ExitHazard Observe(IReadOnlyList<PathRecord> paths, CaePolicy policy, int firstYear, int lastYear)
    {
        if (paths is null)
        {
            throw new ArgumentNullException(nameof(paths));
        }

        if (policy is null)
        {
            throw new ArgumentNullException(nameof(policy));
        }

        if (lastYear < firstYear)
        {
            throw new ArgumentOutOfRangeException(nameof(lastYear), lastYear, "The window ends before it starts.");
        }

        var longest = 1;
        foreach (var p in paths)
        {
            longest = Math.Max(longest, SupportLimitOf.Months(policy, p.EntryDate));
        }

        var exits = new long[longest];
        var exposure = new long[longest];
        var windowStart = new LocalDate(firstYear, 1, 1);
        var windowEnd = new LocalDate(lastYear, 12, 31);
        foreach (var p in paths)
        {
            if (p.EntryDate > windowEnd || (p.ExitDate is { } left && left < windowStart))
            {
                continue;
            }

            var supportEnd = p.EntryDate.PlusMonths(SupportLimitOf.Months(policy, p.EntryDate));
            var month = new LocalDate(Math.Max(firstYear, p.EntryDate.Year), 1, 1);
            if (month < p.EntryDate)
            {
                month = new LocalDate(p.EntryDate.Year, p.EntryDate.Month, 1);
            }

            for (; month <= windowEnd; month = month.PlusMonths(1))
            {
                if (month >= supportEnd || (p.ExitDate is { } gone && gone < month))
                {
                    break;
                }

                var d = month <= p.EntryDate ? 0 : CompletedMonths.Between(p.EntryDate, month);
                if (d >= longest)
                {
                    break;
                }

                exposure[d]++;
                if (p.ExitDate is { } exit && exit < month.PlusMonths(1) && exit < supportEnd)
                {
                    exits[d]++;
                    break;
                }
            }
        }

        return new ExitHazard(exits, exposure, firstYear, lastYear);
    }

    /// <summary>The monthly exit rate at <paramref name="monthsOfSupport"/> completed months: 0 where nobody was observed, and from the support limit on.</summary>
    /// <param name="monthsOfSupport">The completed months of support.</param>
    public double RateAt(int monthsOfSupport) =>
        monthsOfSupport < 0 || monthsOfSupport >= exits.Length || exposure[monthsOfSupport] == 0
            ? 0d
            : (double)exits[monthsOfSupport] / exposure[monthsOfSupport];
}
