using System;
using System.Collections;
using System.Collections.Generic;
using System.Threading;
using Cae.Domain.Paths;

namespace Cae.Rules.Data;

/// <summary>
/// A dataset's paths as objects, made from its columns when first asked for, then kept: the report engine
/// reads the columns and never needs them.
/// </summary>
/// <remarks>
/// A path added as a <see cref="PathRecord"/> is given back as that very object. Safe for concurrent readers:
/// of two threads asking for the same new path at once, one object is kept and both get it.
/// </remarks>
internal sealed class PathRecordList : IReadOnlyList<PathRecord>
{
    private readonly PathColumns columns;
    private readonly PathRecord?[] made;

    public PathRecordList(PathColumns columns)
    {
        this.columns = columns;
        made = columns.Record;
    }

    public int Count => columns.Count;

    public PathRecord this[int index]
    {
        get
        {
            if ((uint)index >= (uint)columns.Count)
            {
                throw new ArgumentOutOfRangeException(nameof(index), index, "Not a path of the dataset.");
            }

            return Volatile.Read(ref made[index]) ?? Interlocked.CompareExchange(ref made[index], columns.ToRecord(index), null) ?? made[index]!;
        }
    }

    public IEnumerator<PathRecord> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
