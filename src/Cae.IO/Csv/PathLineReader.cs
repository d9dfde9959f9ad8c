using System;
using Cae.Domain.Paths;
using Cae.Rules.Data;
using NodaTime;

namespace Cae.IO.Csv;

/// <summary>
/// Reads a row of <c>paths.csv</c> of the usual form from its line's bytes, before the reader cuts the line into
/// fields: one vector pass finds the sixteen cells (<see cref="LineCells"/>), then each is read where it lies and
/// the path goes into the columns, as <see cref="PathRowReader"/> would put it there.
/// </summary>
/// <remarks>
/// A line is read here when the header is the contract's sixteen columns in the contract's order and the line holds
/// no quote, exactly sixteen cells, no white space or control byte at an edge of a text cell, dates that
/// <see cref="ContractDates.TryParseDate(ReadOnlySpan{byte}, out LocalDate)"/> takes as they are, a known exit
/// category and gender (or none), and, in a UTF-8 file, only valid UTF-8; and when the path breaks no rule of a
/// path and no date lies outside the contract's range. The reader would then cut the line at each delimiter, trim
/// nothing, warn of nothing, and <see cref="PathRowReader"/> would read the same values and add the same path.
/// Every other line (including every line it would reject or warn of) is left to them, untouched.
/// </remarks>
internal sealed class PathLineReader
{
    private const int LineWidth = 16;
    private readonly LineCells cells;
    private readonly RecordText record;
    private readonly bool utf8;
    private readonly NameCache establishments;
    private readonly NameCache structures;
    private readonly NameCache categories;
    private readonly NameCache genders;
    private readonly NameCache residences;
    private readonly NameCache qualifications;
    private readonly NameCache statuses;
    private readonly NameCache incomes;
    private readonly NameCache prescribers;

    /// <summary>Creates the line reader of a file.</summary>
    /// <param name="record">The file's record (its encoding).</param>
    /// <param name="columns">The file's header.</param>
    /// <param name="dialect">The file's dialect.</param>
    public PathLineReader(RecordText record, ColumnMap columns, CsvDialect dialect)
    {
        this.record = record;
        utf8 = !record.Windows1252;
        cells = new LineCells(LineWidth, (byte)dialect.Delimiter);
        establishments = new NameCache(record);
        structures = new NameCache(record);
        categories = new NameCache(record);
        genders = new NameCache(record);
        residences = new NameCache(record);
        qualifications = new NameCache(record);
        statuses = new NameCache(record);
        incomes = new NameCache(record);
        prescribers = new NameCache(record);
        ReadsLines = LineCells.Available && ContractOrder(columns);
    }

    /// <summary>Whether <see cref="TryReadLine"/> can read this file's rows: the header is the contract's columns in the contract's order.</summary>
    public bool ReadsLines { get; }

    /// <summary>Reads a whole line of the usual form into the columns, or says <c>false</c> and changes nothing.</summary>
    /// <param name="bytes">The buffer from the line's start: the line, its line break and what follows, not read here.</param>
    /// <param name="length">The line's length, without its line break.</param>
    /// <param name="into">The columns the path goes into.</param>
    public bool TryReadLine(ReadOnlySpan<byte> bytes, int length, PathColumns into)
    {
        if (!cells.Cut(bytes, length, out var high))
        {
            return false;
        }

        var line = bytes.Slice(0, length);
        if (utf8 && high != 0 && Utf8Bytes.FirstInvalid(line) >= 0)
        {
            return false;
        }

        var idBytes = cells.Cell(line, 0);
        var establishmentBytes = cells.Cell(line, 1);
        var structureBytes = cells.Cell(line, 2);
        var entryBytes = cells.Cell(line, 3);
        if (idBytes.Length == 0 || establishmentBytes.Length == 0 || structureBytes.Length == 0 || entryBytes.Length == 0
            || !AsciiCell.Bare(idBytes) || !AsciiCell.Bare(establishmentBytes) || !AsciiCell.Bare(structureBytes)
            || !ContractDates.TryParseDate(entryBytes, out var entry)
            || !TryDate(cells.Cell(line, 4), out var cesa)
            || !TryDate(cells.Cell(line, 5), out var application)
            || !TryDate(cells.Cell(line, 6), out var associate)
            || !TryDate(cells.Cell(line, 7), out var exit)
            || !TryDate(cells.Cell(line, 10), out var birth)
            || !TryText(cells.Cell(line, 8), categories, out var categoryText)
            || !TryText(cells.Cell(line, 9), genders, out var genderText)
            || !TryText(cells.Cell(line, 11), residences, out var residence)
            || !TryText(cells.Cell(line, 12), qualifications, out var qualification)
            || !TryText(cells.Cell(line, 13), statuses, out var status)
            || !TryText(cells.Cell(line, 14), incomes, out var income)
            || !TryText(cells.Cell(line, 15), prescribers, out var prescriber))
        {
            return false;
        }

        ExitCategory? category = null;
        if ((categoryText is not null && !ExitCategory.TryParse(categoryText, out category)) || !GenderCell.TryRead(genderText, out var gender))
        {
            return false; // rejected or warned of: the reader's to word
        }

        var id = record.Decode(idBytes);
        var establishment = establishments.Get(establishmentBytes);
        var structure = structures.Get(structureBytes);
        // A path that breaks a rule or has a date out of range is the reader's to word.
        return PathRowReader.TryAdd(into, id, establishment, structure, entry, cesa, application, associate, exit, category, gender, birth, residence, qualification, status, income, prescriber, out _, out _);
    }

    private static bool ContractOrder(ColumnMap columns)
    {
        if (columns.HeaderWidth != LineWidth)
        {
            return false;
        }

        for (var i = 0; i < LineWidth; i++)
        {
            if (columns.IndexOf(ContractColumns.Paths[i]) != i)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>An empty date cell (none) or one that parses as it is; <c>false</c> for anything else (spaces, another form, no such day).</summary>
    private static bool TryDate(ReadOnlySpan<byte> cell, out LocalDate? date)
    {
        date = null;
        if (cell.Length == 0)
        {
            return true;
        }

        if (!ContractDates.TryParseDate(cell, out var parsed))
        {
            return false;
        }

        date = parsed;
        return true;
    }

    /// <summary>An empty text cell (none) or one with bare edges, as the column's shared string; <c>false</c> for an edge to trim.</summary>
    private static bool TryText(ReadOnlySpan<byte> cell, NameCache cache, out string? text)
    {
        text = null;
        if (cell.Length == 0)
        {
            return true;
        }

        if (!AsciiCell.Bare(cell))
        {
            return false;
        }

        text = cache.Get(cell);
        return true;
    }
}
