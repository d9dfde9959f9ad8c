using System;

namespace Cae.IO.Csv;

/// <summary>UTF-8 well-formedness, byte by byte (RFC 3629: no overlong form, no surrogate, nothing above U+10FFFF).</summary>
internal static class Utf8Bytes
{
    /// <summary>Needs more bytes to decide (the sequence is cut by the end of the span).</summary>
    public const int Truncated = -1;

    /// <summary>
    /// The length of the well-formed multi-byte sequence that starts at <paramref name="i"/> (2 to 4); 0 when the
    /// bytes there are not one; <see cref="Truncated"/> when the span ends before the sequence could be told.
    /// </summary>
    /// <param name="bytes">The bytes.</param>
    /// <param name="i">Where the sequence starts (a byte of 0x80 or more).</param>
    public static int SequenceLength(ReadOnlySpan<byte> bytes, int i)
    {
        var b = bytes[i];
        int length;
        byte low = 0x80, high = 0xBF;
        if (b >= 0xC2 && b <= 0xDF)
        {
            length = 2;
        }
        else if (b >= 0xE0 && b <= 0xEF)
        {
            length = 3;
            low = b == 0xE0 ? (byte)0xA0 : (byte)0x80;
            high = b == 0xED ? (byte)0x9F : (byte)0xBF;
        }
        else if (b >= 0xF0 && b <= 0xF4)
        {
            length = 4;
            low = b == 0xF0 ? (byte)0x90 : (byte)0x80;
            high = b == 0xF4 ? (byte)0x8F : (byte)0xBF;
        }
        else
        {
            return 0;
        }

        for (var k = 1; k < length; k++)
        {
            if (i + k >= bytes.Length)
            {
                return Truncated;
            }

            var c = bytes[i + k];
            if (k == 1 ? c < low || c > high : c < 0x80 || c > 0xBF)
            {
                return 0;
            }
        }

        return length;
    }

    /// <summary>The index of the first byte that does not belong to well-formed UTF-8; −1 when the span is valid UTF-8.</summary>
    /// <param name="bytes">The bytes (a whole record: a cut sequence at its end is invalid).</param>
    public static int FirstInvalid(ReadOnlySpan<byte> bytes)
    {
#if !NETSTANDARD2_0
        if (System.Text.Unicode.Utf8.IsValid(bytes))
        {
            return -1;
        }
#endif
        var i = 0;
        while (i < bytes.Length)
        {
            if (bytes[i] < 0x80)
            {
                i++;
                continue;
            }

            var length = SequenceLength(bytes, i);
            if (length <= 0)
            {
                return i;
            }

            i += length;
        }

        return -1;
    }
}
