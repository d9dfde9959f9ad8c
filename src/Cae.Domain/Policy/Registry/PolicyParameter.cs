using System;
using System.Collections.Generic;
using System.Diagnostics.Contracts;
using System.Linq;
using Cae.Domain.Errors;
using NodaTime;

namespace Cae.Domain.Policy.Registry;

/// <summary>
/// One parameter of a <see cref="CaePolicy"/> in the registry (<see cref="PolicyParameters"/>): its data-contract
/// name, unit, kind and description, and how to read its value on a day or set it from numbers.
/// </summary>
/// <remarks>Immutable. The policy file reader, <c>cae policy</c>, the sweep axes and the documentation iterate the registry.</remarks>
public sealed class PolicyParameter
{
    private readonly Func<CaePolicy, LocalDate, IEnumerable<ParameterInForce>> inForce;
    private readonly Func<CaePolicy, IReadOnlyList<DatedValue<decimal>>, CaePolicy>? setNumbers;
    private readonly Func<CaePolicy, string> valueKey;

    internal PolicyParameter(
        string name,
        string unit,
        ParameterKind kind,
        string description,
        bool isDated,
        Func<CaePolicy, LocalDate, IEnumerable<ParameterInForce>> inForce,
        Func<CaePolicy, IReadOnlyList<DatedValue<decimal>>, CaePolicy>? setNumbers = null,
        Func<CaePolicy, string>? valueKey = null)
    {
        Name = name;
        Unit = unit;
        Kind = kind;
        Description = description;
        IsDated = isDated;
        this.inForce = inForce;
        this.setNumbers = setNumbers;

        // A parameter that is not dated has the same value on every day: its value on one day is all of it.
        this.valueKey = valueKey ?? (p => string.Join("\n", inForce(p, AnyDay).Select(v => v.Value)));
    }

    private static readonly LocalDate AnyDay = new(2000, 1, 1);

    /// <summary>The data-contract name, e.g. <c>smic_hourly</c>; a member of <c>contribution</c> is <c>contribution.base</c>.</summary>
    public string Name { get; }

    /// <summary>The unit in OpenFisca's words: <c>month</c>, <c>day</c>, <c>count</c>, <c>hour</c>, <c>currency-EUR</c>,
    /// <c>currency-EUR/hour</c>, <c>/1</c> (a fraction), or empty for a value that is not a number.</summary>
    public string Unit { get; }

    /// <summary>The kind of value.</summary>
    public ParameterKind Kind { get; }

    /// <summary>What the parameter means.</summary>
    public string Description { get; }

    /// <summary>Whether the values are dated, each with its own reference (a policy file may give them as <c>[{ "from", "value", "reference" }]</c>).</summary>
    public bool IsDated { get; }

    /// <summary>Whether <see cref="WithNumbers"/> can set the parameter from numbers.</summary>
    public bool IsNumber => setNumbers is not null;

    /// <summary>The parameter's value (or values, one per scope or year) in force on a day.</summary>
    /// <param name="policy">The policy.</param>
    /// <param name="day">The day.</param>
    /// <returns>The values in force; empty when none is (a dated parameter asked before its first date).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is <c>null</c>.</exception>
    [Pure]
    public IReadOnlyList<ParameterInForce> InForceOn(CaePolicy policy, LocalDate day) =>
        inForce(policy ?? throw new ArgumentNullException(nameof(policy)), day).ToArray();

    /// <summary>
    /// Every value of the parameter in a policy, on every date and in every scope, as one text without the
    /// references and descriptions: two policies whose keys agree give the parameter the same value on every day.
    /// </summary>
    /// <param name="policy">The policy.</param>
    /// <returns>The key, e.g. <c>2011-12-01=9.19;2012-01-01=9.22;…</c> for <c>smic_hourly</c>.</returns>
    /// <remarks>The what-if engine shares a computed column between scenarios whose keys agree for the parameters its rule reads.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is <c>null</c>.</exception>
    [Pure]
    public string ValueKey(CaePolicy policy) => valueKey(policy ?? throw new ArgumentNullException(nameof(policy)));

    /// <summary>A copy of a policy with the parameter set from dated numbers (months, days, hours, euros or a fraction).</summary>
    /// <param name="policy">The policy to change.</param>
    /// <param name="values">The dated values, each with its reference. A parameter that is not dated takes exactly one value.</param>
    /// <exception cref="ArgumentNullException">An argument is <c>null</c>.</exception>
    /// <exception cref="InvalidOperationException">The parameter is not a number (see <see cref="IsNumber"/>).</exception>
    /// <exception cref="DomainRuleException">A value is out of the parameter's range, is not a whole number where one is
    /// expected, two values share a date, or a parameter that is not dated gets more than one value. The exception names the parameter.</exception>
    [Pure]
    public CaePolicy WithNumbers(CaePolicy policy, IEnumerable<DatedValue<decimal>> values)
    {
        if (setNumbers is null)
        {
            throw new InvalidOperationException($"The parameter '{Name}' is not a number.");
        }

        var list = (values ?? throw new ArgumentNullException(nameof(values))).ToArray();
        if (!IsDated && list.Length != 1)
        {
            throw new DomainRuleException(Name, list.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), "the parameter is not dated: it takes one value");
        }

        return setNumbers(policy ?? throw new ArgumentNullException(nameof(policy)), list);
    }

    /// <summary>A copy of a policy with the parameter set to one number on every date.</summary>
    /// <param name="policy">The policy to change.</param>
    /// <param name="value">The value.</param>
    /// <param name="reference">Its source.</param>
    /// <exception cref="ArgumentNullException">An argument is <c>null</c>.</exception>
    /// <exception cref="InvalidOperationException">The parameter is not a number (see <see cref="IsNumber"/>).</exception>
    /// <exception cref="DomainRuleException">The value is out of the parameter's range.</exception>
    [Pure]
    public CaePolicy WithNumber(CaePolicy policy, decimal value, Reference reference) =>
        WithNumbers(policy, new[] { new DatedValue<decimal>(LocalDate.MinIsoValue, value, reference) });

    /// <summary>The name.</summary>
    public override string ToString() => Name;
}
