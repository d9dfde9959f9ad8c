#if !NETSTANDARD2_0
using System;
using System.IO;
using Microsoft.Win32.SafeHandles;

namespace Cae.IO.Csv;

/// <summary>
/// A read-only stream over the bytes of an open file from one offset to another, read at their offsets: it does
/// not share or move the position of the file's other readers, so another thread may read the same file meanwhile.
/// </summary>
internal sealed class FileRangeStream : Stream
{
    private readonly SafeFileHandle file;
    private readonly long end;
    private long position;

    /// <summary>Creates the stream.</summary>
    /// <param name="file">The open file (not closed by this stream).</param>
    /// <param name="start">The offset of the first byte.</param>
    /// <param name="end">The offset just after the last byte.</param>
    public FileRangeStream(SafeFileHandle file, long start, long end)
    {
        this.file = file;
        position = start;
        this.end = end;
    }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => position;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count)
    {
        var n = (int)Math.Min(count, Math.Max(0, end - position));
        if (n == 0)
        {
            return 0;
        }

        var read = RandomAccess.Read(file, new Span<byte>(buffer, offset, n), position);
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
#endif
