using System;

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

        var after = p + length;
        after += buffer[after] == Cr && after + 1 < end && buffer[after + 1] == Lf ? 2 : 1;
        FieldCount = count;
        UnclosedQuoteField = -1;
        Line = recordLine;
        RecordStart = p;
        start = after;
        nextLine = recordLine + 1;
        return true;
    }
}
