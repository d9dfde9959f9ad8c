using System;
using System.IO;

namespace Cae.IO.Csv;

/// <summary>Counts the data lines of a seekable stream without moving it: the room the activity columns need.</summary>
internal static class LineCount
{
    /// <summary>The number of lines of the whole stream (ended by LF, or by CR when there is no LF, the last one maybe by the end), less the header; at least 1.</summary>
    /// <param name="stream">A seekable stream; left where it was.</param>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static int Of(Stream stream)
    {
        var position = stream.Position;
        stream.Position = 0;
        var buffer = new byte[1 << 20];
        long lf = 0, cr = 0;
        byte last = 0;
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            var span = new ReadOnlySpan<byte>(buffer, 0, read);
            last = span[read - 1];
#if NETSTANDARD2_0
            foreach (var b in span)
            {
                lf += b == (byte)'\n' ? 1 : 0;
                cr += b == (byte)'\r' ? 1 : 0;
            }
#else
            lf += System.MemoryExtensions.Count(span, (byte)'\n');
            if (lf == 0)
            {
                cr += System.MemoryExtensions.Count(span, (byte)'\r');
            }
#endif
        }

        stream.Position = position;
        var lines = (lf > 0 ? lf : cr) + (last is (byte)'\n' or (byte)'\r' ? 0 : 1) - 1;
        return (int)Math.Min(Math.Max(lines, 1), int.MaxValue / 2);
    }
}
