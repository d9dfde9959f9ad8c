using System;
using System.Collections.Generic;
using System.Diagnostics.Contracts;
using Cae.Domain.Organisation;

namespace Cae.Domain.Policy;

/// <summary>
/// The reporting units of a policy: which label an activity of a structure and establishment is reported under.
/// </summary>
/// <remarks>
/// A unit with an establishment takes that (structure, establishment); a unit without one takes the rest of
/// its structure; activity of an unmapped structure goes to a unit named after the structure (data contract §1).
/// </remarks>
public sealed class ReportingUnitMap
{
    private readonly ReportingUnit[] units;

    /// <summary>Creates the map.</summary>
    /// <param name="units">The units.</param>
    public ReportingUnitMap(IEnumerable<ReportingUnit> units)
    {
        this.units = new List<ReportingUnit>(units ?? throw new ArgumentNullException(nameof(units))).ToArray();
        Units = Array.AsReadOnly(this.units);
    }

    /// <summary>No explicit unit: every structure is its own unit.</summary>
    public static ReportingUnitMap None { get; } = new(Array.Empty<ReportingUnit>());

    /// <summary>The explicit units.</summary>
    public IReadOnlyList<ReportingUnit> Units { get; }

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
