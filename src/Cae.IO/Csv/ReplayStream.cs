using System;
using System.Collections.Generic;
using System.IO;

namespace Cae.IO.Csv;

/// <summary>A read-only stream that gives back bytes already read from a stream that cannot seek, then the rest of it.</summary>
internal sealed class ReplayStream : ReadOnlyStream
{
    private readonly Queue<byte[]> chunks;
    private readonly Stream rest;
    private byte[]? current;
    private int offset;

    /// <summary>Creates the stream.</summary>
    /// <param name="chunks">The bytes read, in order.</param>
    /// <param name="skip">How many of the first bytes to leave out (a byte-order mark).</param>
    /// <param name="rest">The stream they came from, positioned after them.</param>
    public ReplayStream(IEnumerable<byte[]> chunks, int skip, Stream rest)
    {
        this.chunks = new Queue<byte[]>(chunks);
        this.rest = rest;
        offset = skip;
    }

    public override int Read(byte[] buffer, int offset, int count)
    {
        while (current is null || this.offset >= current.Length)
        {
            if (current is not null)
            {
                this.offset -= current.Length;
            }

            if (chunks.Count == 0)
            {
                current = null;
                return rest.Read(buffer, offset, count);
            }

            current = chunks.Dequeue();
        }

        var n = Math.Min(count, current.Length - this.offset);
        Buffer.BlockCopy(current, this.offset, buffer, offset, n);
        this.offset += n;
        return n;
    }
}
