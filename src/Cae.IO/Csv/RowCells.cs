using System;
using Cae.Domain.Errors;
using Cae.Domain.Values;
using NodaTime;

namespace Cae.IO.Csv;

/// <summary>
/// Typed access to the cells of the current row: trimmed, empty = absent, parsed in the file's dialect.
/// A cell that does not parse, or a required cell that is absent, throws <see cref="CellRejection"/>.
/// </summary>
internal sealed class RowCells
{
    private readonly RecordText record;
    private readonly ColumnMap columns;
    private readonly CsvDialect dialect;

    /// <summary>Creates the accessor for a file.</summary>
    /// <param name="record">The decoded record, moved row by row by the caller.</param>
    /// <param name="columns">The file's header.</param>
    /// <param name="dialect">The file's dialect.</param>
    public RowCells(RecordText record, ColumnMap columns, CsvDialect dialect)
    {
        this.record = record;
        this.columns = columns;
        this.dialect = dialect;
    }

    // The columns asked for, in the order they are asked (the same for every row), found by reference: no
    // hashing of a column name per cell.
    private string[] slotNames = new string[16];
    private int[] slotIndexes = new int[16];
    private NameCache?[] slotCaches = new NameCache?[16];
    private int slotCount;
    private int nextSlot;

    private ByteCsvReader Reader => record.Reader;

    /// <summary>
    /// The trimmed text of a cell whose values repeat (names, typology codes): one string per distinct value of the
    /// file instead of one per row; <c>null</c> when the column is absent or the cell empty.
    /// </summary>
    /// <param name="column">The contract's column name.</param>
    public string? SharedText(string column)
    {
        var slot = Slot(column);
        var index = slotIndexes[slot];
        if (index < 0 || index >= Reader.FieldCount || Reader.IsQuoted(index))
        {
            return Text(column);
        }

        var cache = slotCaches[slot] ??= new NameCache(record);

        var text = cache.Get(Reader.Raw(index));
        if (text.Length == 0)
        {
            return null;
        }

        var trimmed = text.Trim();
        return trimmed.Length == 0 ? null : trimmed.Length == text.Length ? text : trimmed;
    }

    /// <summary>The trimmed text of a required cell whose values repeat (see <see cref="SharedText"/>).</summary>
    /// <param name="column">The contract's column name.</param>
    public string RequiredSharedText(string column) => SharedText(column) ?? throw Missing(column);

    /// <summary>The trimmed text of a cell; <c>null</c> when the column is absent or the cell empty.</summary>
    /// <param name="column">The contract's column name.</param>
    public string? Text(string column)
    {
        var index = slotIndexes[Slot(column)];
        if (index < 0 || index >= Reader.FieldCount)
        {
            return null;
        }

        var text = record.Field(index).Trim();
        return text.Length == 0 ? null : text;
    }

    /// <summary>The trimmed text of a required cell.</summary>
    /// <param name="column">The contract's column name.</param>
    public string RequiredText(string column) => Text(column) ?? throw Missing(column);

    /// <summary>A date cell; <c>null</c> when empty.</summary>
    /// <param name="column">The contract's column name.</param>
    public LocalDate? Date(string column)
    {
        // The usual cell (unquoted ASCII) is parsed from its bytes, without a string; anything else from its text.
        var index = slotIndexes[Slot(column)];
        if (index >= 0 && index < Reader.FieldCount && !Reader.IsQuoted(index))
        {
            var bytes = AsciiCell.Trim(Reader.Raw(index));
            if (bytes.Length == 0)
            {
                return null;
            }

            if (ContractDates.TryParseDate(bytes, out var parsed))
            {
                return parsed;
            }
        }

        var text = Text(column);
        if (text is null)
        {
            return null;
        }

        return ContractDates.TryParseDate(text, out var date)
            ? date
            : throw new CellRejection(column, $"'{CellText.Quote(text)}' is not a date ({ContractDates.DateFormats})");
    }

    /// <summary>A required date cell.</summary>
    /// <param name="column">The contract's column name.</param>
    public LocalDate RequiredDate(string column) => Date(column) ?? throw Missing(column);

