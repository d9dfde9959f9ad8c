using System;
using System.Collections.Generic;
using System.Globalization;
using Cae.Domain.Policy;
using Cae.Domain.Values;
using NodaTime;

namespace Cae.Rules.Explanation;

/// <summary>
/// Records the steps of a rule's computation, in order, and builds the <see cref="Trace"/>.
/// </summary>
/// <remarks>
/// Values are written with the invariant culture: amounts with two decimals (<c>1234.50</c>), rates as
/// fractions (<c>0.1</c>), dates as <c>yyyy-MM-dd</c>. Not thread-safe: one builder per explanation.
/// </remarks>
public sealed class TraceBuilder
{
    private readonly List<TraceStep> steps = new();

    /// <summary>Records a value the caller gave.</summary>
    /// <param name="name">Its name, e.g. <c>turnover</c>.</param>
    /// <param name="value">Its invariant text.</param>
    public TraceBuilder Input(string name, string value) => Add(new TraceStep(TraceStepKind.Input, name, value, null, null, null));

    /// <summary>Records a dated parameter read by the rule, with its value, effective date and reference.</summary>
    /// <typeparam name="T">The type of the value.</typeparam>
    /// <param name="name">The parameter's name, e.g. <c>smic_hourly</c>.</param>
    /// <param name="entry">The value in force, as returned by <see cref="DatedParameter{T}.EntryOn"/>.</param>
    public TraceBuilder Parameter<T>(string name, DatedValue<T> entry)
    {
        if (entry is null)
        {
            throw new ArgumentNullException(nameof(entry));
        }

        return Parameter(name, Format(entry.Value), entry.From == LocalDate.MinIsoValue ? null : entry.From, entry.Reference);
    }

    /// <summary>Records a parameter read by the rule.</summary>
    /// <param name="name">The parameter's name.</param>
    /// <param name="value">Its invariant text.</param>
    /// <param name="effectiveFrom">The first day the value is in force, when it is dated.</param>
    /// <param name="reference">Its source.</param>
    public TraceBuilder Parameter(string name, string value, LocalDate? effectiveFrom, Reference? reference) =>
        Add(new TraceStep(TraceStepKind.Parameter, name, value, null, effectiveFrom, reference));

    /// <summary>Records an intermediate value and the formula that gives it.</summary>
    /// <param name="name">Its name, e.g. <c>gross_margin</c>.</param>
    /// <param name="value">Its invariant text.</param>
    /// <param name="formula">The formula with the numbers filled in, e.g. <c>3000.00 − 500.00</c>.</param>
    public TraceBuilder Value(string name, string value, string? formula = null) =>
        Add(new TraceStep(TraceStepKind.Value, name, value, formula, null, null));

    /// <summary>Records a value the rule returns.</summary>
    /// <param name="name">Its name, e.g. <c>hours</c>.</param>
    /// <param name="value">Its invariant text.</param>
    /// <param name="formula">The formula with the numbers filled in, when it helps.</param>
    public TraceBuilder Result(string name, string value, string? formula = null) =>
        Add(new TraceStep(TraceStepKind.Result, name, value, formula, null, null));

    /// <summary>Records a remark in plain words, with the rule's source when it helps.</summary>
    /// <param name="text">The remark.</param>
    /// <param name="reference">The source of the rule the remark applies, or <c>null</c>.</param>
    public TraceBuilder Note(string text, Reference? reference = null) =>
        Add(new TraceStep(TraceStepKind.Note, string.Empty, text, null, null, reference));

    /// <summary>Appends the steps of another trace (a rule that uses another rule).</summary>
    /// <param name="trace">The trace to append.</param>
    /// <exception cref="ArgumentNullException"><paramref name="trace"/> is <c>null</c>.</exception>
    public TraceBuilder Append(Trace trace)
    {
        steps.AddRange((trace ?? throw new ArgumentNullException(nameof(trace))).Steps);
        return this;
    }

    /// <summary>Builds the trace of the steps recorded so far.</summary>
    public Trace Build() => new(steps.ToArray());

    /// <summary>Formats a value for a trace with the invariant culture.</summary>
    /// <param name="value">A money amount, rate, hours, date, month, number or any other value.</param>
    /// <returns>Its invariant text; <c>null</c> gives <c>none</c>.</returns>
    public static string Format(object? value) => value switch
    {
        null => "none",
        Money m => m.ToString(),
        Rate r => r.ToString(),
        Hours h => h.ToString(),
        LocalDate d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        YearMonth ym => ym.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        decimal x => x.ToString(CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    private TraceBuilder Add(TraceStep step)
    {
        steps.Add(step);
        return this;
    }
}
