using System;
using System.Collections.Generic;
using System.Diagnostics.Contracts;
using System.Linq;
using Cae.Domain.Errors;
using Cae.Domain.Values;

namespace Cae.Domain.Policy;

/// <summary>
/// Employer charges as a fraction of gross salary: a flat rate, a rate by multiple of the SMIC interpolated
/// linearly between points, or the CAE's full employer rate less the general reduction of employer
/// contributions (<see cref="GeneralReduction"/>).
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

    private EmployerChargeSchedule(Rate fullRate, decimal maxCoefficient, decimal threshold)
    {
        points = Array.Empty<KeyValuePair<decimal, Rate>>();
        FullRate = fullRate;
        MaxCoefficient = maxCoefficient;
        Threshold = threshold;
    }

    /// <summary>The points (SMIC multiple, rate), by increasing multiple; one point for a flat rate; none for a <see cref="GeneralReduction"/>.</summary>
    public IReadOnlyList<KeyValuePair<decimal, Rate>> Points => Array.AsReadOnly(points);

    /// <summary>Whether the schedule is a single flat rate.</summary>
    public bool IsFlat => points.Length == 1;

    /// <summary>Whether the schedule is the full employer rate less the general reduction (<see cref="GeneralReduction"/>).</summary>
    public bool IsGeneralReduction => points.Length == 0;

    /// <summary>For a <see cref="GeneralReduction"/>: the CAE's employer rate before the reduction; zero otherwise.</summary>
    public Rate FullRate { get; }

    /// <summary>For a <see cref="GeneralReduction"/>: T, the reduction's coefficient at the SMIC (its largest); zero otherwise.</summary>
    public decimal MaxCoefficient { get; }

    /// <summary>For a <see cref="GeneralReduction"/>: the multiple of the SMIC at which the reduction ends (1.6); zero otherwise.</summary>
    public decimal Threshold { get; }

    /// <summary>
    /// The CAE's full employer rate less the general reduction of employer contributions (Code de la sécurité sociale
    /// L241-13 and D241-7): rate(m) = full rate − C(m), with C(m) = (T / (threshold − 1)) × (threshold / m − 1),
    /// rounded to four decimals (half away from zero), never below 0 nor above T, where m is the gross salary's multiple
    /// of the SMIC. D241-7 writes it with the year's figures: C = (T / 0.6) × (1.6 × annual SMIC / annual gross − 1).
    /// </summary>
    /// <param name="fullRate">The CAE's employer rate before the reduction (its own: accident rate, pension, provident scheme…); at least <paramref name="maxCoefficient"/>.</param>
    /// <param name="maxCoefficient">T, the coefficient at the SMIC, between 0 and 1 (e.g. 0.3234 in 2024 for an employer subject to the 0.5 % FNAL contribution; <see cref="LegalParameters.GeneralReductionMaxCoefficient"/>).</param>
    /// <param name="threshold">The multiple of the SMIC where the reduction ends, above 1 (1.6 from 2003 to 2025).</param>
    /// <exception cref="DomainRuleException">T is outside [0, 1], the threshold is not above 1 (or above 100), or the full rate is below T (the charges would be negative at the SMIC).</exception>
    [Pure]
    public static EmployerChargeSchedule GeneralReduction(Rate fullRate, decimal maxCoefficient, decimal threshold)
    {
        if (maxCoefficient < 0m || maxCoefficient > 1m)
        {
            throw new DomainRuleException("general_reduction.max_coefficient", maxCoefficient.ToString(System.Globalization.CultureInfo.InvariantCulture), "T is between 0 and 1");
        }

        if (threshold <= 1m || threshold > 100m)
        {
            throw new DomainRuleException("general_reduction.threshold", threshold.ToString(System.Globalization.CultureInfo.InvariantCulture), "the threshold is a multiple of the SMIC above 1 (and at most 100)");
        }

        if (fullRate.Value < maxCoefficient)
        {
            throw new DomainRuleException("general_reduction.full_rate", fullRate.ToString(), "the full employer rate is at least T, so that the charges are never negative");
        }

        return new EmployerChargeSchedule(fullRate, maxCoefficient, threshold);
    }

    /// <summary>For a <see cref="GeneralReduction"/>: the reduction's coefficient C at a multiple of the SMIC, rounded to four decimals; zero otherwise.</summary>
    /// <param name="smicMultiple">Gross salary divided by the SMIC for the same hours.</param>
    [Pure]
    public decimal ReductionAt(decimal smicMultiple)
    {
        if (!IsGeneralReduction || smicMultiple >= Threshold)
        {
            return 0m;
        }

        if (smicMultiple <= 1m)
        {
            return MaxCoefficient;
        }

        var c = Math.Round(MaxCoefficient / (Threshold - 1m) * ((Threshold / smicMultiple) - 1m), 4, MidpointRounding.AwayFromZero);
        return Math.Min(MaxCoefficient, Math.Max(0m, c));
    }

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

    /// <summary>The rate for a gross salary of the given multiple of the SMIC: interpolated linearly, or the full rate less the general reduction.</summary>
    /// <param name="smicMultiple">Gross salary divided by the SMIC for the same hours.</param>
    /// <returns>The exact interpolated rate (not rounded).</returns>
    [Pure]
    public decimal RateAt(decimal smicMultiple)
    {
        if (IsGeneralReduction)
        {
            return FullRate.Value - ReductionAt(smicMultiple);
        }

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
        other is not null && (ReferenceEquals(this, other) || (points.SequenceEqual(other.points)
            && FullRate == other.FullRate && MaxCoefficient == other.MaxCoefficient && Threshold == other.Threshold));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as EmployerChargeSchedule);

    /// <inheritdoc />
    public override int GetHashCode() => IsGeneralReduction
        ? unchecked((FullRate.GetHashCode() * 31) + MaxCoefficient.GetHashCode() + Threshold.GetHashCode())
        : unchecked((points.Length * 31) + points[0].Key.GetHashCode() + points[0].Value.GetHashCode());

    /// <summary>The schedule as text: <c>flat 0.45</c>, <c>1.0→0.05, 1.6→0.30</c> or <c>0.42 − general reduction (T 0.3234, up to 1.6×SMIC)</c>.</summary>
    public override string ToString() => IsGeneralReduction
        ? FormattableString.Invariant($"{FullRate} − general reduction (T {MaxCoefficient}, up to {Threshold}×SMIC)")
        : IsFlat
        ? FormattableString.Invariant($"flat {points[0].Value}")
        : string.Join(", ", points.Select(p => FormattableString.Invariant($"{p.Key}×SMIC→{p.Value}")));
}
