using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Cae.Domain.Paths;
using Cae.Domain.Policy;
using Cae.Rules.Data;
using Cae.Rules.Indicators;
using NodaTime;

namespace Cae.Rules.Forecast;

/// <summary>
/// Projects the flows of a year by establishment from the data up to the end of the year before (data contract
/// §7', <c>cae forecast</c>).
/// </summary>
/// <remarks>
/// <para>present_start is the present at the end of Y−1. entries are the targets, or the mean of the entries of
/// the last three years the data covers (rounded half away from zero). exits are the targets, or the expected
/// exits: a person who reaches the support limit leaves at the first general assembly on or after the limit
/// (or on or after 1 January Y when the limit is already past; on the limit itself when the calendar has no
/// assembly left), as an associate when they applied; before that, and for the year's entries (spread evenly
/// over the months), the monthly exit rates by months of support of <see cref="ExitHazard"/> observed over
/// the same years apply. Expected exits are rounded half away from zero per establishment; the total is the
/// sum of the establishments, so present_start + entries − exits = present_end everywhere.</para>
/// <para>Nothing dated on or after 1 January Y is read (exits, applications), so a projection of a past year
/// from the full data is the projection made at the end of the year before: that is the backtest.</para>
/// </remarks>
public sealed class FlowForecaster
{
    /// <summary>How many years before the projected one the entries and exit rates are observed over.</summary>
    public const int ObservedYears = 3;

    private readonly CaeDataset data;
    private readonly CaePolicy policy;

    /// <summary>Creates the forecaster of a dataset under a policy.</summary>
    /// <param name="data">The dataset.</param>
    /// <param name="policy">The policy (support limit, assemblies, support budget, contributions).</param>
    /// <exception cref="ArgumentNullException">An argument is <c>null</c>.</exception>
    public FlowForecaster(CaeDataset data, CaePolicy policy)
    {
        this.data = data ?? throw new ArgumentNullException(nameof(data));
        this.policy = policy ?? throw new ArgumentNullException(nameof(policy));
    }

    /// <summary>The establishments of the paths, in ordinal order.</summary>
    public IReadOnlyList<string> Establishments =>
        data.Paths.Select(p => p.Establishment.Name).Distinct(StringComparer.Ordinal).OrderBy(n => n, StringComparer.Ordinal).ToArray();

    /// <summary>Projects the flows of <paramref name="year"/>.</summary>
    /// <param name="year">The projected year.</param>
    /// <param name="entryTargets">Entries by establishment name, replacing the projection there; <c>null</c> for none.</param>
    /// <param name="exitTargets">Exits by establishment name, replacing the projection there; <c>null</c> for none.</param>
    /// <returns>The forecast.</returns>
    /// <exception cref="ArgumentException">A target names an establishment absent from the data, is negative, or an exit target exceeds the establishment's accompanied.</exception>
    public FlowForecast Project(int year, IReadOnlyDictionary<string, int>? entryTargets = null, IReadOnlyDictionary<string, int>? exitTargets = null)
    {
        entryTargets ??= new Dictionary<string, int>();
        exitTargets ??= new Dictionary<string, int>();
        var names = Establishments;
        foreach (var target in entryTargets.Concat(exitTargets))
        {
            if (!names.Contains(target.Key, StringComparer.Ordinal))
            {
                throw new ArgumentException($"No establishment '{target.Key}' in the data (known: {string.Join(", ", names)}).", nameof(entryTargets));
            }

            if (target.Value < 0)
            {
                throw new ArgumentException($"The target of '{target.Key}' is negative ({target.Value.ToString(CultureInfo.InvariantCulture)}).", nameof(entryTargets));
            }
        }

        var jan1 = new LocalDate(year, 1, 1);
        var window = Window(year);
        var hazard = ExitHazard.Observe(data.Paths, policy, window.First, window.Last);
        var flows = new Dictionary<string, FlowCounts>(StringComparer.Ordinal);
        var limitLeavers = 0;
        foreach (var name in names)
        {
            var present = data.Paths.Where(p => p.Establishment.Name == name && p.EntryDate < jan1 && (p.ExitDate is not { } x || x >= jan1)).ToArray();
            var entries = entryTargets.TryGetValue(name, out var e) ? e : MeanEntries(name, window);
            int exits;
            if (exitTargets.TryGetValue(name, out var x))
            {
                if (x > present.Length + entries)
                {
                    throw new ArgumentException($"The exit target of '{name}' ({x.ToString(CultureInfo.InvariantCulture)}) exceeds its accompanied ({(present.Length + entries).ToString(CultureInfo.InvariantCulture)}).", nameof(exitTargets));
                }

                exits = x;
            }
            else
            {
                var expected = 0d;
                foreach (var p in present)
                {
                    expected += ExitProbability(p, year, hazard, ref limitLeavers);
                }

                expected += entries * EntrantExitProbability(hazard);
                exits = (int)Math.Min(present.Length + entries, Math.Round(expected, MidpointRounding.AwayFromZero));
            }

            if (present.Length + entries > 0 || entryTargets.ContainsKey(name) || exitTargets.ContainsKey(name))
            {
                flows[name] = new FlowCounts(present.Length, entries, exits, present.Length + entries - exits);
            }
        }

        var assumptions = Assumptions(year, window, hazard, entryTargets, exitTargets, limitLeavers);
        var forecast = new FlowForecast(year, flows, assumptions, null);
        return new FlowForecast(year, flows, assumptions, ForecastMoneyModel.Project(data, policy, year, forecast.Total.Accompanied));
    }

