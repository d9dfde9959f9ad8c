using System;
using System.Collections.Generic;
using System.Diagnostics.Contracts;
using System.Linq;
using Cae.Domain.Errors;
using Cae.Domain.Values;

namespace Cae.Domain.Policy;

/// <summary>
/// Employer charges as a fraction of gross salary: a flat rate, or a rate by multiple of the SMIC,
/// interpolated linearly between points.
/// </summary>
/// <remarks>
/// Because of the general reduction on low wages, employer charges depend on the salary level: about 5 % at
/// the SMIC, 16 % at 2 055 € gross and 30 % at 2 560 € gross in a 2024 worked example (cae-rules-facts §D.18;
/// Code de la sécurité sociale L241-13). Below the first point the first rate applies, above the last point
/// the last rate applies. Immutable, with value equality (the points).
/// </remarks>
public sealed class EmployerChargeSchedule : IEquatable<EmployerChargeSchedule>
{
    private readonly KeyValuePair<decimal, Rate>[] points;

    private EmployerChargeSchedule(KeyValuePair<decimal, Rate>[] points) => this.points = points;

    /// <summary>The points (SMIC multiple, rate), by increasing multiple; one point for a flat rate.</summary>
    public IReadOnlyList<KeyValuePair<decimal, Rate>> Points => Array.AsReadOnly(points);

    /// <summary>Whether the schedule is a single flat rate.</summary>
    public bool IsFlat => points.Length == 1;

    /// <summary>A flat rate whatever the salary.</summary>
    /// <param name="rate">The rate.</param>
    [Pure]
    public static EmployerChargeSchedule Flat(Rate rate) => new(new[] { new KeyValuePair<decimal, Rate>(1m, rate) });

    /// <summary>A schedule by multiple of the SMIC.</summary>
    /// <param name="points">Pairs (multiple of the SMIC, rate); multiples positive and distinct.</param>
    /// <exception cref="DomainRuleException">No point, or a multiple not positive or repeated.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="points"/> is <c>null</c>.</exception>
    [Pure]
    public static EmployerChargeSchedule BySmicMultiple(IEnumerable<KeyValuePair<decimal, Rate>> points)
    {
        var sorted = (points ?? throw new ArgumentNullException(nameof(points))).OrderBy(p => p.Key).ToArray();
        if (sorted.Length == 0)
        {
            throw new DomainRuleException("by_smic_multiple", "(none)", "a schedule has at least one point");
        }

        for (var i = 0; i < sorted.Length; i++)
        {
            if (sorted[i].Key <= 0m || (i > 0 && sorted[i].Key == sorted[i - 1].Key))
            {
                throw new DomainRuleException("by_smic_multiple", sorted[i].Key.ToString(System.Globalization.CultureInfo.InvariantCulture), "SMIC multiples are positive and distinct");
            }
        }

        return new EmployerChargeSchedule(sorted);
    }

    /// <summary>The rate for a gross salary of the given multiple of the SMIC, interpolated linearly.</summary>
    /// <param name="smicMultiple">Gross salary divided by the SMIC for the same hours.</param>
    /// <returns>The exact interpolated rate (not rounded).</returns>
    [Pure]
    public decimal RateAt(decimal smicMultiple)
    {
        if (smicMultiple <= points[0].Key)
        {
            return points[0].Value.Value;
        }

        for (var i = 1; i < points.Length; i++)
        {
            if (smicMultiple <= points[i].Key)
            {
                var (x0, y0) = (points[i - 1].Key, points[i - 1].Value.Value);
                var (x1, y1) = (points[i].Key, points[i].Value.Value);
                return y0 + ((y1 - y0) * (smicMultiple - x0) / (x1 - x0));
            }
        }

        return points[points.Length - 1].Value.Value;
    }

    /// <inheritdoc />
    public bool Equals(EmployerChargeSchedule? other) =>
        other is not null && (ReferenceEquals(this, other) || points.SequenceEqual(other.points));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as EmployerChargeSchedule);

    /// <inheritdoc />
    public override int GetHashCode() => unchecked((points.Length * 31) + points[0].Key.GetHashCode() + points[0].Value.GetHashCode());

    /// <summary>The schedule as text: <c>flat 0.45</c> or <c>1.0→0.05, 1.6→0.30</c>.</summary>
    public override string ToString() => IsFlat
        ? FormattableString.Invariant($"flat {points[0].Value}")
        : string.Join(", ", points.Select(p => FormattableString.Invariant($"{p.Key}×SMIC→{p.Value}")));
}
