using System;
#if NETSTANDARD2_0
using System.Collections.Generic;
#endif

namespace Cae.IO;

/// <summary>Argument checks and the few collection members that netstandard2.0 lacks.</summary>
internal static class Guard
{
    /// <summary>Throws <see cref="ArgumentNullException"/> when the argument is null.</summary>
    /// <param name="value">The argument.</param>
    /// <param name="name">The parameter's name.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public static void NotNull(object? value, string name)
    {
        if (value is null)
        {
            throw new ArgumentNullException(name);
        }
    }

#if NETSTANDARD2_0
    /// <summary>Adds the entry unless the key is there already.</summary>
    public static bool TryAdd<TKey, TValue>(this Dictionary<TKey, TValue> dictionary, TKey key, TValue value)
        where TKey : notnull
    {
        if (dictionary.ContainsKey(key))
        {
            return false;
        }

        dictionary.Add(key, value);
        return true;
    }

    /// <summary>The set's own copy of an equal value.</summary>
    public static bool TryGetValue(this HashSet<string> set, string value, out string actual)
    {
        foreach (var item in set)
        {
            if (set.Comparer.Equals(item, value))
            {
                actual = item;
                return true;
            }
        }

        actual = value;
        return false;
    }
#endif
}
