using System;
using System.Collections.Generic;
using System.Diagnostics.Contracts;
using System.Linq;
using Cae.Domain.Organisation;

namespace Cae.Domain.Policy;

/// <summary>
/// The reporting units of a policy: which label an activity of a structure and establishment is reported under.
/// </summary>
/// <remarks>
/// A unit with an establishment takes that (structure, establishment); a unit without one takes the rest of
/// its structure; activity of an unmapped structure goes to a unit named after the structure (data contract §1). Immutable, with value equality (the units, in order).
/// </remarks>
public sealed class ReportingUnitMap : IEquatable<ReportingUnitMap>
{
    private readonly ReportingUnit[] units;

    /// <summary>Creates the map.</summary>
    /// <param name="units">The units.</param>
    /// <exception cref="ArgumentNullException"><paramref name="units"/> or one of them is <c>null</c>.</exception>
    public ReportingUnitMap(IEnumerable<ReportingUnit> units)
    {
        this.units = (units ?? throw new ArgumentNullException(nameof(units))).Select(u => u ?? throw new ArgumentNullException(nameof(units))).ToArray();
        Units = Array.AsReadOnly(this.units);
    }

    /// <summary>No explicit unit: every structure is its own unit.</summary>
    public static ReportingUnitMap None { get; } = new(Array.Empty<ReportingUnit>());

    /// <summary>The explicit units.</summary>
    public IReadOnlyList<ReportingUnit> Units { get; }

    /// <inheritdoc />
    public bool Equals(ReportingUnitMap? other) =>
        other is not null && (ReferenceEquals(this, other) || units.SequenceEqual(other.units));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ReportingUnitMap);

    /// <inheritdoc />
    public override int GetHashCode() => units.Length;

    /// <summary>The label of the unit that reports an activity.</summary>
    /// <param name="structure">The structure that carries the activity.</param>
    /// <param name="establishment">The establishment of the activity.</param>
    [Pure]
    public string LabelFor(Structure structure, Establishment establishment)
    {
        string? rest = null;
        foreach (var u in units)
        {
            if (u.Structure != structure)
            {
                continue;
            }

            if (u.Establishment is { } e)
            {
                if (e == establishment)
                {
                    return u.Label;
                }
            }
            else
            {
                rest ??= u.Label;
            }
        }

        return rest ?? structure.Name;
    }
}
