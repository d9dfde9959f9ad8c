using System.Linq;
using System.Text;
using FsCheck;
using FsCheck.Fluent;

namespace Cae.IO.Tests.Csv;

/// <summary>Random CSV files for the line readers' properties: a header, rows and the line breaks between them, as bytes.</summary>
internal static class LineFiles
{
    /// <summary>A line break: mostly LF, at times CRLF, a lone CR or an empty line.</summary>
    public static Gen<string> Breaks() => Gen.Frequency(
        (12, Gen.Constant("\n")),
        (2, Gen.Elements("\r\n", "\r", "\n\n", "\r\n\r\n")));

    /// <summary>The header, then <paramref name="least"/> to <paramref name="most"/> rows, each followed by a break but perhaps the last.</summary>
    public static Gen<string> Text(string header, Gen<string> rows, int least, int most) =>
        from count in Gen.Choose(least, most)
        from chosen in Gen.ArrayOf(rows, count)
        from breaks in Gen.ArrayOf(Breaks(), count + 1)
        from last in Gen.Elements(true, false)
        select header + breaks[0] + string.Concat(chosen.Select((r, i) => r + (i < count - 1 || last ? breaks[i + 1] : string.Empty)));

    /// <summary>The text in UTF-8 or Windows-1252; with <paramref name="stray"/>, a Windows-1252 é in the middle of a UTF-8 file.</summary>
    public static byte[] Bytes(string text, bool windows1252, bool stray)
    {
        var bytes = (windows1252 ? Encoding.Latin1 : Encoding.UTF8).GetBytes(text).ToList();
        if (stray && !windows1252)
        {
            bytes.Insert(bytes.Count / 2, 0xE9);
        }

        return bytes.ToArray();
    }
}
