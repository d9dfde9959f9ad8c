using System.IO;
using System.Text;
using Cae.IO.Csv;
using Xunit;

namespace Cae.IO.Tests.Csv;

public class TextEncodingDetectorTest
{
    private static (InputEncoding Encoding, byte[] Remaining) Detect(byte[] bytes, bool seekable = true)
    {
        Stream stream = seekable ? new MemoryStream(bytes) : new ForwardOnlyStream(bytes);
        var encoding = TextEncodingDetector.Detect(ref stream, "f.csv");
        using var rest = new MemoryStream();
        stream.CopyTo(rest);
        return (encoding, rest.ToArray());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Utf8_with_bom_is_read_after_the_mark(bool seekable)
    {
        var (encoding, rest) = Detect(new byte[] { 0xEF, 0xBB, 0xBF, (byte)'a', 0xC3, 0xA9 }, seekable);
        Assert.Equal(InputEncoding.Utf8WithBom, encoding);
        Assert.Equal(new byte[] { (byte)'a', 0xC3, 0xA9 }, rest);
    }

    [Fact]
    public void Valid_utf8_without_bom_is_utf8()
    {
        Assert.Equal(InputEncoding.Utf8, Detect(Encoding.UTF8.GetBytes("Besançon;Réorientation;1\u202F234")).Encoding);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Bytes_without_one_valid_multibyte_sequence_are_windows_1252(bool seekable)
    {
        // "Besançon;1 234,56 €" in Windows-1252: ç = E7, non-breaking space = A0, € = 80.
        var bytes = new byte[] { 0x42, 0x65, 0x73, 0x61, 0x6E, 0xE7, 0x6F, 0x6E, 0x3B, 0x31, 0xA0, 0x32, 0x33, 0x34, 0x2C, 0x35, 0x36, 0x20, 0x80 };
        var (encoding, rest) = Detect(bytes, seekable);
        Assert.Equal(InputEncoding.Windows1252, encoding);
        Assert.Equal(bytes, rest);
    }

    [Fact]
    public void A_file_that_mixes_both_is_utf8_even_when_the_valid_sequence_comes_late()
    {
        var bytes = new byte[200_000];
        for (var i = 0; i < bytes.Length; i++)
        {
            bytes[i] = (byte)'a';
        }

        bytes[10] = 0xE9; // a Windows-1252 é, first
        bytes[150_000] = 0xC3; // a UTF-8 é, across no chunk boundary
        bytes[150_001] = 0xA9;
        Assert.Equal(InputEncoding.Utf8, Detect(bytes).Encoding);
        bytes[150_000] = (byte)'a';
        bytes[65_535] = 0xC3; // a UTF-8 é cut by the 64 KiB chunk boundary
        bytes[65_536] = 0xA9;
        Assert.Equal(InputEncoding.Utf8, Detect(bytes, seekable: false).Encoding);
    }

    [Fact]
    public void Ascii_is_utf8()
    {
        Assert.Equal(InputEncoding.Utf8, Detect(Encoding.ASCII.GetBytes("a,b\n1,2\n")).Encoding);
    }

    [Fact]
    public void Utf16_is_refused_with_a_usage_error_naming_the_file()
    {
        Stream stream = new MemoryStream(new byte[] { 0xFF, 0xFE, 0x61, 0x00 });
        var e = Assert.Throws<InputException>(() => TextEncodingDetector.Detect(ref stream, "in/paths.csv"));
        Assert.StartsWith("in/paths.csv: ", e.Message, System.StringComparison.Ordinal);
        Assert.Contains("UTF-16", e.Message, System.StringComparison.Ordinal);
    }
}
