using System;

namespace Cae.IO.Csv;

// The buffer: peeking at the first line, refilling after the unread bytes, and waiting for more after empty lines.
internal sealed partial class ByteCsvReader
{
    /// <summary>Fills the buffer until it holds the first line that holds a byte (or the whole stream), and returns that line.</summary>
    public ReadOnlySpan<byte> PeekFirstLine()
    {
        while (true)
        {
            var span = new ReadOnlySpan<byte>(buffer, start, end - start);
            var first = 0;
            while (first < span.Length && (span[first] == Cr || span[first] == Lf))
            {
                first++;
            }

            var rest = span.Slice(first);
            var lineEnd = rest.IndexOfAny(Cr, Lf);
            if (lineEnd >= 0 || endOfStream)
            {
                return lineEnd >= 0 ? rest.Slice(0, lineEnd) : rest;
            }

            Fill();
        }
    }

    /// <summary>Consumes the empty lines before <paramref name="p"/> and asks for more bytes.</summary>
    private Outcome Skip(int p, int line)
    {
        start = p;
        nextLine = line;
        return Outcome.NeedMore;
    }

    /// <summary>Keeps the unread bytes, moved to the front, and reads more after them (growing the buffer when it is full).</summary>
    private void Fill()
    {
        if (start > 0)
        {
            Buffer.BlockCopy(buffer, start, buffer, 0, end - start);
            end -= start;
            start = 0;
        }

        if (end == buffer.Length)
        {
            Array.Resize(ref buffer, buffer.Length * 2);
        }

        var read = stream.Read(buffer, end, buffer.Length - end);
        if (read <= 0)
        {
            endOfStream = true;
        }
        else
        {
            end += read;
        }
    }
}
