using System;
using System.Collections;
using System.Collections.Generic;

namespace Cae.Rules.Indicators;

/// <summary>
/// The figures of a report table by group name (establishment, structure, reporting unit, category…), in
/// the report's order.
/// </summary>
/// <typeparam name="T">The figures of one group.</typeparam>
/// <remarks>Immutable. Names are distinct and compared ordinally. Equality is by names, order and values.</remarks>
public sealed class GroupTable<T> : IReadOnlyList<KeyValuePair<string, T>>, IEquatable<GroupTable<T>>
{
    private readonly KeyValuePair<string, T>[] rows;
    private readonly Dictionary<string, int> index;

    /// <summary>Creates a table.</summary>
    /// <param name="rows">The groups, in order; names are distinct.</param>
    /// <exception cref="ArgumentException">Two groups have the same name.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="rows"/> is <c>null</c>.</exception>
    public GroupTable(IEnumerable<KeyValuePair<string, T>> rows)
    {
        this.rows = new List<KeyValuePair<string, T>>(rows ?? throw new ArgumentNullException(nameof(rows))).ToArray();
        index = new Dictionary<string, int>(this.rows.Length, StringComparer.Ordinal);
        for (var i = 0; i < this.rows.Length; i++)
        {
            if (index.ContainsKey(this.rows[i].Key))
            {
                throw new ArgumentException($"The group '{this.rows[i].Key}' appears twice.", nameof(rows));
            }

            index.Add(this.rows[i].Key, i);
        }
    }

    /// <summary>An empty table.</summary>
    public static GroupTable<T> Empty { get; } = new(Array.Empty<KeyValuePair<string, T>>());

    /// <summary>The number of groups.</summary>
    public int Count => rows.Length;

    /// <summary>The group names, in order.</summary>
    public IEnumerable<string> Names
    {
        get
        {
            foreach (var row in rows)
            {
                yield return row.Key;
            }
        }
    }

    /// <summary>The group at a position.</summary>
    /// <param name="position">The position, from 0.</param>
    public KeyValuePair<string, T> this[int position] => rows[position];

    /// <summary>The figures of a group.</summary>
    /// <param name="name">The group's name.</param>
    /// <exception cref="KeyNotFoundException">No such group.</exception>
    public T this[string name] => index.TryGetValue(name, out var i) ? rows[i].Value : throw new KeyNotFoundException($"No group '{name}'.");

    /// <summary>Whether the table has a group.</summary>
    /// <param name="name">The group's name.</param>
    public bool Contains(string name) => index.ContainsKey(name);

    /// <summary>Gets the figures of a group, when the table has it.</summary>
    /// <param name="name">The group's name.</param>
    /// <param name="value">The figures.</param>
    public bool TryGetValue(string name, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out T value)
    {
        if (index.TryGetValue(name, out var i))
        {
            value = rows[i].Value;
            return true;
        }

        value = default!;
        return false;
    }

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<string, T>> GetEnumerator() => ((IEnumerable<KeyValuePair<string, T>>)rows).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc />
    public bool Equals(GroupTable<T>? other)
    {
        if (other is null || other.rows.Length != rows.Length)
        {
            return false;
        }

        for (var i = 0; i < rows.Length; i++)
        {
            if (!string.Equals(rows[i].Key, other.rows[i].Key, StringComparison.Ordinal)
                || !EqualityComparer<T>.Default.Equals(rows[i].Value, other.rows[i].Value))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is GroupTable<T> other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => rows.Length == 0 ? 0 : StringComparer.Ordinal.GetHashCode(rows[0].Key) ^ rows.Length;
}
