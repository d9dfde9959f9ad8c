using System;

namespace Cae.IO.Csv;

/// <summary>
/// A cell read from its bytes as plain ASCII, without a string: trimmed of spaces and tabs, told bare (nothing to
/// trim, printable edges), or parsed as a plain amount. What these do not take is left to the text reader.
/// </summary>
internal static class AsciiCell
{
    /// <summary>
    /// Parses <c>[-+]digits[sep d[d]]</c> into hundredths: at most 15 integer digits, at most two decimals. Anything
    /// else (thousands separators, a currency sign, more decimals) is left to the text reader.
    /// </summary>
    public static bool TryCents(ReadOnlySpan<byte> text, byte separator, out long cents)
    {
        // At most 15 integer digits and two decimals: below 10^17, no overflow.
        unchecked
        {
            cents = 0;
            var n = text.Length;
            var i = 0;
            var negative = false;
            if (n > 0 && (text[0] == (byte)'-' || text[0] == (byte)'+'))
            {
                negative = text[0] == (byte)'-';
                i++;
            }

            long whole = 0;
            var digits = 0;
            uint digit;
            while (i < n && (digit = (uint)(text[i] - (byte)'0')) <= 9)
            {
                whole = (whole * 10) + digit;
                i++;
                if (++digits > 15)
                {
                    return false;
                }
            }

            long fraction;
            if (i == n)
            {
                fraction = 0;
                if (digits == 0)
                {
                    return false;
                }
            }
            else
            {
                // A separator, then one or two decimals ending the cell.
                var decimals = n - i - 1;
                if (text[i] != separator || decimals is < 1 or > 2)
                {
                    return false;
                }

                var tenths = (uint)(text[i + 1] - (byte)'0');
                var hundredths = decimals == 2 ? (uint)(text[i + 2] - (byte)'0') : 0;
                if (tenths > 9 || hundredths > 9)
                {
                    return false;
                }

                fraction = (tenths * 10) + hundredths;
            }

            cents = (whole * 100) + fraction;
            if (negative)
            {
                cents = -cents;
            }

            return true;
        }
    }

    /// <summary>The bytes without the ASCII spaces and tabs around them.</summary>
    /// <param name="bytes">A cell's bytes.</param>
    public static ReadOnlySpan<byte> Trim(ReadOnlySpan<byte> bytes)
    {
        var start = 0;
        var end = bytes.Length;
        while (start < end && (bytes[start] == (byte)' ' || bytes[start] == (byte)'\t'))
        {
            start++;
        }

        while (end > start && (bytes[end - 1] == (byte)' ' || bytes[end - 1] == (byte)'\t'))
        {
            end--;
        }

        return bytes.Slice(start, end - start);
    }

    /// <summary>Whether a cell needs no trimming and has printable edges: no byte, or its first and last bytes printable ASCII.</summary>
    /// <param name="bytes">A cell's bytes.</param>
    public static bool Bare(ReadOnlySpan<byte> bytes) => bytes.Length == 0 || (Printable(bytes[0]) && Printable(bytes[bytes.Length - 1]));

    private static bool Printable(byte b) => b > (byte)' ' && b < 0x7F;
}
