using System.Collections.Generic;
using System.Linq;

namespace Cae.IO.Endi;

/// <summary>A label found in enDI exports and the number of export rows that carry it.</summary>
/// <param name="Label">The label, as first written.</param>
/// <param name="Rows">The rows that carry it (labels compared case and accents free).</param>
public sealed record EndiLabel(string Label, int Rows);

/// <summary>
/// The labels a CAE configured in enDI, as found in its exports: every antenna and every exit reason, in the order
/// first found. <c>cae import endi --write-mapping</c> makes a mapping template of them. Two instances are equal when
/// they hold the same labels in the same order.
/// </summary>
/// <param name="Antennas">The values of <c>Antenne de rattachement</c>.</param>
/// <param name="ExitReasons">The values of <c>Motif de sortie</c>.</param>
public sealed record EndiLabels(IReadOnlyList<EndiLabel> Antennas, IReadOnlyList<EndiLabel> ExitReasons)
{
    /// <inheritdoc/>
    public bool Equals(EndiLabels? other) =>
        other is not null && Antennas.SequenceEqual(other.Antennas) && ExitReasons.SequenceEqual(other.ExitReasons);

    /// <inheritdoc/>
    public override int GetHashCode() => (Antennas.Count * 397) ^ ExitReasons.Count;
}
