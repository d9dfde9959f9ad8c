using System;
using Cae.Domain.Policy;
using NodaTime;
using Xunit;

namespace Cae.Domain.Tests.Policy;

public class AssemblyCalendarTest
{
    private static readonly Reference Minutes = new("Procès-verbaux des assemblées générales", null);
    private static readonly LocalDate Ag2015 = new(2015, 6, 13);
    private static readonly LocalDate Ag2016 = new(2016, 6, 18);
    private static readonly LocalDate Extra2016 = new(2016, 11, 26);

    private static AssemblyCalendar Calendar() => new(new[] { Extra2016, Ag2015, Ag2016, Ag2015 }, Minutes);

    [Fact]
    public void Dates_are_sorted_and_distinct()
    {
        Assert.Equal(new[] { Ag2015, Ag2016, Extra2016 }, Calendar().Dates);
        Assert.Same(Minutes, Calendar().Reference);
        Assert.Equal("2015-06-13, 2016-06-18, 2016-11-26", Calendar().ToString());
    }

    [Theory]
    [InlineData("2014-01-01", "2015-06-13")]
    [InlineData("2015-06-12", "2015-06-13")]
    [InlineData("2015-06-13", "2015-06-13")] // on the day itself
    [InlineData("2015-06-14", "2016-06-18")]
    [InlineData("2016-06-19", "2016-11-26")]
    [InlineData("2016-11-26", "2016-11-26")]
    public void FirstOnOrAfter_is_the_next_assembly(string day, string expected) =>
        Assert.Equal(Parse(expected), Calendar().FirstOnOrAfter(Parse(day)));

    [Fact]
    public void FirstOnOrAfter_the_last_assembly_is_null()
    {
        Assert.Null(Calendar().FirstOnOrAfter(Extra2016.PlusDays(1)));
        Assert.Null(AssemblyCalendar.Empty.FirstOnOrAfter(Ag2015));
        Assert.Empty(AssemblyCalendar.Empty.Dates);
    }

    [Fact]
    public void Contains_only_assembly_days()
    {
        Assert.True(Calendar().Contains(Ag2016));
        Assert.False(Calendar().Contains(Ag2016.PlusDays(1)));
        Assert.False(AssemblyCalendar.Empty.Contains(Ag2016));
    }

    [Fact]
    public void With_adds_dates_to_a_copy()
    {
        var calendar = Calendar();
        var more = calendar.With(new[] { new LocalDate(2017, 6, 17), Ag2015 });
        Assert.Equal(new[] { Ag2015, Ag2016, Extra2016, new LocalDate(2017, 6, 17) }, more.Dates);
        Assert.Equal(new LocalDate(2017, 6, 17), more.FirstOnOrAfter(Extra2016.PlusDays(1)));
        Assert.Same(Minutes, more.Reference);
        Assert.Equal(3, calendar.Dates.Count);
    }

    [Fact]
    public void Null_arguments_throw()
    {
        Assert.Throws<ArgumentNullException>(() => new AssemblyCalendar(null!, Minutes));
        Assert.Throws<ArgumentNullException>(() => new AssemblyCalendar(new[] { Ag2015 }, null!));
    }

    private static LocalDate Parse(string day) => NodaTime.Text.LocalDatePattern.Iso.Parse(day).Value;
}
