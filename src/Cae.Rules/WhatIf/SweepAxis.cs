using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Cae.Domain.Policy;
using Cae.Domain.Policy.Registry;

namespace Cae.Rules.WhatIf;

/// <summary>
/// One parameter a sweep varies, with its values and the scenario each value makes (like an OpenFisca axis).
/// </summary>
/// <remarks>
/// <para>Named parameters (<see cref="Parameter"/>), with the contract's names:</para>
/// <list type="bullet">
/// <item><c>contribution_rate</c>: one CAE-wide rate (<see cref="Scenario.WithContributionRate"/>), a fraction;</item>
/// <item><c>support_limit_months</c>: the support limit (<see cref="Scenario.WithSupportLimit"/>), whole months;</item>
/// <item><c>assemblies_per_year</c>: general assemblies a year from each year's first (<see cref="Scenario.WithAssembliesPerYear"/>), 1 to 12;</item>
/// <item><c>application_cutoff_days</c>: the application cut-off (<see cref="Scenario.WithApplicationCutoffDays"/>), whole days;</item>
/// <item><c>smic_hourly</c>: the SMIC in euros per hour on every date (<see cref="Scenario.WithSmicHourly"/>);</item>
/// <item><c>employer_charge_rate</c>: a flat employer-charge rate (<see cref="Scenario.WithEmployerCharges"/>), a fraction;</item>
/// <item><c>fte_annual_hours</c>: the FTE basis (<see cref="Scenario.WithFteAnnualHours"/>);</item>
/// <item><c>monthly_minimum</c>: the contribution's monthly minimum in euros (<see cref="Scenario.WithMonthlyMinimum"/>);</item>
/// <item>and every other number of the policy registry (<see cref="PolicyParameters"/>) by its contract name, set on every
/// date: <c>cape_maximum_months</c>, <c>cape_maximum_renewals</c>, <c>associate_deadline_months</c>,
/// <c>trial_period_maximum_months</c>, <c>monthly_legal_hours</c>, <c>contribution.monthly_minimum</c>.</item>
/// </list>
/// <para>Immutable. Values are checked when the axis is made: a value the parameter cannot take fails then.</para>
/// </remarks>
public sealed class SweepAxis
{
    private static readonly Dictionary<string, Func<decimal, Scenario>> Known = new(StringComparer.Ordinal)
    {
        ["contribution_rate"] = v => Scenario.Named(Label("contribution_rate", v)).WithContributionRate(v),
        ["support_limit_months"] = v => Scenario.Named(Label("support_limit_months", v)).WithSupportLimit(Whole("support_limit_months", v)),
        ["assemblies_per_year"] = v => Scenario.Named(Label("assemblies_per_year", v)).WithAssembliesPerYear(Whole("assemblies_per_year", v)),
        ["application_cutoff_days"] = v => Scenario.Named(Label("application_cutoff_days", v)).WithApplicationCutoffDays(Whole("application_cutoff_days", v)),
        ["smic_hourly"] = v => Scenario.Named(Label("smic_hourly", v)).WithSmicHourly(v),
        ["employer_charge_rate"] = v => Scenario.Named(Label("employer_charge_rate", v)).WithEmployerCharges(EmployerChargeSchedule.Flat(Domain.Values.Rate.FromFraction(v))),
        ["fte_annual_hours"] = v => Scenario.Named(Label("fte_annual_hours", v)).WithFteAnnualHours(v),
        ["monthly_minimum"] = v => Scenario.Named(Label("monthly_minimum", v)).WithMonthlyMinimum(v),
    };

    private readonly decimal[] values;
    private readonly Scenario[] scenarios;

    private SweepAxis(string name, decimal[] values, Func<decimal, Scenario> scenario)
    {
        Name = name;
        this.values = values;
        scenarios = values.Select(v => scenario(v) ?? throw new InvalidOperationException($"The axis '{name}' made no scenario for {Scenario.Text(v)}.")).ToArray();
    }

    /// <summary>The parameters <see cref="Parameter"/> knows, in a stable order.</summary>
    public static IReadOnlyList<string> KnownParameters { get; }

