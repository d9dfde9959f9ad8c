using Cae.Rules.Indicators;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Xunit;

namespace Cae.Rules.Tests.Indicators;

public class CompletedMonthsTest
{
    [Theory]
    [InlineData("2015-01-31", "2015-02-28", 1)]
    [InlineData("2015-01-31", "2015-03-30", 1)]
    [InlineData("2015-01-31", "2015-03-31", 2)]
    [InlineData("2016-01-30", "2016-02-29", 1)]
    [InlineData("2015-01-01", "2015-12-31", 11)]
    [InlineData("2013-06-15", "2015-01-01", 18)]
    [InlineData("2015-03-10", "2015-03-10", 0)]
    public void Worked_examples(string start, string end, int months) =>
        Assert.Equal(months, CompletedMonths.Between(TestData.Date(start), TestData.Date(end)));

    [Property(MaxTest = 2000)]
    public Property Equals_NodaTime_Period_Between(ushort startDay, ushort length)
    {
        var start = new LocalDate(2010, 1, 1).PlusDays(startDay % 3000);
        var end = start.PlusDays(length % 1500);
        var expected = Period.Between(start, end, PeriodUnits.Months).Months;
        return (CompletedMonths.Between(start, end) == expected).Label($"{start} → {end}: NodaTime {expected}");
    }
}
