using Cae.Domain.Values;
using Cae.IO.Endi;
using NodaTime;
using Xunit;

namespace Cae.IO.Tests.Endi;

public class EndiCellsTest
{
    [Theory]
    [InlineData(" 5/03/2015", 2015, 3, 5)]
    [InlineData("5/03/2015", 2015, 3, 5)]
    [InlineData("5/3/2015", 2015, 3, 5)]
    [InlineData("05/03/2015", 2015, 3, 5)]
    [InlineData("31/12/2015", 2015, 12, 31)]
    [InlineData("2015-03-05", 2015, 3, 5)]
    public void Reads_space_padded_and_single_digit_dates(string text, int year, int month, int day)
    {
        Assert.True(EndiCells.TryParseDate(text.Trim(), out var date));
        Assert.Equal(new LocalDate(year, month, day), date);
    }

    [Theory]
    [InlineData("31/02/2015")]
    [InlineData("5/13/2015")]
    [InlineData("5/3/15")]
    [InlineData("1/1/1899")]
    [InlineData("5 mars 2015")]
    [InlineData("")]
    public void Refuses_what_is_not_a_date(string text) => Assert.False(EndiCells.TryParseDate(text, out _));

    [Theory]
    [InlineData("1 234,56", 123456)]
    [InlineData("1\u00A0234,56", 123456)]
    [InlineData("1\u202F234,56", 123456)]
    [InlineData("1\u202F234\u202F567,89", 123456789)]
    [InlineData("1 234,56 €", 123456)]
    [InlineData("1 234,56\u00A0€", 123456)]
    [InlineData("1234,56€", 123456)]
    [InlineData("-1 234,5", -123450)]
    [InlineData("0,00", 0)]
    [InlineData("42", 4200)]
    public void Reads_french_amounts_with_any_thousands_space_and_the_euro_sign(string text, long cents)
    {
        Assert.True(EndiCells.TryParseAmount(text, out var amount, out var reason), reason);
        Assert.Equal(Money.FromCents(cents), amount);
    }

    [Theory]
    [InlineData("1.234,56", "is not an amount")]
    [InlineData("12 34,00", "is not an amount")]
    [InlineData("€", "is not an amount")]
    [InlineData("1,234", "more than two decimals")]
    [InlineData("2 000 000 000 000,00", "10^12")]
    public void Refuses_what_is_not_an_amount_and_says_why(string text, string reason)
    {
        Assert.False(EndiCells.TryParseAmount(text, out _, out var why));
        Assert.Contains(reason, why);
    }
}
