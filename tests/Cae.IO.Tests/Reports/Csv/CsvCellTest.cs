using Cae.IO.Reports.Csv;
using Xunit;

namespace Cae.IO.Tests.Reports.Csv;

public class CsvCellTest
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")")]
    [InlineData("+33 6 12 34 56 78", "'+33 6 12 34 56 78")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("-", "'-")]
    [InlineData("@SUM(A1:A9)", "'@SUM(A1:A9)")]
    [InlineData("\t=1+1", "'\t=1+1")]
    [InlineData("\r=1+1", "'\r=1+1")]
    [InlineData("-12.5", "-12.5")]
    [InlineData("-12,5", "-12,5")]
    [InlineData("+3", "+3")]
    [InlineData("-1.", "'-1.")]
    [InlineData("Besançon", "Besançon")]
    [InlineData("a=b", "a=b")]
    [InlineData("", "")]
    public void Neutralises_what_a_spreadsheet_would_run(string text, string expected) => Assert.Equal(expected, CsvCell.Neutralise(text));

    [Theory]
    [InlineData("a,b", "en", "\"a,b\"")]
    [InlineData("a,b", "fr", "a,b")]
    [InlineData("a;b", "fr", "\"a;b\"")]
    [InlineData("say \"hi\"", "en", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "en", "\"two\nlines\"")]
    [InlineData("=1,2", "en", "\"'=1,2\"")]
    [InlineData("plain", "fr", "plain")]
    [InlineData("\rx", "en", "\"'\rx\"")]
    [InlineData("=HYPERLINK(\"x\",\"y\")", "en", "\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"")]
    public void Quotes_per_rfc_4180(string text, string dialect, string expected) => Assert.Equal(expected, CsvCell.Text(text, CsvExportDialect.Parse(dialect)));

    [Theory]
    [InlineData("-12.5", "en", "-12.5")]
    [InlineData("-12.5", "fr", "-12,5")]
    [InlineData("1234567.80", "fr", "1234567,8")]
    [InlineData("0.5574", "en", "0.5574")]
    [InlineData("100", "fr", "100")]
    public void Writes_numbers_in_the_dialect_without_thousands_separators(string value, string dialect, string expected)
    {
        foreach (var culture in new[] { string.Empty, "fr-FR", "tr-TR" })
        {
            using (new CultureScope(culture))
            {
                Assert.Equal(expected, CsvCell.Number(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), CsvExportDialect.Parse(dialect)));
            }
        }
    }

    [Fact]
    public void An_undefined_number_is_an_empty_field() => Assert.Equal(string.Empty, CsvCell.Number(null, CsvExportDialect.French));

    [Fact]
    public void Only_en_and_fr_are_dialects()
    {
        Assert.Same(CsvExportDialect.French, CsvExportDialect.Parse("FR"));
        Assert.Throws<System.ArgumentException>(() => CsvExportDialect.Parse("de"));
    }
}
