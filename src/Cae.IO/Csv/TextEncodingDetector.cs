using System;
using System.Text;
using System.Text.Unicode;
using Cae.IO;

using Cae.IO.Json;

namespace Cae.IO.Csv;

/// <summary>
/// Decodes the bytes of an input file without options: UTF-8 (with or without byte-order mark) or Windows-1252.
/// </summary>
/// <remarks>
/// <para>A file that starts with the UTF-8 byte-order mark is UTF-8 and must be valid UTF-8. Otherwise a file
/// whose bytes are valid UTF-8 is UTF-8 (plain ASCII is both); any other file is Windows-1252, which is what a
/// French Excel writes for "CSV (séparateur : point-virgule)". Accented Windows-1252 text is almost never valid
/// UTF-8 (an <c>é</c> is the lone byte 0xE9), so the test is safe in practice.</para>
/// <para>UTF-16 files (Excel's "Unicode text") are refused with a usage error that says how to save the file.</para>
/// </remarks>
internal static class TextEncodingDetector
{
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);


    /// <summary>Decodes a file's bytes.</summary>
    /// <param name="bytes">The whole file.</param>
    /// <param name="file">The file name as given on the command line, for messages.</param>
    /// <exception cref="InputException">The file is UTF-16, or claims UTF-8 by its byte-order mark but is not.</exception>
    public static DecodedText Decode(ReadOnlySpan<byte> bytes, string file)
    {
        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            throw new InputException($"{file}: the file is UTF-16; save it as CSV in UTF-8 or Windows-1252");
        }

        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
        {
            var rest = bytes.Slice(3);
            if (!IsValidUtf8(rest))
            {
                throw new InputException($"{file}: the file starts with a UTF-8 byte-order mark but is not valid UTF-8");
            }

            return new DecodedText(Utf8Text(rest), InputEncoding.Utf8WithBom);
        }

        return IsValidUtf8(bytes)
            ? new DecodedText(Utf8Text(bytes), InputEncoding.Utf8)
            : new DecodedText(Windows1252.Decode(bytes), InputEncoding.Windows1252);
    }

    private static string Utf8Text(ReadOnlySpan<byte> bytes)
    {
#if NETSTANDARD2_0
        return StrictUtf8.GetString(bytes.ToArray());
#else
        return StrictUtf8.GetString(bytes);
#endif
    }

    private static bool IsValidUtf8(ReadOnlySpan<byte> bytes)
    {
#if NETSTANDARD2_0
        try
        {
            _ = StrictUtf8.GetCharCount(bytes.ToArray());
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
#else
        return System.Text.Unicode.Utf8.IsValid(bytes);
#endif
    }
}
