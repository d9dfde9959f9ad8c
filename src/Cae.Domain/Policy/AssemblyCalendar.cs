using System;
using System.Collections.Generic;
using System.Diagnostics.Contracts;
using System.Linq;
using NodaTime;

namespace Cae.Domain.Policy;

/// <summary>
/// The dates of a CAE's general assemblies (AG), where associates are admitted.
/// </summary>
/// <remarks>
/// Under SCOP model statutes an applicant becomes associate at the next general assembly unless it rejects
/// them; Coopilote integrates associates at its annual AG (cae-rules-facts §H.27). Dates are sorted and
/// distinct. An empty calendar admits nobody under <see cref="AdmissionMode.NextAssembly"/>. Immutable, with value
/// equality (the dates and the reference).
/// </remarks>
public sealed class AssemblyCalendar : IEquatable<AssemblyCalendar>
{
    private readonly LocalDate[] dates;

    /// <summary>Creates a calendar from assembly dates (repeats are ignored).</summary>
    /// <param name="dates">The dates of the general assemblies.</param>
    /// <param name="reference">Where the dates come from (minutes of the board, policy file).</param>
    /// <exception cref="ArgumentNullException"><paramref name="dates"/> or <paramref name="reference"/> is <c>null</c>.</exception>
    public AssemblyCalendar(IEnumerable<LocalDate> dates, Reference reference)
    {
        this.dates = (dates ?? throw new ArgumentNullException(nameof(dates))).Distinct().OrderBy(d => d).ToArray();
        Reference = reference ?? throw new ArgumentNullException(nameof(reference));
        Dates = Array.AsReadOnly(this.dates);
    }

    /// <summary>An empty calendar.</summary>
    public static AssemblyCalendar Empty { get; } = new(Array.Empty<LocalDate>(), new Reference("No general assembly recorded", null));

    /// <summary>The assembly dates, in order.</summary>
    public IReadOnlyList<LocalDate> Dates { get; }

    /// <summary>Where the dates come from.</summary>
    public Reference Reference { get; }

    /// <summary>Whether a general assembly is held on a day.</summary>
    /// <param name="date">The day.</param>
    [Pure]
    public bool Contains(LocalDate date) => Array.BinarySearch(dates, date) >= 0;

    /// <summary>The first assembly on or after a day; <c>null</c> when the calendar has none.</summary>
    /// <param name="date">The day.</param>
    [Pure]
    public LocalDate? FirstOnOrAfter(LocalDate date)
    {
        var index = Array.BinarySearch(dates, date);
        if (index < 0)
        {
            index = ~index;
        }

        return index < dates.Length ? dates[index] : null;
    }

    /// <summary>A calendar with more dates.</summary>
    /// <param name="more">Dates to add.</param>
    /// <exception cref="ArgumentNullException"><paramref name="more"/> is <c>null</c>.</exception>
    [Pure]
    public AssemblyCalendar With(IEnumerable<LocalDate> more) => new(dates.Concat(more), Reference);

    /// <inheritdoc />
    public bool Equals(AssemblyCalendar? other) =>
        other is not null && (ReferenceEquals(this, other) || (dates.SequenceEqual(other.dates) && Reference.Equals(other.Reference)));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as AssemblyCalendar);

    /// <inheritdoc />
    public override int GetHashCode() => unchecked((dates.Length * 31) + (dates.Length == 0 ? 0 : dates[0].GetHashCode()) + Reference.GetHashCode());

    /// <summary>The dates, comma-separated.</summary>
    public override string ToString() => string.Join(", ", dates.Select(d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
}
