using System;
using NodaTime;

namespace Cae.Domain.Policy.Registry;

/// <summary>
/// One parameter of a policy as it stands on a day: its contract name, its value as the data contract writes it,
/// the day that value took effect and its reference (what <c>cae policy --on DATE</c> prints).
/// </summary>
/// <param name="Name">The contract name, e.g. <c>smic_hourly</c> or <c>contribution.base</c>.</param>
/// <param name="Kind">The kind of value, which says whether <paramref name="Value"/> is a number.</param>
/// <param name="Value">The value in the contract's words and invariant numbers, e.g. <c>9.67</c>, <c>next_assembly</c>,
/// <c>creation, associate, employment</c>.</param>
/// <param name="From">The day the value took effect; <c>null</c> for a value in force on every date (set without a date)
/// or not dated at all (the admission mode, the exit sets...).</param>
/// <param name="Reference">The value's source; <c>null</c> for a value that is not dated.</param>
/// <remarks>Value equality.</remarks>
public sealed record ParameterInForce(string Name, ParameterKind Kind, string Value, LocalDate? From, Reference? Reference)
{
    /// <summary>Whether <see cref="Value"/> is an invariant number (to be written as a JSON number).</summary>
    public bool IsNumber => Kind == ParameterKind.Number;

    /// <summary>The name, value, effective date and reference, e.g. <c>smic_hourly = 9.67 (from 2016-01-01; Décret ...)</c>.</summary>
    public override string ToString()
    {
        var source = From is { } from ? FormattableString.Invariant($" (from {from:yyyy-MM-dd}; {Reference})")
            : Reference is { } reference ? " (" + reference + ")" : string.Empty;
        return Name + " = " + Value + source;
    }
}
