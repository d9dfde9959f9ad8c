using System;

namespace Cae.IO.Csv;

// The usual row read from its line's bytes, before the reader cuts the line into fields: one vector pass finds the
// cells, then each is read where it lies.
internal sealed partial class ActivityFastRow
{
    private const int LineWidth = 8;
    private readonly LineCells cells;
    private readonly bool utf8;

    /// <summary>
    /// Whether <see cref="TryReadLine"/> can read this file's rows: its header is the contract's eight columns in the
    /// contract's order (as the network's exports and <c>cae generate</c> write them), on .NET 10 with vectors.
    /// </summary>
    public bool ReadsLines { get; }

    private static bool ContractOrder(ColumnMap columns) =>
        columns.HeaderWidth == LineWidth
        && columns.IndexOf(ContractColumns.EntrepreneurId) == 0
        && columns.IndexOf(ContractColumns.Month) == 1
        && columns.IndexOf(ContractColumns.Structure) == 2
        && columns.IndexOf(ContractColumns.Establishment) == 3
        && columns.IndexOf(ContractColumns.Turnover) == 4
        && columns.IndexOf(ContractColumns.Purchases) == 5
        && columns.IndexOf(ContractColumns.Contribution) == 6
        && columns.IndexOf(ContractColumns.SalaryHours) == 7;

    /// <summary>
    /// Reads a whole line of the usual form: the values <see cref="TryRead"/> gives for the same line once the reader
    /// has cut it into fields, or <c>false</c>, nothing decided, for any other line.
    /// </summary>
    /// <remarks>
    /// A line is read here when it holds no quote, exactly eight cells, no white space or control byte at an edge
    /// of a text cell, numbers and a month that <see cref="AsciiCell.TryCents"/> and
    /// <see cref="ContractDates.TryParseMonth(ReadOnlySpan{byte}, out int, out int)"/> take, and, in a UTF-8 file,
    /// only valid UTF-8. The reader would cut such a line at each delimiter, trim nothing, warn of nothing and reject
    /// nothing before <see cref="TryRead"/>, which would then read the same bytes with the same functions: the two
    /// agree by construction, and every other line is left to them. So is a line whose last 32 bytes the buffer does
    /// not hold in full (once per buffer).
    /// </remarks>
    /// <param name="bytes">The buffer from the line's start: the line, its line break and what follows, not read here.</param>
    /// <param name="length">The line's length, without its line break.</param>
    public bool TryReadLine(ReadOnlySpan<byte> bytes, int length)
    {
#if NETSTANDARD2_0
        return false;
#else
        // Checked arithmetic is not needed here: every index lies within the line.
        unchecked
        {
            if (!cells.Cut(bytes, length, out var high))
            {
                return false;
            }

            // Each cell is checked as soon as it is cut, the first fault ending the read.
            var line = bytes.Slice(0, length);
            var idBytes = cells.Cell(line, 0);
            if (idBytes.Length == 0 || !AsciiCell.Bare(idBytes) || !ContractDates.TryParseMonth(cells.Cell(line, 1), out var y, out var m))
            {
                return false;
            }

            var structureBytes = cells.Cell(line, 2);
            var establishmentBytes = cells.Cell(line, 3);
            if (structureBytes.Length == 0 || !AsciiCell.Bare(structureBytes) || !AsciiCell.Bare(establishmentBytes) || !AsciiCell.TryCents(cells.Cell(line, 4), decimalSeparator, out var t))
            {
                return false;
            }

            long p = 0, c = 0, h = 0;
            var purchaseBytes = cells.Cell(line, 5);
            var contributionBytes = cells.Cell(line, 6);
            var hourBytes = cells.Cell(line, 7);
            if ((purchaseBytes.Length > 0 && !AsciiCell.TryCents(purchaseBytes, decimalSeparator, out p))
                || (contributionBytes.Length > 0 && !AsciiCell.TryCents(contributionBytes, decimalSeparator, out c))
                || (hourBytes.Length > 0 && (!AsciiCell.TryCents(hourBytes, decimalSeparator, out h) || h < 0 || hourBytes[0] == (byte)'-'))
                || (utf8 && high != 0 && Utf8Bytes.FirstInvalid(line) >= 0))
            {
                return false;
            }

            SetNames(IdOf(idBytes), structures.Get(structureBytes), establishmentBytes.Length == 0 ? null : establishments.Get(establishmentBytes));
            Year = y;
            Month = m;
            Turnover = t;
            Purchases = p;
            HasContribution = contributionBytes.Length > 0;
            Contribution = c;
            Hours = h;
            return true;
        }
#endif
    }

}
