using Cae.Domain.Values;
using Cae.IO.Csv;
using NodaTime;

namespace Cae.IO.Endi;

/// <summary>
/// Typed access to the cells of the current row of an enDI export: trimmed, empty = absent. A cell that does not
/// parse, or a required cell that is absent, throws <see cref="CellRejection"/> naming the enDI column.
/// </summary>
internal sealed class EndiRowCells
{
    private readonly EndiRecordReader reader;

    public EndiRowCells(EndiRecordReader reader, EndiHeader header)
    {
        this.reader = reader;
        Header = header;
    }

    public EndiHeader Header { get; }

    /// <summary>The trimmed text of a cell; <c>null</c> when the column is absent or the cell empty.</summary>
    public string? Text(string column) => TextAt(Header.IndexOf(column));

    public string RequiredText(string column) => Text(column) ?? throw new CellRejection(column, "required value missing");

    public LocalDate? Date(string column)
    {
        var text = Text(column);
        if (text is null)
        {
            return null;
        }

        return EndiCells.TryParseDate(text, out var date)
            ? date
            : throw new CellRejection(column, $"'{text}' is not a date of 1900-2100 ({EndiCells.DateFormat})");
    }

    public LocalDate RequiredDate(string column) => Date(column) ?? throw new CellRejection(column, "required value missing");

    public Money? Amount(string column) => AmountAt(Header.IndexOf(column));

    /// <summary>The amount of a cell; <c>null</c> when empty.</summary>
    public Money? AmountAt(int index)
    {
        var text = TextAt(index);
        if (text is null)
        {
            return null;
        }

        return EndiCells.TryParseAmount(text, out var amount, out var reason)
            ? amount
            : throw new CellRejection(Header.NameAt(index), reason!);
    }

    private string? TextAt(int index)
    {
        if (index < 0 || index >= reader.FieldCount)
        {
            return null;
        }

        var text = reader[index].Trim().Trim('\u00A0', '\u202F');
        return text.Length == 0 ? null : text;
    }
}
