using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;

namespace Cae.Rules.Explanation;

/// <summary>
/// The explanation of one rule result: its inputs, every parameter read (value, effective date, reference)
/// and every intermediate value, in the order the rule used them, so a CAE accountant can redo the
/// computation by hand.
/// </summary>
/// <remarks>
/// <para>This is the one trace type of the library, in the spirit of the OpenFisca trace and of a Publicodes
/// explanation. Each rule has a fast method that returns only the result and an <c>Explain…</c> method that
/// returns the same result with its trace; the fast path never builds a trace.</para>
/// <para>Immutable and thread-safe, with value equality (the steps, in order); build one with <see cref="TraceBuilder"/>.
/// So two identical <c>Explain…</c> results are equal.</para>
/// </remarks>
public sealed class Trace : IEquatable<Trace>
{
    internal Trace(IList<TraceStep> steps) => Steps = new ReadOnlyCollection<TraceStep>(steps);

    /// <summary>A trace without steps.</summary>
    public static Trace Empty { get; } = new(Array.Empty<TraceStep>());

    /// <summary>The steps, in order.</summary>
    public IReadOnlyList<TraceStep> Steps { get; }

    /// <summary>The parameters the rule read, in order.</summary>
    public IEnumerable<TraceStep> Parameters => Steps.Where(s => s.Kind == TraceStepKind.Parameter);

    /// <summary>The first step with the given name; <c>null</c> when there is none.</summary>
    /// <param name="name">The name of the value, e.g. <c>gross_salary</c>.</param>
    public TraceStep? Find(string name) => Steps.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.Ordinal));

    /// <inheritdoc />
    public bool Equals(Trace? other) => other is not null && (ReferenceEquals(this, other) || Steps.SequenceEqual(other.Steps));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Trace);

    /// <inheritdoc />
    public override int GetHashCode() => Steps.Count == 0 ? 0 : unchecked((Steps.Count * 31) + Steps[Steps.Count - 1].GetHashCode());

    /// <summary>The steps, one per line.</summary>
    public override string ToString() => string.Join(Environment.NewLine, Steps.Select(s => s.ToString()));
}
