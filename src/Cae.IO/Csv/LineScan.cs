using System;
using System.IO;

namespace Cae.IO.Csv;

/// <summary>
/// One pass over the bytes of a seekable stream (in the page cache after the encoding was told): the room the
/// columns need and, when asked, where a second part of the file may start for another reader.
/// </summary>
/// <remarks>
/// Line breaks are counted as <see cref="ByteCsvReader"/> counts them (LF, CRLF and a lone CR each end one
/// physical line), so the second part's first line has the number the whole file's reader would give it. A file
/// with a quote byte anywhere is never split: a quoted cell may hold a line break, and only a reader from the
/// start can tell.
/// </remarks>
internal readonly struct LineScan
{
    private LineScan(long split, long breaksBefore, long rowsBefore, long rows)
    {
        Split = split;
        BreaksBefore = breaksBefore;
        RowsBefore = rowsBefore;
        Rows = rows;
    }

    /// <summary>The offset where the second part starts, just after a line feed; −1 when the file is not split.</summary>
    public long Split { get; }

    /// <summary>The line breaks before <see cref="Split"/>: the second part's first line is the next one.</summary>
    public long BreaksBefore { get; }

    /// <summary>The most rows the first part can hold (its lines, less the header); 0 when the file is not split.</summary>
    public long RowsBefore { get; }

    /// <summary>The most rows the whole file can hold: its lines, less the header.</summary>
    public long Rows { get; }

    /// <summary><see cref="Rows"/> as room to allocate: at least 1, at most 2^30.</summary>
    public int Capacity => (int)Math.Min(Math.Max(Rows, 1), int.MaxValue / 2);

    /// <summary>Scans the whole stream and leaves it where it was.</summary>
    /// <param name="stream">A seekable stream.</param>
    /// <param name="splitFrom">
    /// Where a second part may start at the earliest (the first line feed at or after it ends the first part);
    /// <see cref="long.MaxValue"/> when the file is not to be split.
    /// </param>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static LineScan Of(Stream stream, long splitFrom = long.MaxValue)
    {
        var position = stream.Position;
        stream.Position = 0;
        var buffer = new byte[1 << 20];
        var counts = default(Counts);
        long offset = 0, split = -1, breaksBefore = 0;
        var quote = false;
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            var span = new ReadOnlySpan<byte>(buffer, 0, read);
            if (splitFrom != long.MaxValue && !quote)
            {
                quote = span.IndexOf((byte)'"') >= 0;
            }

            if (split < 0 && offset + read > splitFrom)
            {
                var from = (int)Math.Max(0, splitFrom - offset);
                var lf = span.Slice(from).IndexOf((byte)'\n');
                if (lf >= 0)
                {
                    var cut = from + lf + 1;
                    counts.Add(span.Slice(0, cut));
                    breaksBefore = counts.Breaks;
                    split = offset + cut;
                    span = span.Slice(cut);
                }
            }

            counts.Add(span);
            offset += read;
        }

        stream.Position = position;
        var open = offset > 0 && counts.Last is not ((byte)'\n' or (byte)'\r') ? 1 : 0;
        var rows = Math.Max(counts.Breaks + open - 1, 0);
        return quote || split < 0 || split >= offset
            ? new LineScan(-1, 0, 0, rows)
            : new LineScan(split, breaksBefore, breaksBefore - 1, rows);
    }

    /// <summary>The line breaks seen so far, across buffer boundaries.</summary>
    private struct Counts
    {
        private long lf;
        private long cr;
        private long crlf;

        public byte Last { get; private set; }

        public readonly long Breaks => lf + cr - crlf;

        public void Add(ReadOnlySpan<byte> span)
        {
            if (span.IsEmpty)
            {
                return;
            }

#if NETSTANDARD2_0
            var previous = Last;
            foreach (var b in span)
            {
                if (b == (byte)'\n')
                {
                    lf++;
                    crlf += previous == (byte)'\r' ? 1 : 0;
                }
                else if (b == (byte)'\r')
                {
                    cr++;
                }

                previous = b;
            }
#else
            if (Last == (byte)'\r' && span[0] == (byte)'\n')
            {
                crlf++;
            }

            lf += span.Count((byte)'\n');
            var crs = span.Count((byte)'\r');
            cr += crs;
            if (crs > 0)
            {
                crlf += span.Count("\r\n"u8);
            }
#endif
            Last = span[span.Length - 1];
        }
    }
}