    /// <summary>Projects <paramref name="year"/> from the data up to its year before and sets the projection beside the year's actual flows.</summary>
    /// <param name="year">A year the data covers.</param>
    /// <returns>The backtest.</returns>
    public ForecastBacktest Backtest(int year)
    {
        var projected = Project(year);
        var actual = new AnnualReportEngine(data, policy).Compute(year).Flows;
        var rows = new Dictionary<string, FlowCounts>(StringComparer.Ordinal);
        foreach (var name in projected.ByEstablishment.Keys)
        {
            rows[name] = actual.ByEstablishment.TryGetValue(name, out var f) ? f : new FlowCounts(0, 0, 0, 0);
        }

        return new ForecastBacktest(projected, rows);
    }

    /// <summary>The years the entries and exit rates are observed over: the last <see cref="ObservedYears"/> before Y the data covers (Y−1 alone when it covers none).</summary>
    private (int First, int Last) Window(int year)
    {
        var coverage = DataCoverage.Of(data);
        var first = year - 1;
        for (var y = year - 1; y >= year - ObservedYears; y--)
        {
            if (coverage.Covers(y))
            {
                first = y;
            }
        }

        return (first, year - 1);
    }

    private int MeanEntries(string establishment, (int First, int Last) window)
    {
        var count = data.Paths.Count(p => p.Establishment.Name == establishment && p.EntryDate.Year >= window.First && p.EntryDate.Year <= window.Last);
        var years = window.Last - window.First + 1;
        return (int)Math.Round((decimal)count / years, MidpointRounding.AwayFromZero);
    }

    /// <summary>The probability that a person present on 1 January leaves during the year.</summary>
    private double ExitProbability(PathRecord p, int year, ExitHazard hazard, ref int limitLeavers)
    {
        var jan1 = new LocalDate(year, 1, 1);
        var supportEnd = p.EntryDate.PlusMonths(SupportLimitOf.Months(policy, p.EntryDate));
        var from = supportEnd < jan1 ? jan1 : supportEnd;
        var leaves = policy.Assemblies.FirstOnOrAfter(from) ?? from;
        var survival = 1d;
        for (var month = jan1; month.Year == year && month < leaves && month < supportEnd; month = month.PlusMonths(1))
        {
            survival *= 1d - hazard.RateAt(CompletedMonths.Between(p.EntryDate, month));
        }

        if (leaves.Year == year)
        {
            limitLeavers++;
            return 1d;
        }

        return 1d - survival;
    }

    /// <summary>The probability that a person entering during the year (in any month alike) leaves before its end.</summary>
    private static double EntrantExitProbability(ExitHazard hazard)
    {
        var sum = 0d;
        for (var entryMonth = 0; entryMonth < 12; entryMonth++)
        {
            var survival = 1d;
            for (var d = 0; d < 12 - entryMonth; d++)
            {
                survival *= 1d - hazard.RateAt(d);
            }

            sum += 1d - survival;
        }

        return sum / 12d;
    }

    private IReadOnlyList<ForecastAssumption> Assumptions(int year, (int First, int Last) window, ExitHazard hazard, IReadOnlyDictionary<string, int> entryTargets, IReadOnlyDictionary<string, int> exitTargets, int limitLeavers)
    {
        var years = window.First == window.Last
            ? window.Last.ToString(CultureInfo.InvariantCulture)
            : FormattableString.Invariant($"{window.First}–{window.Last}");
        string Names(IReadOnlyDictionary<string, int> targets) => string.Join(", ", targets.Keys.OrderBy(k => k, StringComparer.Ordinal));
        string Number(long n) => n.ToString(CultureInfo.InvariantCulture);
        var projected = new[] { Number(limitLeavers), years, Number(hazard.ObservedExits), Number(hazard.ObservedPersonMonths) };
        return new List<ForecastAssumption>
        {
            new(ForecastAssumptionKey.PresentStart, new[] { Number(year - 1), Number(year) }),
            entryTargets.Count == 0
                ? new(ForecastAssumptionKey.EntriesMean, new[] { years })
                : new(ForecastAssumptionKey.EntriesTargets, new[] { Names(entryTargets), years }),
            Establishments.All(exitTargets.ContainsKey)
                ? new(ForecastAssumptionKey.ExitsTargets, Array.Empty<string>())
                : exitTargets.Count > 0
                    ? new(ForecastAssumptionKey.ExitsTargetsElsewhereProjected, new[] { Names(exitTargets) }.Concat(projected).ToArray())
                    : new(ForecastAssumptionKey.ExitsProjected, projected),
            new(ForecastAssumptionKey.Rounding, Array.Empty<string>()),
        };
    }
}
