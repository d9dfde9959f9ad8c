using System;
using System.IO;

namespace Cae.IO.Tests.Csv;

/// <summary>A stream that cannot seek and gives its bytes in chunks of at most a given size (a pipe, a network read).</summary>
internal sealed class ForwardOnlyStream : Stream
{
    private readonly byte[] bytes;
    private readonly Func<int> chunk;
    private int position;

    public ForwardOnlyStream(byte[] bytes, Func<int>? chunk = null)
    {
        this.bytes = bytes;
        this.chunk = chunk ?? (() => int.MaxValue);
    }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count)
    {
        var n = Math.Min(Math.Min(count, Math.Max(1, chunk())), bytes.Length - position);
        Array.Copy(bytes, position, buffer, offset, n);
        position += n;
        return n;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
