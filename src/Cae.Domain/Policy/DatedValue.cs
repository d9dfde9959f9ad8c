using System;
using NodaTime;

namespace Cae.Domain.Policy;

/// <summary>
/// One value of a dated parameter: the value, the day it takes effect and its reference.
/// </summary>
/// <typeparam name="T">The type of the value.</typeparam>
/// <param name="From">The first day the value is in force.</param>
/// <param name="Value">The value.</param>
/// <param name="Reference">The legal or statutory source of the value.</param>
/// <remarks>Value equality, the reference included. The reference is never <c>null</c>.</remarks>
public sealed record DatedValue<T>(LocalDate From, T Value, Reference Reference)
{
    /// <summary>The legal or statutory source of the value.</summary>
    /// <exception cref="ArgumentNullException">The reference is <c>null</c>.</exception>
    public Reference Reference { get; init; } = Reference ?? throw new ArgumentNullException(nameof(Reference));

    /// <summary>The value and its effective date, for traces, e.g. <c>9.61 (from 2015-01-01)</c>.</summary>
    public override string ToString() => From == LocalDate.MinIsoValue
        ? FormattableString.Invariant($"{Value}")
        : FormattableString.Invariant($"{Value} (from {From:yyyy-MM-dd})");
}
