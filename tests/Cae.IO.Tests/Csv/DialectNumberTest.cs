using Cae.IO.Csv;
using Xunit;

namespace Cae.IO.Tests.Csv;

public class DialectNumberTest
{
    [Theory]
    [InlineData("1 234,56", "1234.56")]
    [InlineData("1\u00A0234,56", "1234.56")]
    [InlineData("1\u202F234\u202F567,8", "1234567.8")]
    [InlineData("-12,5", "-12.5")]
    [InlineData("+3", "3")]
    [InlineData("1234,56", "1234.56")]
    [InlineData("0", "0")]
    [InlineData(",5", "0.5")]
    [InlineData("-1 000", "-1000")]
    [InlineData("12,345", "12.345")]
    public void Semicolon_dialect_reads_decimal_comma_and_grouped_thousands(string text, string expected)
    {
        Assert.True(DialectNumber.TryParse(text, CsvDialect.Semicolon, out var value));
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), value);
    }

    [Theory]
    [InlineData("1234.56", "1234.56")]
    [InlineData("-12.5", "-12.5")]
    [InlineData("151.67", "151.67")]
    [InlineData(".5", "0.5")]
    [InlineData("1000000", "1000000")]
    public void Comma_dialect_reads_decimal_point(string text, string expected)
    {
        Assert.True(DialectNumber.TryParse(text, CsvDialect.Comma, out var value));
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), value);
    }

    [Theory]
    [InlineData("12.5")]
    [InlineData("1.234,56")]
    [InlineData("12 34")]
    [InlineData("1 2345")]
    [InlineData("1234 567")]
    [InlineData("1  234")]
    [InlineData(" 1")]
    [InlineData("1 ")]
    [InlineData("1,")]
    [InlineData("-")]
    [InlineData("")]
    [InlineData("1e3")]
    [InlineData("€")]
    [InlineData(" €")]
    [InlineData("12 € 5")]
    [InlineData("12 $")]
    [InlineData("--1")]
    [InlineData("1,2,3")]
    [InlineData("abc")]
    public void Semicolon_dialect_refuses_other_forms(string text)
    {
        Assert.False(DialectNumber.TryParse(text, CsvDialect.Semicolon, out _));
    }

    [Theory]
    [InlineData("12,5")]
    [InlineData("1 234.56")]
    [InlineData("1.2.3")]
    [InlineData("1.")]
    [InlineData("0x10")]
    [InlineData("99999999999999999999999999999999")]
    public void Comma_dialect_refuses_other_forms(string text)
    {
        Assert.False(DialectNumber.TryParse(text, CsvDialect.Comma, out _));
    }

    [Theory]
    [InlineData("")]
    [InlineData("fr-FR")]
    [InlineData("tr-TR")]
    [InlineData("de-CH")]
    public void Parsing_does_not_depend_on_the_current_culture(string culture)
    {
        using var scope = new CultureScope(culture);
        Assert.True(DialectNumber.TryParse("-1 234,56", CsvDialect.Semicolon, out var french));
        Assert.True(DialectNumber.TryParse("-1234.56", CsvDialect.Comma, out var plain));
        Assert.Equal(-1234.56m, french);
        Assert.Equal(-1234.56m, plain);
    }

    [Theory]
    [InlineData("12 €", 12)]
    [InlineData("12€", 12)]
    [InlineData("1 234,56 €", 1234.56)]
    [InlineData("1\u00A0234,56\u00A0€", 1234.56)]
    [InlineData("-5,5 €", -5.5)]
    public void A_trailing_euro_sign_is_allowed(string text, double expected)
    {
        Assert.True(DialectNumber.TryParse(text, CsvDialect.Semicolon, out var value));
        Assert.Equal((decimal)expected, value);
    }
}
