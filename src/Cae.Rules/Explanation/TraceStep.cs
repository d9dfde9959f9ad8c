using System;
using Cae.Domain.Policy;
using NodaTime;

namespace Cae.Rules.Explanation;

/// <summary>
/// One step of a rule's explanation: an input, a parameter read (with its effective date and reference),
/// an intermediate value with its formula, a result or a note.
/// </summary>
/// <param name="Kind">What the step records.</param>
/// <param name="Name">The name of the value, e.g. <c>smic_hourly</c> or <c>gross_margin</c>; for a note, empty.</param>
/// <param name="Value">The value as invariant text (<c>1234.56</c>, <c>0.1</c>, <c>2016-01-31</c>); for a note, the remark.</param>
/// <param name="Formula">How the value was computed, with the numbers filled in; <c>null</c> for inputs and parameters.</param>
/// <param name="EffectiveFrom">For a parameter, the first day its value is in force; otherwise <c>null</c>.</param>
/// <param name="Reference">For a parameter or a rule, its source (article, decree, statutes); otherwise <c>null</c>.</param>
/// <remarks>Immutable. Text is invariant whatever the current culture, so a trace reads the same everywhere.</remarks>
public sealed record TraceStep(TraceStepKind Kind, string Name, string Value, string? Formula, LocalDate? EffectiveFrom, Reference? Reference)
{
    /// <summary>
    /// The step as one line, e.g. <c>parameter smic_hourly = 9.67 (from 2016-01-01; Salaire minimum…)</c> or
    /// <c>gross_margin = turnover − purchases = 3000.00 − 500.00 = 2500.00</c>.
    /// </summary>
    public override string ToString()
    {
        switch (Kind)
        {
            case TraceStepKind.Note:
                return Reference is null ? $"note: {Value}" : $"note: {Value} ({Reference.Title})";
            case TraceStepKind.Parameter:
                var from = EffectiveFrom is { } f ? FormattableString.Invariant($"from {f:yyyy-MM-dd}; ") : string.Empty;
                return $"parameter {Name} = {Value} ({from}{Reference?.ToString() ?? "no reference"})";
            case TraceStepKind.Input:
                return $"input {Name} = {Value}";
            case TraceStepKind.Result:
                return Formula is null ? $"result {Name} = {Value}" : $"result {Name} = {Formula} = {Value}";
            default:
                return Formula is null ? $"{Name} = {Value}" : $"{Name} = {Formula} = {Value}";
        }
    }
}
