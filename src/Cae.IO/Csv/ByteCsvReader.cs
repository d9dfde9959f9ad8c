using System;
using System.IO;

namespace Cae.IO.Csv;

/// <summary>
/// Reads the records of a CSV stream (RFC 4180) through a buffer of bounded size, one record at a time, giving
/// each field as a span of the buffer's bytes; keeps the physical line on which each record starts.
/// </summary>
/// <remarks>
/// <para>The buffer holds the record being read and what follows it; it grows only when one record does not fit
/// (so its size is bounded by the longest record, never by the file). Fields are bytes as written: the caller
/// decodes them in the file's encoding, so a row can be checked for UTF-8 on its own.</para>
/// <para>The grammar: a quoted field may hold the delimiter, line breaks and doubled
/// quotes; line breaks are LF, CRLF or a lone CR, each one physical line, inside quotes too; lines with no byte
/// at all are skipped; a quote inside an unquoted field is a character; bytes after a closing quote are kept; a
/// quote still open at the end of the stream ends the record there (<see cref="UnclosedQuoteField"/>).</para>
/// </remarks>
internal sealed partial class ByteCsvReader
{
    private const byte Quote = (byte)'"';
    private const byte Cr = (byte)'\r';
    private const byte Lf = (byte)'\n';

    private readonly Stream stream;
    private byte[] buffer;
    private int start;
    private int end;
    private bool endOfStream;
    private int nextLine = 1;
    private int[] fieldStart = new int[32];
    private int[] fieldEnd = new int[32];
    private bool[] fieldQuoted = new bool[32];
    private byte[] scratch = new byte[256];

    /// <summary>Creates a reader.</summary>
    /// <param name="stream">The stream, positioned after any byte-order mark.</param>
    /// <param name="bufferSize">The initial buffer size in bytes (at least 1; it grows for a longer record).</param>
    /// <param name="firstLine">The number of the stream's first line: 1, or more for a part of a file that starts further on.</param>
    public ByteCsvReader(Stream stream, int bufferSize, int firstLine = 1)
    {
        this.stream = stream;
        buffer = new byte[Math.Max(bufferSize, 1)];
        nextLine = firstLine;
    }

    /// <summary>The field delimiter; set it before the first <see cref="Read"/>.</summary>
    public byte Delimiter { get; set; } = (byte)',';

    /// <summary>Whether an unquoted line is read with one scan (the default); off, every record takes the general parse (for tests comparing the two).</summary>
    internal bool UnquotedLines { get; set; } = true;

    /// <summary>The physical line (1-based) on which the current record starts.</summary>
    public int Line { get; private set; }

    /// <summary>The number of fields of the current record.</summary>
    public int FieldCount { get; private set; }

    /// <summary>The index of the field whose quote was still open at the end of the stream; -1 when none.</summary>
    public int UnclosedQuoteField { get; private set; } = -1;

    /// <summary>The bytes of the current record, from its first byte to the end of its last field.</summary>
    public ReadOnlySpan<byte> RecordBytes => FieldCount == 0 ? default : new ReadOnlySpan<byte>(buffer, RecordStart, fieldEnd[FieldCount - 1] - RecordStart);

    /// <summary>The offset of the current record's first byte in the buffer.</summary>
    public int RecordStart { get; private set; }

    /// <summary>Moves to the next record.</summary>
    /// <returns><c>false</c> at the end of the stream.</returns>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public bool Read()
    {
        while (true)
        {
            var outcome = TryParse();
            if (outcome != Outcome.NeedMore)
            {
                return outcome == Outcome.Record;
            }

            Fill();
        }
    }

    private enum Outcome
    {
        Record,
        End,
        NeedMore,
    }

