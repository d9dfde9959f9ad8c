using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace Cae.Rules.Data;

/// <summary>
/// Interns names (structures, establishments, typology values) as small integer ids, in order of first appearance.
/// </summary>
/// <remarks>Ids are dense, from 0. Comparison is ordinal. Only <see cref="CaeDatasetBuilder"/> adds names, while it is
/// filled; the table of a built <see cref="CaeDataset"/> is read-only, so a built dataset cannot change.</remarks>
public sealed class NameTable
{
    private const int RecentSlots = 64;
    private readonly Dictionary<string, int> ids = new(StringComparer.Ordinal);
    private readonly List<string> names = new();
    private readonly IReadOnlyList<string> view;
    private readonly string?[] recentNames = new string?[RecentSlots];
    private readonly int[] recentIds = new int[RecentSlots];

    /// <summary>Creates an empty table.</summary>
    internal NameTable() => view = names.AsReadOnly();

    /// <summary>The number of names.</summary>
    public int Count => names.Count;

    /// <summary>The names, indexed by id (a read-only view).</summary>
    public IReadOnlyList<string> Names => view;

    /// <summary>The name of an id.</summary>
    /// <param name="id">The id, from 0 to <see cref="Count"/> − 1.</param>
    /// <exception cref="ArgumentOutOfRangeException">The id is not in the table.</exception>
    public string this[int id] => names[id];

    /// <summary>The id of a name, added if new.</summary>
    /// <param name="name">The name.</param>
    internal int Intern(string name)
    {
        // Loaders hand the same string object for the same cell bytes: a name seen lately is found by reference,
        // without hashing its characters.
        var slot = RuntimeHelpers.GetHashCode(name) & (RecentSlots - 1);
        if (ReferenceEquals(recentNames[slot], name))
        {
            return recentIds[slot];
        }

        if (!ids.TryGetValue(name, out var id))
        {
            id = names.Count;
            ids.Add(name, id);
            names.Add(name);
        }

        recentNames[slot] = name;
        recentIds[slot] = id;
        return id;
    }

    /// <summary>The id of a name, or −1 when it is not in the table.</summary>
    /// <param name="name">The name.</param>
    public int IdOf(string name) => ids.TryGetValue(name, out var id) ? id : -1;
}
