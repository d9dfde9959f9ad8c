using System;

namespace Cae.IO.Csv;

/// <summary>
/// Reads an activity row of the usual form from its bytes, without a string per row: unquoted cells, plain
/// numbers and months. Says <c>false</c> for anything else, which the text reader then reads (see <see cref="ActivityLoad"/>).
/// </summary>
internal sealed partial class ActivityFastRow
{
    private readonly RecordText record;
    private readonly NameCache structures;
    private readonly NameCache establishments;
    private readonly byte decimalSeparator;
    private readonly int id;
    private readonly int month;
    private readonly int structure;
    private readonly int establishment;
    private readonly int turnover;
    private readonly int purchases;
    private readonly int contribution;
    private readonly int hours;
    private byte[] lastId = new byte[64];
    private int lastIdLength = -1;

    public ActivityFastRow(RecordText record, ColumnMap columns, CsvDialect dialect)
    {
        this.record = record;
        structures = new NameCache(record);
        establishments = new NameCache(record);
        decimalSeparator = (byte)dialect.DecimalSeparator;
        id = columns.IndexOf(ContractColumns.EntrepreneurId);
        month = columns.IndexOf(ContractColumns.Month);
        structure = columns.IndexOf(ContractColumns.Structure);
        establishment = columns.IndexOf(ContractColumns.Establishment);
        turnover = columns.IndexOf(ContractColumns.Turnover);
        purchases = columns.IndexOf(ContractColumns.Purchases);
        contribution = columns.IndexOf(ContractColumns.Contribution);
        hours = columns.IndexOf(ContractColumns.SalaryHours);
        cells = new LineCells(LineWidth, (byte)dialect.Delimiter);
        utf8 = !record.Windows1252;
        ReadsLines = LineCells.Available && ContractOrder(columns);
        Id = string.Empty;
        Structure = string.Empty;
    }

    public string Id { get; private set; }

    public int Year { get; private set; }

    public int Month { get; private set; }

    public string Structure { get; private set; }

    public string? Establishment { get; private set; }

    public long Turnover { get; private set; }

    public long Purchases { get; private set; }

    public bool HasContribution { get; private set; }

    public long Contribution { get; private set; }

    public long Hours { get; private set; }

    /// <summary>Reads the current row; <c>false</c> when it is not of the usual form (nothing is then decided about it).</summary>
    /// <param name="reader">The reader, on a row with at least the header's cells.</param>
    public bool TryRead(ByteCsvReader reader)
    {
        if (!Plain(reader, id, out var idBytes) || idBytes.Length == 0
            || !Plain(reader, month, out var monthBytes) || !ContractDates.TryParseMonth(monthBytes, out var y, out var m)
            || !Plain(reader, structure, out var structureBytes) || structureBytes.Length == 0
            || !Plain(reader, turnover, out var turnoverBytes) || !AsciiCell.TryCents(turnoverBytes, decimalSeparator, out var t))
        {
            return false;
        }

        string? e = null;
        if (establishment >= 0)
        {
            if (!Plain(reader, establishment, out var bytes))
            {
                return false;
            }

            e = bytes.Length == 0 ? null : establishments.Get(bytes);
        }

        var p = 0L;
        if (purchases >= 0 && (!Plain(reader, purchases, out var purchaseBytes) || (purchaseBytes.Length > 0 && !AsciiCell.TryCents(purchaseBytes, decimalSeparator, out p))))
        {
            return false;
        }

        var c = 0L;
        var hasContribution = false;
        if (contribution >= 0)
        {
            if (!Plain(reader, contribution, out var bytes))
            {
                return false;
            }

            hasContribution = bytes.Length > 0;
            if (hasContribution && !AsciiCell.TryCents(bytes, decimalSeparator, out c))
            {
                return false;
            }
        }

        var h = 0L;
        if (hours >= 0 && (!Plain(reader, hours, out var hourBytes) || (hourBytes.Length > 0 && (!AsciiCell.TryCents(hourBytes, decimalSeparator, out h) || h < 0 || hourBytes[0] == (byte)'-'))))
        {
            return false;
        }

        SetNames(IdOf(idBytes), structures.Get(structureBytes), e);
        Year = y;
        Month = m;
        Turnover = t;
        Purchases = p;
        HasContribution = hasContribution;
        Contribution = c;
        Hours = h;
        return true;
    }

    /// <summary>Sets the row's names, storing each only when it is not the previous row's (a reference stored costs a write barrier).</summary>
    private void SetNames(string id, string structure, string? establishment)
    {
        if (!ReferenceEquals(id, Id))
        {
            Id = id;
        }

        if (!ReferenceEquals(structure, Structure))
        {
            Structure = structure;
        }

        if (!ReferenceEquals(establishment, Establishment))
        {
            Establishment = establishment;
        }
    }

    private static bool Plain(ByteCsvReader reader, int index, out ReadOnlySpan<byte> bytes)
    {
        if (reader.IsQuoted(index))
        {
            bytes = default;
            return false;
        }

        bytes = AsciiCell.Trim(reader.Raw(index));

        // An edge that is not printable ASCII may be Unicode white space, which the text reader trims: its call.
        return AsciiCell.Bare(bytes);
    }

    private string IdOf(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length == lastIdLength && bytes.SequenceEqual(new ReadOnlySpan<byte>(lastId, 0, lastIdLength)))
        {
            return Id;
        }

        if (lastId.Length < bytes.Length)
        {
            lastId = new byte[bytes.Length * 2];
        }

        bytes.CopyTo(lastId);
        lastIdLength = bytes.Length;
        return record.Decode(bytes);
    }
}