    /// <summary>Parses one record from <see cref="start"/>; asks for more bytes when the record may go on beyond the buffer.</summary>
    private Outcome TryParse()
    {
        var p = start;
        var line = nextLine;

        // Lines that hold no byte at all are not records.
        while (p < end && (buffer[p] == Cr || buffer[p] == Lf))
        {
            if (buffer[p] == Cr && p + 1 == end && !endOfStream)
            {
                return Skip(p, line);
            }

            p += buffer[p] == Cr && p + 1 < end && buffer[p + 1] == Lf ? 2 : 1;
            line++;
        }

        if (p == end)
        {
            if (endOfStream)
            {
                start = p;
                nextLine = line;
                return Outcome.End;
            }

            return Skip(p, line);
        }

        var recordLine = line;
        var recordStart = p;
        if (UnquotedLines && TryUnquotedLine(p, recordLine))
        {
            return Outcome.Record;
        }

        var count = 0;
        var unclosed = -1;
        while (true)
        {
            if (count == fieldStart.Length)
            {
                Array.Resize(ref fieldStart, count * 2);
                Array.Resize(ref fieldEnd, count * 2);
                Array.Resize(ref fieldQuoted, count * 2);
            }

            if (p < end && buffer[p] == Quote)
            {
                // Quoted: up to the closing quote (line breaks inside count as lines), then up to the delimiter.
                var q = p + 1;
                var closed = false;
                while (q < end)
                {
                    var found = new ReadOnlySpan<byte>(buffer, q, end - q).IndexOfAny(Quote, Cr, Lf);
                    if (found < 0)
                    {
                        q = end;
                        break;
                    }

                    q += found;
                    var b = buffer[q];
                    if (b == Quote)
                    {
                        if (q + 1 == end && !endOfStream)
                        {
                            return Outcome.NeedMore;
                        }

                        if (q + 1 < end && buffer[q + 1] == Quote)
                        {
                            q += 2;
                            continue;
                        }

                        q++;
                        closed = true;
                        break;
                    }

                    if (b == Cr && q + 1 == end && !endOfStream)
                    {
                        return Outcome.NeedMore;
                    }

                    q += b == Cr && q + 1 < end && buffer[q + 1] == Lf ? 2 : 1;
                    line++;
                }

                if (!closed)
                {
                    if (!endOfStream)
                    {
                        return Outcome.NeedMore;
                    }

                    unclosed = count;
                    fieldStart[count] = p + 1;
                    fieldEnd[count] = end;
                    fieldQuoted[count] = true;
                    count++;
                    p = end;
                    break;
                }

                var after = new ReadOnlySpan<byte>(buffer, q, end - q).IndexOfAny(Delimiter, Cr, Lf);
                if (after < 0 && !endOfStream)
                {
                    return Outcome.NeedMore;
                }

                fieldStart[count] = p + 1;
                fieldEnd[count] = after < 0 ? end : q + after;
                fieldQuoted[count] = true;
                p = fieldEnd[count];
                count++;
            }
            else
            {
                var found = new ReadOnlySpan<byte>(buffer, p, end - p).IndexOfAny(Delimiter, Cr, Lf);
                if (found < 0 && !endOfStream)
                {
                    return Outcome.NeedMore;
                }

                fieldStart[count] = p;
                fieldEnd[count] = found < 0 ? end : p + found;
                fieldQuoted[count] = false;
                p = fieldEnd[count];
                count++;
            }

            if (p == end)
            {
                break; // the end of the stream ends the record
            }

            if (buffer[p] == Delimiter)
            {
                p++;
                if (p == end && !endOfStream)
                {
                    return Outcome.NeedMore;
                }

                continue;
            }

            // A line break ends the record.
            if (buffer[p] == Cr && p + 1 == end && !endOfStream)
            {
                return Outcome.NeedMore;
            }

            p += buffer[p] == Cr && p + 1 < end && buffer[p + 1] == Lf ? 2 : 1;
            line++;
            break;
        }

        FieldCount = count;
        UnclosedQuoteField = unclosed;
        Line = recordLine;
        RecordStart = recordStart;
        start = p;
        nextLine = line;
        return Outcome.Record;
    }
}
