using System;
using System.Collections.Generic;
using System.IO;

namespace Cae.IO.Csv;

/// <summary>
/// Tells the encoding of an input stream before it is read (data contract §1 and §1'), without holding the file
/// in memory: UTF-8 (with or without byte-order mark) or Windows-1252.
/// </summary>
/// <remarks>
/// <para><b>The rule.</b> A stream that starts with the UTF-8 byte-order mark is UTF-8. Otherwise it is UTF-8
/// when it holds at least one well-formed multi-byte UTF-8 sequence, or only ASCII; it is Windows-1252 when it
/// holds bytes of 0x80 or more but not one well-formed multi-byte UTF-8 sequence. A UTF-8 file with a stray
/// Windows-1252 byte is therefore UTF-8, and the loader rejects each row that holds an invalid byte
/// (<c>not valid UTF-8 (byte 0xE9)</c>): never a silent re-decoding of the whole file.</para>
/// <para><b>The cost.</b> The detector reads from the start until the first well-formed multi-byte sequence: for
/// a UTF-8 file that is usually the first accented name, a few kilobytes. Only a Windows-1252 file (or a UTF-8
/// file whose first non-ASCII bytes are invalid) is read to its end, in 64 KiB chunks. A seekable stream is then
/// moved back where it was; the bytes read from a stream that cannot seek are kept and replayed (then only a
/// Windows-1252 stream is held whole in memory).</para>
/// <para>UTF-16 files (Excel's "Unicode text") are refused with a usage error that says how to save the file.</para>
/// </remarks>
internal static class TextEncodingDetector
{
    private const int ChunkSize = 64 * 1024;

    /// <summary>Detects the encoding and leaves the stream to read from just after any byte-order mark.</summary>
    /// <param name="stream">The stream; replaced by one that replays the bytes read when it cannot seek.</param>
    /// <param name="file">The file name for messages.</param>
    /// <exception cref="InputException">The file is UTF-16.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static InputEncoding Detect(ref Stream stream, string file)
    {
        var seekable = stream.CanSeek;
        var origin = seekable ? stream.Position : 0;
        var kept = seekable ? null : new List<byte[]>();
        var chunk = new byte[ChunkSize];
        var length = ReadFull(stream, chunk, 0);
        kept?.Add(Copy(chunk, length));
        var head = new ReadOnlySpan<byte>(chunk, 0, length);
        if (head.Length >= 2 && ((head[0] == 0xFF && head[1] == 0xFE) || (head[0] == 0xFE && head[1] == 0xFF)))
        {
            throw new InputException($"{file}: the file is UTF-16; save it as CSV in UTF-8 or Windows-1252");
        }

        var bom = head.Length >= 3 && head[0] == 0xEF && head[1] == 0xBB && head[2] == 0xBF;
        var encoding = bom ? InputEncoding.Utf8WithBom : Scan(stream, chunk, length, kept);
        var skip = bom ? 3 : 0;
        if (seekable)
        {
            stream.Position = origin + skip;
        }
        else
        {
            stream = new ReplayStream(kept!, skip, stream);
        }

        return encoding;
    }

    /// <summary>Scans from the chunk already read until a well-formed multi-byte sequence or the end.</summary>
    private static InputEncoding Scan(Stream stream, byte[] chunk, int length, List<byte[]>? kept)
    {
        var sawHigh = false;
        var carry = 0;
        while (true)
        {
            var atEnd = length < chunk.Length;
            var bytes = new ReadOnlySpan<byte>(chunk, 0, length);
            var i = 0;
            while (i < bytes.Length)
            {
                if (bytes[i] < 0x80)
                {
                    i++;
                    continue;
                }

                var sequence = Utf8Bytes.SequenceLength(bytes, i);
                if (sequence > 0)
                {
                    return InputEncoding.Utf8;
                }

                if (sequence == Utf8Bytes.Truncated && !atEnd)
                {
                    break; // decided with the next chunk
                }

                sawHigh = true;
                i++;
            }

            if (atEnd)
            {
                return sawHigh ? InputEncoding.Windows1252 : InputEncoding.Utf8;
            }

            // Keep the cut sequence at the front and read the rest of the chunk.
            carry = bytes.Length - i;
            Buffer.BlockCopy(chunk, i, chunk, 0, carry);
            var read = ReadFull(stream, chunk, carry);
            kept?.Add(Copy(chunk, carry, read));
            length = carry + read;
        }
    }

    /// <summary>Decodes a whole file's bytes at once (the enDI exports' reader): UTF-8 when valid, Windows-1252 otherwise.</summary>
    /// <param name="bytes">The whole file.</param>
    /// <param name="file">The file name for messages.</param>
    /// <exception cref="InputException">The file is UTF-16, or claims UTF-8 by its byte-order mark but is not.</exception>
    public static DecodedText Decode(byte[] bytes, string file)
    {
        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            throw new InputException($"{file}: the file is UTF-16; save it as CSV in UTF-8 or Windows-1252");
        }

        var utf8 = new System.Text.UTF8Encoding(false, throwOnInvalidBytes: false);
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
        {
            if (Utf8Bytes.FirstInvalid(new ReadOnlySpan<byte>(bytes, 3, bytes.Length - 3)) >= 0)
            {
                throw new InputException($"{file}: the file starts with a UTF-8 byte-order mark but is not valid UTF-8");
            }

            return new DecodedText(utf8.GetString(bytes, 3, bytes.Length - 3), InputEncoding.Utf8WithBom);
        }

        return Utf8Bytes.FirstInvalid(bytes) < 0
            ? new DecodedText(utf8.GetString(bytes), InputEncoding.Utf8)
            : new DecodedText(Windows1252.Decode(bytes), InputEncoding.Windows1252);
    }

    private static int ReadFull(Stream stream, byte[] buffer, int offset)
    {
        var total = 0;
        while (offset + total < buffer.Length)
        {
            var read = stream.Read(buffer, offset + total, buffer.Length - offset - total);
            if (read <= 0)
            {
                break;
            }

            total += read;
        }

        return total;
    }

    private static byte[] Copy(byte[] chunk, int length) => Copy(chunk, 0, length);

    private static byte[] Copy(byte[] chunk, int offset, int length)
    {
        var copy = new byte[length];
        Buffer.BlockCopy(chunk, offset, copy, 0, length);
        return copy;
    }
}
