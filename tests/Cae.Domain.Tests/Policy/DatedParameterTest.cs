using System;
using System.Linq;
using Cae.Domain.Errors;
using Cae.Domain.Policy;
using Cae.Domain.Tests.TestHelpers;
using NodaTime;
using Xunit;

namespace Cae.Domain.Tests.Policy;

public partial class DatedParameterTest
{
    private static readonly Reference Decree = new("Décret de test", "https://example.org/decret");
    private static readonly LocalDate Jan2015 = new(2015, 1, 1);
    private static readonly LocalDate Jul2015 = new(2015, 7, 1);
    private static readonly LocalDate Jan2016 = new(2016, 1, 1);

    private static DatedParameter<int> Parameter() => new(
        "test_value",
        "A test value, in units",
        new[] { new DatedValue<int>(Jan2016, 30, Decree), new DatedValue<int>(Jan2015, 10, Decree), new DatedValue<int>(Jul2015, 20, Decree) });

    [Fact]
    public void Values_are_sorted_by_effective_date()
    {
        var p = Parameter();
        Assert.Equal("test_value", p.Name);
        Assert.Equal("A test value, in units", p.Description);
        Assert.Equal(new[] { Jan2015, Jul2015, Jan2016 }, p.Values.Select(v => v.From));
        Assert.Equal(new[] { 10, 20, 30 }, p.Values.Select(v => v.Value));
    }

    [Theory]
    [InlineData("2015-01-01", 10)]
    [InlineData("2015-06-30", 10)]
    [InlineData("2015-07-01", 20)]
    [InlineData("2015-12-31", 20)]
    [InlineData("2016-01-01", 30)]
    [InlineData("2099-12-31", 30)]
    public void ValueOn_is_the_latest_value_on_or_before_the_day(string day, int expected)
    {
        var date = NodaTime.Text.LocalDatePattern.Iso.Parse(day).Value;
        var p = Parameter();
        Assert.Equal(expected, p.ValueOn(date));
        Assert.Equal(expected, p.EntryOn(date).Value);
        Assert.Same(Decree, p.EntryOn(date).Reference);
        Assert.True(p.TryEntryOn(date, out var entry));
        Assert.Equal(expected, entry!.Value);
    }

    [Fact]
    public void Asking_before_the_first_value_is_an_error_not_a_zero()
    {
        var p = Parameter();
        var e = DomainAssert.Throws("test_value", "2014-12-31", () => p.ValueOn(new LocalDate(2014, 12, 31)));
        Assert.Contains("2015-01-01", e.Rule, StringComparison.Ordinal);
        DomainAssert.Throws("test_value", "2014-12-31", () => p.EntryOn(new LocalDate(2014, 12, 31)));
        Assert.False(p.TryEntryOn(new LocalDate(2014, 12, 31), out var entry));
        Assert.Null(entry);
        Assert.Throws<DomainRuleException>(() => p.ValueOn(LocalDate.MinIsoValue));
    }

    [Fact]
    public void A_parameter_has_a_name()
    {
        DomainAssert.Throws("name", "", () => new DatedParameter<int>("", "x", new[] { new DatedValue<int>(Jan2015, 1, Decree) }));
        DomainAssert.Throws("name", " ", () => new DatedParameter<int>(" ", "x", new[] { new DatedValue<int>(Jan2015, 1, Decree) }));
    }

    [Fact]
    public void A_parameter_has_a_value()
    {
        DomainAssert.Throws("test_value", "(none)", () => new DatedParameter<int>("test_value", "x", Array.Empty<DatedValue<int>>()));
        Assert.Throws<ArgumentNullException>(() => new DatedParameter<int>("test_value", "x", null!));
    }

    [Fact]
    public void Two_values_on_the_same_day_are_rejected()
    {
        var e = DomainAssert.Throws("test_value", "2015-07-01", () => new DatedParameter<int>("test_value", "x", new[]
        {
            new DatedValue<int>(Jan2015, 1, Decree),
            new DatedValue<int>(Jul2015, 2, Decree),
            new DatedValue<int>(Jul2015, 2, Decree),
        }));
        Assert.Contains("same day", e.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void A_null_description_is_empty() =>
        Assert.Equal(string.Empty, new DatedParameter<int>("n", null!, new[] { new DatedValue<int>(Jan2015, 1, Decree) }).Description);

    [Fact]
    public void Always_is_in_force_on_every_date()
    {
        var p = DatedParameter<int>.Always("limit", "months", 24, Decree);
        Assert.Equal(24, p.ValueOn(LocalDate.MinIsoValue));
        Assert.Equal(24, p.ValueOn(LocalDate.MaxIsoValue));
        Assert.Equal("limit: 24", p.ToString());
    }

    [Fact]
    public void With_adds_a_value_or_replaces_the_one_of_its_day_and_leaves_the_original_alone()
    {
        var p = Parameter();
        var other = new Reference("Autre décret", null);
        var added = p.With(new DatedValue<int>(new LocalDate(2015, 10, 1), 25, other));
        Assert.Equal(new[] { 10, 20, 25, 30 }, added.Values.Select(v => v.Value));
        Assert.Equal(25, added.ValueOn(new LocalDate(2015, 12, 1)));
        Assert.Same(other, added.EntryOn(new LocalDate(2015, 12, 1)).Reference);

        var replaced = p.With(new DatedValue<int>(Jul2015, 21, other));
        Assert.Equal(new[] { 10, 21, 30 }, replaced.Values.Select(v => v.Value));
        Assert.Equal("test_value", replaced.Name);
        Assert.Equal(p.Description, replaced.Description);

        Assert.Equal(new[] { 10, 20, 30 }, p.Values.Select(v => v.Value));
    }

    [Fact]
    public void From_keeps_earlier_values_and_drops_later_ones()
    {
        var p = Parameter();
        var scenario = p.From(new LocalDate(2015, 3, 1), 15, Reference.UserPolicy("scenario.json"));
        Assert.Equal(new[] { 10, 15 }, scenario.Values.Select(v => v.Value));
        Assert.Equal(10, scenario.ValueOn(new LocalDate(2015, 2, 28)));
        Assert.Equal(15, scenario.ValueOn(new LocalDate(2015, 3, 1)));
        Assert.Equal(15, scenario.ValueOn(new LocalDate(2020, 1, 1)));
        Assert.Equal(30, p.ValueOn(new LocalDate(2020, 1, 1)));

        var onADate = p.From(Jul2015, 99, Decree);
        Assert.Equal(new[] { 10, 99 }, onADate.Values.Select(v => v.Value));
    }

    [Fact]
    public void Values_cannot_be_changed_through_the_list()
    {
        var list = Assert.IsAssignableFrom<System.Collections.Generic.IList<DatedValue<int>>>(Parameter().Values);
        Assert.True(list.IsReadOnly);
        Assert.Throws<NotSupportedException>(() => list[0] = new DatedValue<int>(Jan2015, 0, Decree));
    }

    [Theory]
    [InlineData("fr-FR")]
    [InlineData("tr-TR")]
    public void ToString_lists_values_and_dates_invariantly(string culture)
    {
        using var scope = new CultureScope(culture);
        Assert.Equal("test_value: 10 (from 2015-01-01); 20 (from 2015-07-01); 30 (from 2016-01-01)", Parameter().ToString());
        Assert.Equal("9.61 (from 2015-01-01)", new DatedValue<decimal>(Jan2015, 9.61m, Decree).ToString());
    }
}
