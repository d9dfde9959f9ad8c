using Cae.IO.Csv;
using NodaTime;
using Xunit;

namespace Cae.IO.Tests.Csv;

public class ContractDatesTest
{
    [Theory]
    [InlineData("2015-06-13")]
    [InlineData("13/06/2015")]
    [InlineData("13/6/2015")]
    public void Dates_are_iso_or_french(string text)
    {
        Assert.True(ContractDates.TryParseDate(text, out var date));
        Assert.Equal(new LocalDate(2015, 6, 13), date);
    }

    [Theory]
    [InlineData("2015-02-30")]
    [InlineData("30/02/2015")]
    [InlineData("06/13/2015")]
    [InlineData("2015-6-13")]
    [InlineData("2015/06/13")]
    [InlineData("13-06-2015")]
    [InlineData("2015-06")]
    [InlineData("20150613")]
    [InlineData("113/6/2015")]
    [InlineData("1/6/15")]
    [InlineData("13.06.2015")]
    [InlineData("")]
    public void Other_date_forms_do_not_parse(string text)
    {
        Assert.False(ContractDates.TryParseDate(text, out _));
    }

    [Theory]
    [InlineData("2015-03")]
    [InlineData("03/2015")]
    [InlineData("3/2015")]
    public void Months_are_iso_or_french(string text)
    {
        Assert.True(ContractDates.TryParseMonth(text, out var month));
        Assert.Equal(new YearMonth(2015, 3), month);
    }

    [Theory]
    [InlineData("2015-13")]
    [InlineData("13/2015")]
    [InlineData("2015-3")]
    [InlineData("003/2015")]
    [InlineData("2015-03-01")]
    [InlineData("mars 2015")]
    [InlineData("")]
    public void Other_month_forms_do_not_parse(string text)
    {
        Assert.False(ContractDates.TryParseMonth(text, out _));
    }

    [Theory]
    [InlineData("5/3/2015")]
    [InlineData("05/03/2015")]
    [InlineData("5/03/2015")]
    [InlineData("05/3/2015")]
    public void Short_days_and_months_of_the_management_software_parse(string text)
    {
        Assert.True(ContractDates.TryParseDate(text, out var date));
        Assert.Equal(new LocalDate(2015, 3, 5), date);
    }

    [Theory]
    [InlineData("fr-FR")]
    [InlineData("tr-TR")]
    [InlineData("ar-SA")]
    public void Parsing_does_not_depend_on_the_current_culture(string culture)
    {
        using var scope = new CultureScope(culture);
        Assert.True(ContractDates.TryParseDate("13/06/2015", out var date));
        Assert.Equal(new LocalDate(2015, 6, 13), date);
        Assert.True(ContractDates.TryParseMonth("2015-03", out var month));
        Assert.Equal(new YearMonth(2015, 3), month);
    }
}
