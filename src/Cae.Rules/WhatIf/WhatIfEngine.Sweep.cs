using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.ExceptionServices;
using System.Threading.Tasks;
using Cae.Domain.Policy;
using Cae.Rules.Indicators;

namespace Cae.Rules.WhatIf;

// The parameter sweep: every combination of the axes' values as a scenario, modelled in parallel or in order.
public sealed partial class WhatIfEngine
{
    /// <summary>
    /// Sweeps one or more parameters: for every combination of the axes' values (the first axis varying slowest),
    /// the scenario <c>scenario.Then(axis₁(v₁)).Then(axis₂(v₂))…</c> over the baseline, and the chosen indicators
    /// of its modelled report.
    /// </summary>
    /// <param name="scenario">The scenario the axes vary over; <see cref="Scenario.Identity"/> for the baseline.</param>
    /// <param name="axes">The axes; at least one.</param>
    /// <param name="indicators">The indicators' paths (<see cref="IndicatorPath"/>); <see cref="IndicatorPath.Defaults"/> when empty.</param>
    /// <param name="year">The year Y.</param>
    /// <param name="parallel">Whether to compute the scenarios on every processor (the figures are the same).</param>
    /// <exception cref="ArgumentException">No axis, more than 10 000 000 scenarios, or an indicator is not a number of the report: the message names the unknown part of its path and the names the report has there.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="scenario"/> is <c>null</c>.</exception>
    public SweepResult Sweep(Scenario scenario, IReadOnlyList<SweepAxis> axes, IReadOnlyList<string>? indicators, int year, bool parallel = true)
    {
        if (scenario is null)
        {
            throw new ArgumentNullException(nameof(scenario));
        }

        if (axes is null || axes.Count == 0)
        {
            throw new ArgumentException("A sweep has at least one axis.", nameof(axes));
        }

        var chosen = (indicators is null || indicators.Count == 0 ? IndicatorPath.Defaults : indicators).ToArray();
        var paths = chosen.Select(IndicatorPath.Split).ToArray();
        var count = axes.Aggregate(1L, (n, axis) => n * axis.Values.Count);
        if (count > 10_000_000)
        {
            throw new ArgumentException(FormattableString.Invariant($"The sweep has {count} scenarios, more than 10 000 000."), nameof(axes));
        }

        // The indicators are checked against the report of the data as recorded, before any scenario is modelled.
        var recorded = actual.Value.Compute(year).ToTree();
        var kinds = new ReportValueKind[chosen.Length];
        for (var k = 0; k < chosen.Length; k++)
        {
            var problem = IndicatorPath.Problem(recorded, chosen[k]);
            kinds[k] = problem is null
                ? ((ReportNumber)recorded.Find(paths[k])!).Kind
                : throw new ArgumentException($"'{chosen[k]}' is not a number of the {year.ToString(System.Globalization.CultureInfo.InvariantCulture)} report: {problem} (paths are the JSON names joined by dots, a dot in a name written \\., e.g. salary.total.hours).", nameof(indicators));
        }

        var models = new KeyValuePair<CaePolicy, RuleSet>[count];
        var names = new string[count];
        var parameters = new decimal[count][];
        var index = new int[axes.Count];
        for (var i = 0; i < count; i++)
        {
            var point = scenario;
            var values = new decimal[axes.Count];
            for (var a = 0; a < axes.Count; a++)
            {
                point = point.Then(axes[a].ScenarioAt(index[a]));
                values[a] = axes[a].Values[index[a]];
            }

            models[i] = new KeyValuePair<CaePolicy, RuleSet>(point.ApplyTo(BaselinePolicy), point.ApplyTo(Rules));
            names[i] = point.Name;
            parameters[i] = values;
            for (var a = axes.Count - 1; a >= 0; a--)
            {
                if (++index[a] < axes[a].Values.Count)
                {
                    break;
                }

                index[a] = 0;
            }
        }

        var plan = new ModelPlan(inputs, models);
        var rows = new SweepRow[count];
        void Run(int i)
        {
            var modelled = plan.Get(i);
            try
            {
                var tree = new AnnualReportEngine(modelled.Values, models[i].Key).Compute(year).ToTree();
                var values = new decimal?[paths.Length];
                for (var k = 0; k < paths.Length; k++)
                {
                    values[k] = tree.Find(paths[k]) is ReportNumber number ? number.Value : null;
                }

                rows[i] = new SweepRow(names[i], parameters[i], values);
            }
            finally
            {
                plan.Release(i);
            }
        }

        if (parallel)
        {
            var order = plan.Order;
            try
            {
                Parallel.For(0, order.Length, k => Run(order[k]));
            }
            catch (AggregateException e)
            {
                // The caller sees the error a sequential sweep would throw (e.g. a parameter missing for a date).
                ExceptionDispatchInfo.Capture(e.Flatten().InnerExceptions[0]).Throw();
                throw;
            }
        }
        else
        {
            foreach (var i in plan.Order)
            {
                Run(i);
            }
        }

        return new SweepResult(scenario.Name, year, axes.Select(a => a.Name).ToArray(), chosen, kinds, rows);
    }
}
