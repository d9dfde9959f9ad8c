using System.IO;

namespace Cae.IO.Csv;

/// <summary>
/// The bytes of a stream from where it is up to <see cref="BoundedStream.End"/> (none set at first): the first
/// part of a file whose rest another reader takes.
/// </summary>
internal sealed class LimitedStream : BoundedStream
{
    private readonly Stream inner;

    /// <summary>Creates the stream, with no limit yet.</summary>
    /// <param name="inner">The stream, seekable; its bytes are read from where it is, in turn.</param>
    public LimitedStream(Stream inner)
        : base(inner.Position, long.MaxValue)
    {
        this.inner = inner;
    }

    protected override int ReadAt(byte[] buffer, int offset, int count, long at) => inner.Read(buffer, offset, count);
}