    /// <summary>A required month cell.</summary>
    /// <param name="column">The contract's column name.</param>
    public YearMonth RequiredMonth(string column)
    {
        var text = RequiredText(column);
        return ContractDates.TryParseMonth(text, out var month)
            ? month
            : throw new CellRejection(column, $"'{CellText.Quote(text)}' is not a month ({ContractDates.MonthFormats})");
    }

    /// <summary>An amount of euros, exact to the cent; <c>null</c> when empty.</summary>
    /// <param name="column">The contract's column name.</param>
    public Money? Amount(string column)
    {
        var text = Text(column);
        if (text is null)
        {
            return null;
        }

        var value = Number(column, text);
        if (decimal.Round(value, 2) != value)
        {
            throw new CellRejection(column, $"'{CellText.Quote(text)}' is not a valid amount: more than two decimals (amounts are exact to the cent)");
        }

        if (Math.Abs(value) > 1_000_000_000_000m)
        {
            throw new CellRejection(column, FormattableString.Invariant($"{value:0.00} € is beyond 10^12 € in absolute value"));
        }

        return Money.FromEuros(value);
    }

    /// <summary>A required amount of euros.</summary>
    /// <param name="column">The contract's column name.</param>
    public Money RequiredAmount(string column) => Amount(column) ?? throw Missing(column);

    /// <summary>A number of hours, exact to the hundredth, never negative; <c>null</c> when empty.</summary>
    /// <param name="column">The contract's column name.</param>
    public Hours? Hours(string column)
    {
        var text = Text(column);
        if (text is null)
        {
            return null;
        }

        var value = Number(column, text);
        if (value < 0m)
        {
            throw new CellRejection(column, $"'{CellText.Quote(text)}': salary hours are never negative");
        }

        if (decimal.Round(value, 2) != value)
        {
            throw new CellRejection(column, $"'{CellText.Quote(text)}' is not a valid number of hours: more than two decimals (hours are exact to the hundredth)");
        }

        try
        {
            return Domain.Values.Hours.FromDecimal(value);
        }
        catch (Exception e) when (e is DomainRuleException or OverflowException)
        {
            throw new CellRejection(column, $"'{CellText.Quote(text)}' is not a valid number of hours: too large");
        }
    }

    /// <summary>The index of the first field beyond the header that is not empty; -1 when none.</summary>
    public int FirstExtraField()
    {
        for (var i = columns.HeaderWidth; i < Reader.FieldCount; i++)
        {
            if (!string.IsNullOrWhiteSpace(record.Field(i)))
            {
                return i;
            }
        }

        return -1;
    }

    private decimal Number(string column, string text) =>
        DialectNumber.TryParse(text, dialect, out var value)
            ? value
            : throw new CellRejection(column, FormattableString.Invariant($"'{CellText.Quote(text)}' is not a number (this file is delimited by '{dialect.Delimiter}': write numbers like {dialect.NumberExample})"));

    /// <summary>The slot of a column: the one after the last asked (the same instance), one of the same name, or a new one.</summary>
    private int Slot(string column)
    {
        var guess = nextSlot;
        if (guess < slotCount && ReferenceEquals(slotNames[guess], column))
        {
            nextSlot = guess + 1;
            return guess;
        }

        for (var i = 0; i < slotCount; i++)
        {
            if (string.Equals(slotNames[i], column, StringComparison.Ordinal))
            {
                nextSlot = i + 1;
                return i;
            }
        }

        if (slotCount == slotNames.Length)
        {
            Array.Resize(ref slotNames, slotCount * 2);
            Array.Resize(ref slotIndexes, slotCount * 2);
            Array.Resize(ref slotCaches, slotCount * 2);
        }

        slotNames[slotCount] = column;
        slotIndexes[slotCount] = columns.IndexOf(column);
        nextSlot = slotCount + 1;
        return slotCount++;
    }

    private static CellRejection Missing(string column) => new(column, "required value missing");
}
