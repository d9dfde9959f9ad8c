using System;
using System.Collections.Generic;

namespace Cae.Rules.Data;

/// <summary>
/// Interns names (structures, establishments, typology values) as small integer ids, in order of first appearance.
/// </summary>
/// <remarks>Ids are dense, from 0. Comparison is ordinal. Not thread-safe while being filled; read-only once the dataset is built.</remarks>
public sealed class NameTable
{
    private readonly Dictionary<string, int> ids = new(StringComparer.Ordinal);
    private readonly List<string> names = new();

    /// <summary>The number of names.</summary>
    public int Count => names.Count;

    /// <summary>The names, indexed by id.</summary>
    public IReadOnlyList<string> Names => names;

    /// <summary>The name of an id.</summary>
    /// <param name="id">The id, from 0 to <see cref="Count"/> − 1.</param>
    public string this[int id] => names[id];

    /// <summary>The id of a name, added if new.</summary>
    /// <param name="name">The name.</param>
    public int Intern(string name)
    {
        if (!ids.TryGetValue(name, out var id))
        {
            id = names.Count;
            ids.Add(name, id);
            names.Add(name);
        }

        return id;
    }

    /// <summary>The id of a name, or −1 when it is not in the table.</summary>
    /// <param name="name">The name.</param>
    public int IdOf(string name) => ids.TryGetValue(name, out var id) ? id : -1;
}
