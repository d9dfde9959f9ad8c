using System;

namespace Cae.IO.Tests.Csv;

/// <summary>A stream that cannot seek and gives its bytes in chunks of at most a given size (a pipe, a network read).</summary>
internal sealed class ForwardOnlyStream : Cae.IO.Csv.ReadOnlyStream
{
    private readonly byte[] bytes;
    private readonly Func<int> chunk;
    private int position;

    public ForwardOnlyStream(byte[] bytes, Func<int>? chunk = null)
    {
        this.bytes = bytes;
        this.chunk = chunk ?? (() => int.MaxValue);
    }

    public override int Read(byte[] buffer, int offset, int count)
    {
        var n = Math.Min(Math.Min(count, Math.Max(1, chunk())), bytes.Length - position);
        Array.Copy(bytes, position, buffer, offset, n);
        position += n;
        return n;
    }
}
