using System;
using System.Collections.Generic;

namespace Cae.IO.Csv;

/// <summary>
/// Where each contract column sits in a file, read from its header: names are trimmed and matched ordinally,
/// ignoring case (never by culture: under tr-TR <c>ENTREPRENEUR_ID</c> must still match), in any order.
/// </summary>
internal sealed class ColumnMap
{
    private readonly Dictionary<string, int> indexes;

    private readonly string[] names;

    private ColumnMap(Dictionary<string, int> indexes, string[] names)
    {
        this.indexes = indexes;
        this.names = names;
    }

    /// <summary>The number of columns of the header.</summary>
    public int HeaderWidth => names.Length;

    /// <summary>Reads the header record the reader is on.</summary>
    /// <param name="header">The header's cells, as written.</param>
    /// <param name="line">The header's line.</param>
    /// <param name="file">The file name for messages.</param>
    /// <param name="known">The contract's columns of this file.</param>
    /// <param name="required">The required ones.</param>
    /// <param name="warnings">Receives one warning per unknown column.</param>
    /// <exception cref="InputException">A required column is missing, or a column appears twice.</exception>
    public static ColumnMap Read(IReadOnlyList<string> header, int line, string file, IReadOnlyList<string> known, IReadOnlyList<string> required, ICollection<InputWarning> warnings)
    {
        var knownNames = new HashSet<string>(known, StringComparer.OrdinalIgnoreCase);
        var indexes = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var names = new string[header.Count];
        for (var i = 0; i < header.Count; i++)
        {
            var name = header[i].Trim().TrimStart('\uFEFF');
            names[i] = name;
            if (name.Length == 0)
            {
                warnings.Add(new InputWarning(file, line, FormattableString.Invariant($"column {i + 1}"), "column without a name ignored"));
                continue;
            }

            if (!knownNames.TryGetValue(name, out var canonical))
            {
                warnings.Add(new InputWarning(file, line, name, "unknown column ignored"));
                continue;
            }

            if (!indexes.TryAdd(canonical, i))
            {
                throw new InputException(FormattableString.Invariant($"{file}:{line}: {canonical}: the column appears twice in the header"));
            }
        }

        foreach (var column in required)
        {
            if (!indexes.ContainsKey(column))
            {
                throw new InputException(FormattableString.Invariant($"{file}:{line}: {column}: required column missing"));
            }
        }

        return new ColumnMap(indexes, names);
    }

    /// <summary>The index of a contract column; -1 when the file does not have it.</summary>
    /// <param name="column">The contract's name.</param>
    public int IndexOf(string column) => indexes.TryGetValue(column, out var index) ? index : -1;

    /// <summary>The name of the column at an index, for messages: the contract's name, the header's, or <c>column N</c>.</summary>
    /// <param name="index">The field index, from 0.</param>
    public string NameAt(int index)
    {
        if (index < names.Length && names[index].Length > 0)
        {
            foreach (var pair in indexes)
            {
                if (pair.Value == index)
                {
                    return pair.Key;
                }
            }

            return names[index];
        }

        return FormattableString.Invariant($"column {index + 1}");
    }
}
