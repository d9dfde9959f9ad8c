using System.Text;

using Cae.IO;
using Cae.IO.Csv;
using Cae.IO.Json;
using Xunit;

namespace Cae.IO.Tests.Csv;

public class TextEncodingDetectorTest
{
    [Fact]
    public void Utf8_with_bom_is_decoded_without_the_mark()
    {
        var decoded = TextEncodingDetector.Decode(new byte[] { 0xEF, 0xBB, 0xBF, (byte)'a', 0xC3, 0xA9 }, "f.csv");
        Assert.Equal("aé", decoded.Text);
        Assert.Equal(InputEncoding.Utf8WithBom, decoded.Encoding);
    }

    [Fact]
    public void Valid_utf8_without_bom_is_utf8()
    {
        var decoded = TextEncodingDetector.Decode(Encoding.UTF8.GetBytes("Besançon;Réorientation;1\u202F234"), "f.csv");
        Assert.Equal("Besançon;Réorientation;1\u202F234", decoded.Text);
        Assert.Equal(InputEncoding.Utf8, decoded.Encoding);
    }

    [Fact]
    public void Invalid_utf8_is_windows_1252()
    {
        // "Besançon;1 234,56 €" in Windows-1252: ç = E7, non-breaking space = A0, € = 80.
        var bytes = new byte[] { 0x42, 0x65, 0x73, 0x61, 0x6E, 0xE7, 0x6F, 0x6E, 0x3B, 0x31, 0xA0, 0x32, 0x33, 0x34, 0x2C, 0x35, 0x36, 0x20, 0x80 };
        var decoded = TextEncodingDetector.Decode(bytes, "f.csv");
        Assert.Equal("Besançon;1\u00A0234,56 €", decoded.Text);
        Assert.Equal(InputEncoding.Windows1252, decoded.Encoding);
    }

    [Fact]
    public void Ascii_is_utf8()
    {
        Assert.Equal(InputEncoding.Utf8, TextEncodingDetector.Decode(Encoding.ASCII.GetBytes("a,b\n1,2\n"), "f.csv").Encoding);
    }

    [Fact]
    public void Utf16_is_refused_with_a_usage_error_naming_the_file()
    {
        var e = Assert.Throws<InputException>(() => TextEncodingDetector.Decode(new byte[] { 0xFF, 0xFE, 0x61, 0x00 }, "in/paths.csv"));
        Assert.StartsWith("in/paths.csv: ", e.Message, System.StringComparison.Ordinal);
        Assert.Contains("UTF-16", e.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_utf8_bom_before_invalid_utf8_is_a_usage_error()
    {
        var e = Assert.Throws<InputException>(() => TextEncodingDetector.Decode(new byte[] { 0xEF, 0xBB, 0xBF, 0xE9 }, "p.csv"));
        Assert.StartsWith("p.csv: ", e.Message, System.StringComparison.Ordinal);
    }
}
