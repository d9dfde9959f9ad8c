using System;
#if !NETSTANDARD2_0
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
#endif

namespace Cae.IO.Csv;

// The one-scan read of an unquoted line, the usual record.
internal sealed partial class ByteCsvReader
{
    /// <summary>
    /// The usual record, a whole line in the buffer with no quote: one scan finds its end, then its delimiters.
    /// Anything else (a quote anywhere in the line, a line not yet whole in the buffer, a CR that may be the first
    /// half of a CRLF) is left to the general parse, which reads it from its start again.
    /// </summary>
    private bool TryUnquotedLine(int p, int recordLine)
    {
#if !NETSTANDARD2_0
        if (Vector256.IsHardwareAccelerated)
        {
            return TryUnquotedLineByVectors(p, recordLine);
        }
#endif
        var rest = new ReadOnlySpan<byte>(buffer, p, end - p);
        var length = rest.IndexOfAny(Quote, Cr, Lf);
        if (length < 0 || rest[length] == Quote || (rest[length] == Cr && p + length + 1 == end && !endOfStream))
        {
            return false;
        }

        var lineSpan = rest.Slice(0, length);
        var count = 0;
        var fieldBegin = 0;
        while (true)
        {
            if (count == fieldStart.Length)
            {
                Array.Resize(ref fieldStart, count * 2);
                Array.Resize(ref fieldEnd, count * 2);
                Array.Resize(ref fieldQuoted, count * 2);
            }

            var next = lineSpan.Slice(fieldBegin).IndexOf(Delimiter);
            fieldStart[count] = p + fieldBegin;
            fieldQuoted[count] = false;
            if (next < 0)
            {
                fieldEnd[count] = p + length;
                count++;
                break;
            }

            fieldEnd[count] = p + fieldBegin + next;
            count++;
            fieldBegin += next + 1;
        }

        EndUnquotedLine(p, length, count, recordLine);
        return true;
    }

    /// <summary>Makes the line of <paramref name="count"/> fields, whose fields are set, the current record.</summary>
    private void EndUnquotedLine(int p, int length, int count, int recordLine)
    {
        var after = p + length;
        after += buffer[after] == Cr && after + 1 < end && buffer[after + 1] == Lf ? 2 : 1;
        FieldCount = count;
        UnclosedQuoteField = -1;
        Line = recordLine;
        RecordStart = p;
        start = after;
        nextLine = recordLine + 1;
    }

#if !NETSTANDARD2_0
    /// <summary>
    /// <see cref="TryUnquotedLine"/> 32 bytes at a time: one pass finds both the delimiters and the end of the line
    /// (a quote, CR or LF), the bytes after it left alone; the last bytes one by one.
    /// </summary>
    private bool TryUnquotedLineByVectors(int p, int recordLine)
    {
        var available = end - p;
        ref var first = ref buffer[p];
        var delimiters = Vector256.Create(Delimiter);
        var quotes = Vector256.Create(Quote);
        var crs = Vector256.Create(Cr);
        var lfs = Vector256.Create(Lf);
        var count = 0;
        var fieldBegin = 0;
        var offset = 0;
        var length = -1;
        while (offset + Vector256<byte>.Count <= available)
        {
            var bytes = Vector256.LoadUnsafe(ref first, (nuint)offset);
            var stops = (Vector256.Equals(bytes, quotes) | Vector256.Equals(bytes, crs) | Vector256.Equals(bytes, lfs)).ExtractMostSignificantBits();
            var fields = Vector256.Equals(bytes, delimiters).ExtractMostSignificantBits();
            if (stops != 0)
            {
                var stop = BitOperations.TrailingZeroCount(stops);
                fields &= (1u << stop) - 1;
                length = offset + stop;
            }

            while (fields != 0)
            {
                var at = offset + BitOperations.TrailingZeroCount(fields);
                AddUnquotedField(ref count, p + fieldBegin, p + at);
                fieldBegin = at + 1;
                fields &= fields - 1;
            }

            if (length >= 0)
            {
                break;
            }

            offset += Vector256<byte>.Count;
        }

        if (length < 0)
        {
            for (; offset < available; offset++)
            {
                var b = Unsafe.Add(ref first, offset);
                if (b == Delimiter)
                {
                    AddUnquotedField(ref count, p + fieldBegin, p + offset);
                    fieldBegin = offset + 1;
                }
                else if (b is Quote or Cr or Lf)
                {
                    length = offset;
                    break;
                }
            }
        }

        if (length < 0 || buffer[p + length] == Quote || (buffer[p + length] == Cr && p + length + 1 == end && !endOfStream))
        {
            return false;
        }

        AddUnquotedField(ref count, p + fieldBegin, p + length);
        EndUnquotedLine(p, length, count, recordLine);
        return true;
    }

    private void AddUnquotedField(ref int count, int from, int to)
    {
        if (count == fieldStart.Length)
        {
            Array.Resize(ref fieldStart, count * 2);
            Array.Resize(ref fieldEnd, count * 2);
            Array.Resize(ref fieldQuoted, count * 2);
        }

        fieldStart[count] = from;
        fieldEnd[count] = to;
        fieldQuoted[count] = false;
        count++;
    }
#endif
}
