using System;
using System.IO;

namespace Cae.IO.Csv;

/// <summary>
/// A read-only stream over another that gives no byte at or beyond <see cref="Limit"/>: the first part of a file
/// whose rest another reader takes.
/// </summary>
internal sealed class LimitedStream : Stream
{
    private readonly Stream inner;
    private long position;

    /// <summary>Creates the stream, with no limit yet.</summary>
    /// <param name="inner">The stream, seekable; its bytes are read from where it is.</param>
    public LimitedStream(Stream inner)
    {
        this.inner = inner;
        position = inner.Position;
    }

    /// <summary>The offset in <c>inner</c> where the bytes stop; set it before they have been read.</summary>
    public long Limit { get; set; } = long.MaxValue;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    /// <summary>The offset in <c>inner</c> of the next byte to give.</summary>
    public override long Position
    {
        get => position;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count)
    {
        var n = (int)Math.Min(count, Math.Max(0, Limit - position));
        if (n == 0)
        {
            return 0;
        }

        var read = inner.Read(buffer, offset, n);
        position += read;
        return read;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
