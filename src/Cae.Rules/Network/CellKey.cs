using System;

namespace Cae.Rules.Network;

/// <summary>A structure × establishment cell of a partial, ordered by structure then establishment (ordinal).</summary>
/// <param name="Structure">The structure's name.</param>
/// <param name="Establishment">The establishment's name.</param>
internal readonly record struct CellKey(string Structure, string Establishment) : IComparable<CellKey>
{
    /// <inheritdoc />
    public int CompareTo(CellKey other)
    {
        var c = string.CompareOrdinal(Structure, other.Structure);
        return c != 0 ? c : string.CompareOrdinal(Establishment, other.Establishment);
    }
}
