using System.Collections.Generic;
using Cae.IO.Csv;
using NodaTime;
using C = Cae.IO.Endi.EndiColumns;

namespace Cae.IO.Endi;

/// <summary>
/// Reads one export of the data query "Chiffre d'affaire par entrepreneur" (<c>ca_porteurs_periode</c>): each row
/// parsed, or rejected with its line, column and reason.
/// </summary>
internal sealed class EndiExportFile
{
    private EndiExportFile(string name)
    {
        Name = name;
    }

    /// <summary>The export's name, as given.</summary>
    public string Name { get; }

    /// <summary>The rows whose cells parse.</summary>
    public List<EndiRow> Rows { get; } = new();

    /// <summary>The rows rejected, with the person's id when the row has one.</summary>
    public List<(RejectedRow Row, string? Id)> Rejected { get; } = new();

    /// <summary>The encoding the export was read in.</summary>
    public InputEncoding Encoding { get; private set; }

    /// <summary>Data rows read.</summary>
    public int Read { get; private set; }

    /// <summary>The last month of the export's columns: the end of its period.</summary>
    public YearMonth LastMonth { get; private set; }

    /// <summary>Reads an export's bytes.</summary>
    /// <param name="bytes">The file.</param>
    /// <param name="name">Its name in messages.</param>
    /// <param name="warnings">Receives the warnings (unknown columns).</param>
    /// <exception cref="InputException">The file is empty, or its header lacks a required column.</exception>
    public static EndiExportFile Load(byte[] bytes, string name, List<InputWarning> warnings)
    {
        var result = new EndiExportFile(name);
        var reader = EndiRecordReader.Open(bytes, name);
        result.Encoding = reader.Encoding;
        if (!reader.Read())
        {
            throw new InputException($"{name}:1: header: the file is empty; an enDI export starts with its header row");
        }

        var header = EndiHeader.Read(reader, name, C.Export, C.ExportRequired, withMonths: true, otherColumns: C.Export, warnings);
        result.LastMonth = header.Months[0].Month;
        foreach (var (_, month) in header.Months)
        {
            if (month.CompareTo(result.LastMonth) > 0)
            {
                result.LastMonth = month;
            }
        }

        var monthHeaders = new Dictionary<YearMonth, string>();
        foreach (var (index, month) in header.Months)
        {
            monthHeaders.Add(month, header.NameAt(index));
        }

        var seen = new Dictionary<string, int>(System.StringComparer.Ordinal);
        while (reader.Read())
        {
            result.Read++;
            var cells = new EndiRowCells(reader, header);
            var id = cells.Text(C.UserId);
            try
            {
                if (reader.UnclosedQuoteField >= 0)
                {
                    throw new CellRejection(header.NameAt(reader.UnclosedQuoteField), "quoted cell not closed before the end of the file");
                }

                if (reader.InvalidUtf8.Field >= 0)
                {
                    throw new CellRejection(header.NameAt(reader.InvalidUtf8.Field), $"not valid UTF-8 (byte 0x{reader.InvalidUtf8.Byte:X2})");
                }

                if (reader.FieldCount < header.Width)
                {
                    throw new CellRejection(header.NameAt(reader.FieldCount), $"the row has {reader.FieldCount} cells but the header {header.Width} (most likely cut)");
                }

                if (id is null)
                {
                    throw new CellRejection(C.UserId, "required value missing");
                }

                if (seen.TryGetValue(id, out var firstLine))
                {
                    throw new CellRejection(C.UserId, $"'{id}' repeats line {firstLine} of this export; the first row is kept");
                }

                var row = ReadRow(cells, name, reader.Line, id);
                row.MonthHeaders = monthHeaders;
                seen.Add(id, reader.Line);
                result.Rows.Add(row);
            }
            catch (CellRejection e)
            {
                result.Rejected.Add((new RejectedRow(name, reader.Line, e.Column, e.Reason), id is not null && !seen.ContainsKey(id) ? id : null));
            }
        }

        return result;
    }

    private static EndiRow ReadRow(EndiRowCells cells, string file, int line, string id)
    {
        var first = cells.Text(C.FirstName);
        var last = cells.Text(C.LastName);
        var row = new EndiRow(file, line, id)
        {
            Name = first is null && last is null ? null : $"{first} {last}".Trim(),
            Sex = cells.Text(C.Sex),
            Zone = cells.Text(C.Zone),
            StatusAtEntry = cells.Text(C.StatusAtEntry),
            Antenna = cells.RequiredText(C.Antenna),
            Entry = cells.RequiredDate(C.EntryDate),
            Contract = cells.Date(C.ContractDate),
            Societariat = cells.Date(C.SocietariatDate),
            Exit = cells.Date(C.ExitDate),
            ExitReason = cells.Text(C.ExitReason),
            Total = cells.Amount(C.Total),
        };
        foreach (var (index, month) in cells.Header.Months)
        {
            var amount = cells.AmountAt(index);
            if (amount is { } turnover)
            {
                row.Months.Add((month, turnover));
            }
        }

        return row;
    }
}
