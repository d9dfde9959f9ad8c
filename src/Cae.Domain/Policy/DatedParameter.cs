using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Diagnostics.CodeAnalysis;
using System.Diagnostics.Contracts;
using System.Linq;
using Cae.Domain.Errors;
using NodaTime;

namespace Cae.Domain.Policy;

/// <summary>
/// A legal or statutory number that changes over time: a name, a description, and values keyed by the date
/// they take effect, each with its reference (in the spirit of OpenFisca's parameters).
/// </summary>
/// <typeparam name="T">The type of the value.</typeparam>
/// <remarks>
/// <para>The value in force on a day is the one with the latest effective date on or before that day.
/// Asking for a value before the first effective date is an error (<see cref="DomainRuleException"/>), not a
/// zero: a report for 2009 with a SMIC table starting in 2011 must fail loudly.</para>
/// <para>Values are sorted by date at construction; two values with the same date are an error.
/// Immutable and thread-safe, with value equality (name, description and every dated value with its reference);
/// <see cref="With(DatedValue{T})"/> returns a new parameter.</para>
/// </remarks>
public sealed class DatedParameter<T> : IEquatable<DatedParameter<T>>
{
    private readonly DatedValue<T>[] values;
    private readonly LocalDate[] dates;

    /// <summary>Creates a parameter from its values.</summary>
    /// <param name="name">A short name, e.g. <c>smic_hourly</c>.</param>
    /// <param name="description">What the value means and its unit.</param>
    /// <param name="values">At least one dated value; effective dates are distinct.</param>
    /// <exception cref="DomainRuleException">No value, no name, or two values with the same effective date.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="values"/> or one of them is <c>null</c>.</exception>
    public DatedParameter(string name, string description, IEnumerable<DatedValue<T>> values)
    {
        Name = string.IsNullOrWhiteSpace(name) ? throw new DomainRuleException("name", name, "a parameter has a name") : name;
        Description = description ?? string.Empty;
        this.values = (values ?? throw new ArgumentNullException(nameof(values))).Select(v => v ?? throw new ArgumentNullException(nameof(values))).OrderBy(v => v.From).ToArray();
        if (this.values.Length == 0)
        {
            throw new DomainRuleException(name, "(none)", "a parameter has at least one dated value");
        }

        for (var i = 1; i < this.values.Length; i++)
        {
            if (this.values[i].From == this.values[i - 1].From)
            {
                throw new DomainRuleException(name, $"{this.values[i].From:yyyy-MM-dd}", "two values of a parameter cannot take effect on the same day");
            }
        }

        dates = this.values.Select(v => v.From).ToArray();
        Values = new ReadOnlyCollection<DatedValue<T>>(this.values);
    }

    /// <summary>The short name of the parameter.</summary>
    public string Name { get; }

    /// <summary>What the value means and its unit.</summary>
    public string Description { get; }

    /// <summary>The values, in order of effective date.</summary>
    public IReadOnlyList<DatedValue<T>> Values { get; }

    /// <summary>A parameter with one value in force on every date, with its reference.</summary>
    /// <param name="name">The short name.</param>
    /// <param name="description">What the value means and its unit.</param>
    /// <param name="value">The value.</param>
    /// <param name="reference">Its source.</param>
    [Pure]
    public static DatedParameter<T> Always(string name, string description, T value, Reference reference) =>
        new(name, description, new[] { new DatedValue<T>(LocalDate.MinIsoValue, value, reference) });

    /// <summary>The value in force on a day, with its effective date and reference.</summary>
    /// <param name="date">The day.</param>
    /// <exception cref="DomainRuleException">The day is before the first effective date.</exception>
    [Pure]
    public DatedValue<T> EntryOn(LocalDate date)
    {
        var index = IndexOn(date);
        if (index < 0)
        {
            throw new DomainRuleException(Name, $"{date:yyyy-MM-dd}", $"the parameter has no value before {values[0].From:yyyy-MM-dd}");
        }

        return values[index];
    }

    /// <summary>The value in force on a day.</summary>
    /// <param name="date">The day.</param>
    /// <exception cref="DomainRuleException">The day is before the first effective date.</exception>
    [Pure]
    public T ValueOn(LocalDate date) => EntryOn(date).Value;

    /// <summary>Tries to get the value in force on a day.</summary>
    /// <param name="date">The day.</param>
    /// <param name="entry">The value in force, when there is one.</param>
    /// <returns>Whether a value is in force on that day.</returns>
    public bool TryEntryOn(LocalDate date, [NotNullWhen(true)] out DatedValue<T>? entry)
    {
        var index = IndexOn(date);
        entry = index < 0 ? null : values[index];
        return index >= 0;
    }

    /// <summary>A new parameter with one more value, or with the value of that date replaced.</summary>
    /// <param name="value">The dated value to add or replace.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <c>null</c>.</exception>
    [Pure]
    public DatedParameter<T> With(DatedValue<T> value) =>
        new(Name, Description, values.Where(v => v.From != value.From).Concat(new[] { value }));

    /// <summary>A new parameter that keeps the values before <paramref name="from"/> and takes <paramref name="value"/> from that date on.</summary>
    /// <param name="from">The first day of the new value.</param>
    /// <param name="value">The new value.</param>
    /// <param name="reference">Its source.</param>
    /// <exception cref="ArgumentNullException"><paramref name="reference"/> is <c>null</c>.</exception>
    [Pure]
    public DatedParameter<T> From(LocalDate from, T value, Reference reference) =>
        new(Name, Description, values.Where(v => v.From < from).Concat(new[] { new DatedValue<T>(from, value, reference) }));

    private int IndexOn(LocalDate date)
    {
        var lo = 0;
        var hi = dates.Length - 1;
        var found = -1;
        while (lo <= hi)
        {
            var mid = lo + ((hi - lo) / 2);
            if (dates[mid] <= date)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return found;
    }

    /// <inheritdoc />
    public bool Equals(DatedParameter<T>? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (string.Equals(Name, other.Name, StringComparison.Ordinal)
                && string.Equals(Description, other.Description, StringComparison.Ordinal)
                && values.SequenceEqual(other.values)));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as DatedParameter<T>);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        unchecked
        {
            var hash = StringComparer.Ordinal.GetHashCode(Name);
            foreach (var v in values)
            {
                hash = (hash * 31) + v.GetHashCode();
            }

            return hash;
        }
    }

    /// <summary>The name and the values.</summary>
    public override string ToString() => $"{Name}: {string.Join("; ", values.Select(v => v.ToString()))}";
}
