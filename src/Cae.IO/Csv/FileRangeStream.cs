#if !NETSTANDARD2_0
using System;
using System.IO;
using Microsoft.Win32.SafeHandles;

namespace Cae.IO.Csv;

/// <summary>
/// The bytes of an open file from one offset to another, read at their offsets: it does not share or move the
/// position of the file's other readers, so another thread may read the same file meanwhile.
/// </summary>
internal sealed class FileRangeStream : BoundedStream
{
    private readonly SafeFileHandle file;

    /// <summary>Creates the stream.</summary>
    /// <param name="file">The open file (not closed by this stream).</param>
    /// <param name="start">The offset of the first byte.</param>
    /// <param name="end">The offset just after the last byte.</param>
    public FileRangeStream(SafeFileHandle file, long start, long end)
        : base(start, end)
    {
        this.file = file;
    }

    protected override int ReadAt(byte[] buffer, int offset, int count, long at) => RandomAccess.Read(file, new Span<byte>(buffer, offset, count), at);
}
#endif
