using System;

namespace Cae.IO.Csv;

/// <summary>A forward-only stream of the bytes of a file from an offset up to <see cref="End"/>, which may be set while it is read.</summary>
internal abstract class BoundedStream : ReadOnlyStream
{
    private long position;

    /// <summary>Creates the stream.</summary>
    /// <param name="start">The offset of the first byte.</param>
    /// <param name="end">The offset just after the last byte.</param>
    protected BoundedStream(long start, long end)
    {
        position = start;
        End = end;
    }

    /// <summary>The offset just after the last byte given; set it before the bytes beyond it have been read.</summary>
    public long End { get; set; }

    /// <summary>The offset of the next byte to give.</summary>
    public override long Position
    {
        get => position;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count)
    {
        var n = (int)Math.Min(count, Math.Max(0, End - position));
        if (n == 0)
        {
            return 0;
        }

        var read = ReadAt(buffer, offset, n, position);
        position += read;
        return read;
    }

    /// <summary>Reads up to <paramref name="count"/> bytes of the file at offset <paramref name="at"/>.</summary>
    protected abstract int ReadAt(byte[] buffer, int offset, int count, long at);
}
