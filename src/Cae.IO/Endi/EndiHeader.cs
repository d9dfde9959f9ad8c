using System.Collections.Generic;
using NodaTime;

namespace Cae.IO.Endi;

/// <summary>
/// The header of an enDI export: where each known column is (matched case and accents free) and, for the turnover
/// query, the month of each <c>CA &lt;month&gt; &lt;yy&gt;</c> column.
/// </summary>
internal sealed class EndiHeader
{
    private readonly Dictionary<string, int> indexes;
    private readonly string[] names;

    private EndiHeader(Dictionary<string, int> indexes, string[] names, IReadOnlyList<(int Index, YearMonth Month)> months)
    {
        this.indexes = indexes;
        this.names = names;
        Months = months;
    }

    /// <summary>The month columns, in file order.</summary>
    public IReadOnlyList<(int Index, YearMonth Month)> Months { get; }

    /// <summary>The number of cells of the header.</summary>
    public int Width => names.Length;

    /// <summary>Reads the header row.</summary>
    /// <param name="reader">The reader, on the header row.</param>
    /// <param name="file">The file name for messages.</param>
    /// <param name="known">The columns read by name.</param>
    /// <param name="required">The columns that must be there.</param>
    /// <param name="withMonths">Whether the file has month columns (one at least).</param>
    /// <param name="otherColumns">Headers that are known but not read (no warning).</param>
    /// <param name="warnings">Receives a warning per unknown column.</param>
    /// <exception cref="InputException">A required column is missing, or a month column repeats another.</exception>
    public static EndiHeader Read(EndiRecordReader reader, string file, IReadOnlyList<string> known, IReadOnlyList<string> required, bool withMonths, IReadOnlyList<string> otherColumns, List<InputWarning> warnings)
    {
        var wanted = new Dictionary<string, string>();
        foreach (var column in known)
        {
            wanted[EndiText.Fold(column)] = column;
        }

        var ignored = new HashSet<string>();
        foreach (var column in otherColumns)
        {
            ignored.Add(EndiText.Fold(column));
        }

        var indexes = new Dictionary<string, int>();
        var names = new string[reader.FieldCount];
        var months = new List<(int Index, YearMonth Month)>();
        var monthColumns = new Dictionary<YearMonth, string>();
        for (var i = 0; i < reader.FieldCount; i++)
        {
            var header = reader[i].Trim();
            names[i] = header;
            var folded = EndiText.Fold(header);
            if (wanted.TryGetValue(folded, out var column))
            {
                if (!indexes.ContainsKey(column))
                {
                    indexes.Add(column, i);
                }
            }
            else if (withMonths && EndiMonthHeader.TryParse(header, out var month))
            {
                if (monthColumns.TryGetValue(month, out var first))
                {
                    throw new InputException($"{file}:1: {header}: the month {month:yyyy-MM} has two columns ('{first}' and '{header}')");
                }

                monthColumns.Add(month, header);
                months.Add((i, month));
            }
            else if (!ignored.Contains(folded) && folded.Length > 0)
            {
                var hint = withMonths && EndiMonthHeader.LooksLikeMonth(header)
                    ? "not a month (CA <month> <yy>, e.g. CA janv. 19); the column is ignored"
                    : "unknown column, ignored";
                warnings.Add(new InputWarning(file, 1, header, hint));
            }
        }

        foreach (var column in required)
        {
            if (!indexes.ContainsKey(column))
            {
                throw new InputException($"{file}:1: {column}: required column missing (an enDI export of this query has it)");
            }
        }

        if (withMonths && months.Count == 0)
        {
            throw new InputException($"{file}:1: CA <month> <yy>: no month column (the export of \"Chiffre d'affaire par entrepreneur\" ends with one column per month, e.g. CA janv. 19)");
        }

        return new EndiHeader(indexes, names, months);
    }

    /// <summary>The index of a known column; -1 when the file does not have it.</summary>
    /// <param name="column">The column, as in <see cref="EndiColumns"/>.</param>
    public int IndexOf(string column) => indexes.TryGetValue(column, out var index) ? index : -1;

    /// <summary>The header of a cell, as written.</summary>
    /// <param name="index">The cell's index.</param>
    public string NameAt(int index) => index < names.Length ? names[index] : $"column {index + 1}";
}
