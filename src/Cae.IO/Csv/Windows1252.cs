using System;

namespace Cae.IO.Csv;

/// <summary>
/// Decodes Windows-1252 (what a French Excel writes for "CSV (séparateur : point-virgule)") without the code-page
/// provider, which netstandard2.0 lacks: it is ISO-8859-1 except for 0x80–0x9F, which hold €, ‚, ƒ, „, …, †, ‡,
/// ˆ, ‰, Š, ‹, Œ, Ž, ‘, ’, “, ”, •, –, —, ˜, ™, š, ›, œ, ž and Ÿ. The five bytes that the code page leaves
/// undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) decode to the control characters of the same value, as .NET's
/// code-page encoding does.
/// </summary>
internal static class Windows1252
{
    private const string High =
        "\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F" +
        "\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178";

    /// <summary>Decodes bytes into text; every byte is one character.</summary>
    /// <param name="bytes">The bytes.</param>
    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        var chars = new char[bytes.Length];
        for (var i = 0; i < bytes.Length; i++)
        {
            var b = bytes[i];
            chars[i] = b is >= 0x80 and <= 0x9F ? High[b - 0x80] : (char)b;
        }

        return new string(chars);
    }
}
