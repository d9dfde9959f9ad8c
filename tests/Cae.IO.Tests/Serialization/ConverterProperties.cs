using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using Cae.Domain.Values;
using Cae.IO.Serialization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Xunit;

namespace Cae.IO.Tests.Serialization;

public class ConverterProperties
{
    private static readonly JsonSerializerOptions Options = CaeJsonConverters.AddTo(new JsonSerializerOptions());

    private static Gen<long> AnyLong { get; } =
        Gen.Choose(int.MinValue, int.MaxValue).Two().Select(t => unchecked(((long)t.Item1 << 32) | (uint)t.Item2));

    /// <summary>Every ISO day from year 1 to 9999.</summary>
    private static Gen<LocalDate> AnyDate { get; } =
        Gen.Choose(0, Period.Between(new LocalDate(1, 1, 1), new LocalDate(9999, 12, 31), PeriodUnits.Days).Days)
            .Select(d => new LocalDate(1, 1, 1).PlusDays(d));

    [Property]
    public Property Money_round_trips_over_the_whole_range() =>
        Prop.ForAll(AnyLong.Select(Money.FromCents).ToArbitrary(), m => RoundTrip(m) == m);

    [Property]
    public Property Hours_round_trip() =>
        Prop.ForAll(AnyLong.Select(h => Hours.FromHundredths(h == long.MinValue ? 0 : Math.Abs(h))).ToArbitrary(), h => RoundTrip(h) == h);

    [Property]
    public Property Rates_round_trip_with_every_digit() =>
        Prop.ForAll(
            Gen.Choose(0, int.MaxValue).Two().Select(t => Rate.FromFraction(Math.Min(t.Item1, t.Item2) / (decimal)Math.Max(1, Math.Max(t.Item1, t.Item2)))).ToArbitrary(),
            r => RoundTrip(r) == r);

    [Property]
    public Property Dates_round_trip_as_iso() =>
        Prop.ForAll(AnyDate.ToArbitrary(), d => RoundTrip(d) == d && JsonSerializer.Serialize(d, Options) == "\"" + d.ToString("uuuu'-'MM'-'dd", System.Globalization.CultureInfo.InvariantCulture) + "\"");

    [Property]
    public Property Months_round_trip_as_iso() =>
        Prop.ForAll(AnyDate.Select(d => d.ToYearMonth()).ToArbitrary(), m => RoundTrip(m) == m);

    [Property]
    public Property Nullable_amounts_and_lists_round_trip() =>
        Prop.ForAll(
            AnyLong.Select(c => c % 3 == 0 ? (Money?)null : Money.FromCents(c)).ListOf().ToArbitrary(),
            list => JsonSerializer.Deserialize<List<Money?>>(JsonSerializer.Serialize(list, Options), Options)!.SequenceEqual(list));

    [Fact]
    public void Values_are_written_as_the_contract_writes_them()
    {
        var value = new Sample(Money.FromCents(123456), Hours.FromHundredths(15167), Rate.FromFraction(0.1m), new LocalDate(2015, 6, 13), new YearMonth(2015, 3), null);
        using (new CultureScope("fr-FR"))
        {
            Assert.Equal(
                """{"Amount":1234.56,"Hours":151.67,"Rate":0.1,"Day":"2015-06-13","Month":"2015-03","Budget":null}""",
                JsonSerializer.Serialize(value, Options));
        }
    }

    [Theory]
    [InlineData("1.234", "Amount")]
    [InlineData("\"12\"", "Amount")]
    [InlineData("-1", "Hours")]
    [InlineData("0.001", "Hours")]
    [InlineData("1.5", "Rate")]
    [InlineData("\"13/06/2015\"", "Day")]
    [InlineData("20150613", "Day")]
    [InlineData("\"2015-13\"", "Month")]
    public void Values_that_are_not_exact_or_not_iso_are_refused(string json, string field)
    {
        var values = new Dictionary<string, string>
        {
            ["Amount"] = "1", ["Hours"] = "1", ["Rate"] = "0.5", ["Day"] = "\"2015-01-01\"", ["Month"] = "\"2015-01\"", ["Budget"] = "null",
        };
        values[field] = json;
        var text = "{" + string.Join(",", values.Select(v => $"\"{v.Key}\":{v.Value}")) + "}";
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Sample>(text, Options));
    }

    private static T RoundTrip<T>(T value) => JsonSerializer.Deserialize<T>(JsonSerializer.Serialize(value, Options), Options)!;

    public sealed record Sample(Money Amount, Hours Hours, Rate Rate, LocalDate Day, YearMonth Month, Money? Budget);
}
