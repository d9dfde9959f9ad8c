using System.Collections.Generic;

namespace Cae.IO.Csv;

/// <summary>
/// The line of each row handed to the dataset builder, kept as the few places where the line is not the one
/// after the previous row's (a rejected row, an empty line, a quoted cell over several lines): a few bytes per
/// file instead of an int per row.
/// </summary>
internal sealed class LineMap
{
    private readonly List<int> indexes = new();
    private readonly List<int> lines = new();
    private int count;
    private int lastLine;

    /// <summary>Records the line of the next row (rows are numbered 0, 1, 2, … in the order added).</summary>
    /// <param name="line">Its line.</param>
    public void Add(int line)
    {
        if (count == 0 || line != lastLine + 1)
        {
            indexes.Add(count);
            lines.Add(line);
        }

        lastLine = line;
        count++;
    }

    /// <summary>Appends the rows of another map after this one's.</summary>
    /// <param name="other">The map of the rows that follow.</param>
    public void Append(LineMap other)
    {
        for (var i = 0; i < other.indexes.Count; i++)
        {
            indexes.Add(count + other.indexes[i]);
            lines.Add(other.lines[i]);
        }

        count += other.count;
        if (other.count > 0)
        {
            lastLine = other.lastLine;
        }
    }

    /// <summary>The line of a row.</summary>
    /// <param name="index">The row, from 0.</param>
    public int LineOf(int index)
    {
        var found = indexes.BinarySearch(index);
        var at = found >= 0 ? found : ~found - 1;
        return lines[at] + (index - indexes[at]);
    }
}