    static SweepAxis()
    {
        // Every number of the registry the named axes above do not cover, set on every date.
        foreach (var parameter in PolicyParameters.All.Where(p => p.IsNumber && !Known.ContainsKey(p.Name)))
        {
            Known[parameter.Name] = v =>
            {
                var description = Label(parameter.Name, v);
                var reference = new Reference("What-if scenario (" + description + ")", null);
                parameter.WithNumber(CaePolicy.Default, v, reference); // the domain's range check, now
                return Scenario.Named(description).With(description, p => parameter.WithNumber(p, v, reference));
            };
        }

        KnownParameters = Array.AsReadOnly(Known.Keys.OrderBy(k => k, StringComparer.Ordinal).ToArray());
    }

    /// <summary>The parameter's name.</summary>
    public string Name { get; }

    /// <summary>The values, in sweep order.</summary>
    public IReadOnlyList<decimal> Values => values;

    /// <summary>The scenario of the value at an index.</summary>
    /// <param name="index">The index in <see cref="Values"/>.</param>
    public Scenario ScenarioAt(int index) => scenarios[index];

    /// <summary>An axis over a named parameter (see the remarks for the names).</summary>
    /// <param name="name">The parameter, e.g. <c>contribution_rate</c>.</param>
    /// <param name="values">The values; at least one.</param>
    /// <exception cref="ArgumentException">The name is unknown, or there is no value.</exception>
    /// <exception cref="Domain.Errors.DomainRuleException">A value is one the parameter cannot take.</exception>
    public static SweepAxis Parameter(string name, IEnumerable<decimal> values)
    {
        if (name is null || !Known.TryGetValue(name, out var scenario))
        {
            throw new ArgumentException($"'{name}' is not a parameter a sweep knows ({string.Join(", ", KnownParameters)}).", nameof(name));
        }

        return Of(name, values, scenario);
    }

    /// <summary>An axis over any parameter: each value makes its own scenario.</summary>
    /// <param name="name">The axis's name.</param>
    /// <param name="values">The values; at least one.</param>
    /// <param name="scenario">Makes the scenario of a value.</param>
    /// <exception cref="ArgumentException">The name is empty, or there is no value.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="scenario"/> or <paramref name="values"/> is <c>null</c>.</exception>
    public static SweepAxis Of(string name, IEnumerable<decimal> values, Func<decimal, Scenario> scenario)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new ArgumentException("An axis has a name.", nameof(name));
        }

        var list = (values ?? throw new ArgumentNullException(nameof(values))).ToArray();
        if (list.Length == 0)
        {
            throw new ArgumentException($"The axis '{name}' has no value.", nameof(values));
        }

        return new SweepAxis(name, list, scenario ?? throw new ArgumentNullException(nameof(scenario)));
    }

    /// <summary>The values from <paramref name="from"/> to <paramref name="to"/> (included when reached) by <paramref name="step"/>, in exact decimals.</summary>
    /// <param name="from">The first value.</param>
    /// <param name="to">The last value, not below <paramref name="from"/>.</param>
    /// <param name="step">The step; positive.</param>
    /// <param name="limit">The most values allowed (100 000 by default).</param>
    /// <exception cref="ArgumentException">The step is not positive, <paramref name="to"/> is below <paramref name="from"/>, or the range has more than <paramref name="limit"/> values.</exception>
    public static IReadOnlyList<decimal> Range(decimal from, decimal to, decimal step, int limit = 100_000)
    {
        if (step <= 0m)
        {
            throw new ArgumentException("The step of a range is positive.", nameof(step));
        }

        if (to < from)
        {
            throw new ArgumentException("The end of a range is not below its start.", nameof(to));
        }

        var count = decimal.Floor((to - from) / step) + 1m;
        if (count > limit)
        {
            throw new ArgumentException(FormattableString.Invariant($"The range {from}:{to}:{step} has more than {limit} values."), nameof(step));
        }

        var values = new decimal[(int)count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = from + (i * step);
        }

        return values;
    }

    /// <summary>The name and the number of values.</summary>
    public override string ToString() => FormattableString.Invariant($"{Name} ({values.Length} values)");

    private static string Label(string name, decimal value) => name + " = " + Scenario.Text(value);

    private static int Whole(string name, decimal value) => value == decimal.Truncate(value) && value >= int.MinValue && value <= int.MaxValue
        ? (int)value
        : throw new Domain.Errors.DomainRuleException(name, value.ToString(CultureInfo.InvariantCulture), "a whole number is expected");
}
