using Cae.Domain.Tests.TestHelpers;
using Cae.Domain.Values;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace Cae.Domain.Tests.Values;

public partial class MoneyTest
{
    [Theory]
    [InlineData("1234.56", 123456)]
    [InlineData("-3", -300)]
    [InlineData("+3", 300)]
    [InlineData("0.5", 50)]
    [InlineData(".5", 50)]
    [InlineData("-0.01", -1)]
    [InlineData("12.340", 1234)]
    [InlineData("0", 0)]
    [InlineData("-0", 0)]
    [InlineData("92233720368547758.07", long.MaxValue)]
    public void Parse_reads_invariant_amounts(string text, long cents) =>
        Assert.Equal(cents, Money.Parse(text).Cents);

    [Theory]
    [InlineData("1234,56")] // decimal comma: the CSV reader normalises the French dialect first
    [InlineData("1,234.56")] // thousands separator
    [InlineData("1 234.56")]
    [InlineData(" 12.00")]
    [InlineData("12.00 ")]
    [InlineData("1e3")]
    [InlineData("12 €")]
    [InlineData("€12")]
    [InlineData("abc")]
    [InlineData("")]
    [InlineData("--1")]
    [InlineData("1.234")] // a fraction of a cent
    [InlineData("0.005")]
    [InlineData("792281625142643375935439503.36")] // beyond the range
    [InlineData("9999999999999999999999999999")] // beyond the range of 96-bit cents
    [InlineData("99999999999999999999999999999999")]
    [InlineData("-792281625142643375935439503.36")]
    public void Parse_rejects_anything_else_naming_the_field_and_the_text(string text) =>
        DomainAssert.Throws("amount", text, () => Money.Parse(text));

    [Fact]
    public void Parse_rejects_null_naming_the_field() =>
        DomainAssert.Throws("amount", null, () => Money.Parse(null!));

    [Theory]
    [InlineData(123456, "1234.56")]
    [InlineData(-123450, "-1234.50")]
    [InlineData(5, "0.05")]
    [InlineData(-5, "-0.05")]
    [InlineData(100000000, "1000000.00")]
    [InlineData(long.MinValue, "-92233720368547758.08")]
    public void ToString_is_invariant_with_two_decimals(long cents, string text) =>
        Assert.Equal(text, Money.FromCents(cents).ToString());

    [Theory]
    [InlineData("fr-FR")]
    [InlineData("tr-TR")]
    [InlineData("de-CH")]
    [InlineData("ar-SA")]
    public void ToString_and_Parse_ignore_the_current_culture(string culture)
    {
        using var scope = new CultureScope(culture);
        Assert.Equal("-1234567.89", Money.FromCents(-123456789).ToString());
        Assert.Equal(Money.FromCents(-123456789), Money.Parse("-1234567.89"));
        Assert.Throws<Cae.Domain.Errors.DomainRuleException>(() => Money.Parse("1234,56"));
    }

    [Property(Arbitrary = new[] { typeof(MoneyArbitraries) })]
    public Property Parse_reads_back_ToString(Money x) =>
        (Money.Parse(x.ToString()) == x).Label(x.ToString());
}
