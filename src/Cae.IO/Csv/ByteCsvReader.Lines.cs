using System;

namespace Cae.IO.Csv;

// A look at the next line as it stands in the buffer, for a caller that reads the usual line itself.
internal sealed partial class ByteCsvReader
{
    /// <summary>
    /// The next line, when it is whole in the buffer and not empty: the buffer's bytes from its start (the line,
    /// its line break and what follows) and its length without its line break. The reader does not move (see
    /// <see cref="SkipLine"/>).
    /// </summary>
    /// <remarks>
    /// The line may hold a quote: it is then perhaps not a whole record, and only <see cref="Read"/> can tell. A
    /// CR that ends the buffer may be the first half of a CRLF, an empty line may be followed by more, and the last
    /// line of the stream may have no line break: in those cases this says <c>false</c> and <see cref="Read"/> reads on.
    /// </remarks>
    /// <param name="bytes">The buffer from the line's start; valid until the reader moves.</param>
    /// <param name="length">The line's length.</param>
    public bool TryPeekLine(out ReadOnlySpan<byte> bytes, out int length)
    {
        bytes = new ReadOnlySpan<byte>(buffer, start, end - start);
        length = bytes.IndexOfAny(Cr, Lf);
        return length > 0 && (bytes[length] == Lf || start + length + 1 < end || endOfStream);
    }

    /// <summary>Moves past the line that <see cref="TryPeekLine"/> gave, of <paramref name="length"/> bytes, and its line break.</summary>
    /// <param name="length">The length of the line that was peeked.</param>
    /// <returns>The line's number.</returns>
    public int SkipLine(int length)
    {
        var after = start + length;
        after += buffer[after] == Cr && after + 1 < end && buffer[after + 1] == Lf ? 2 : 1;
        var line = nextLine;
        start = after;
        nextLine = line + 1;
        FieldCount = 0;
        return line;
    }
}
