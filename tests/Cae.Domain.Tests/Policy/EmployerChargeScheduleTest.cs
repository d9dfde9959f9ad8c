using System;
using System.Collections.Generic;
using System.Linq;
using Cae.Domain.Policy;
using Cae.Domain.Tests.TestHelpers;
using Cae.Domain.Values;
using Xunit;

namespace Cae.Domain.Tests.Policy;

public class EmployerChargeScheduleTest
{
    private static KeyValuePair<decimal, Rate> Point(decimal multiple, decimal rate) => new(multiple, Rate.FromFraction(rate));

    // The data contract's example: 5 % at the SMIC, 30 % at 1.6 SMIC.
    private static readonly EmployerChargeSchedule Contract = EmployerChargeSchedule.BySmicMultiple(new[] { Point(1.6m, 0.30m), Point(1.0m, 0.05m) });

    [Theory]
    [InlineData(0, 0.45)]
    [InlineData(1, 0.45)]
    [InlineData(3.7, 0.45)]
    [InlineData(-1, 0.45)]
    public void A_flat_schedule_is_the_same_at_every_salary(double multiple, double expected)
    {
        var flat = EmployerChargeSchedule.Flat(Rate.FromFraction(0.45m));
        Assert.True(flat.IsFlat);
        Assert.Equal((decimal)expected, flat.RateAt((decimal)multiple));
        Assert.Equal("flat 0.45", flat.ToString());
    }

    [Theory]
    [InlineData("1.0", "0.05")]
    [InlineData("1.6", "0.30")]
    [InlineData("1.3", "0.175")]
    [InlineData("1.12", "0.10")]
    [InlineData("1.48", "0.25")]
    public void Between_points_the_rate_is_interpolated_linearly(string multiple, string expected) =>
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), Contract.RateAt(decimal.Parse(multiple, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("0", "0.05")]
    [InlineData("0.5", "0.05")]
    [InlineData("0.999", "0.05")]
    [InlineData("1.601", "0.30")]
    [InlineData("10", "0.30")]
    public void Outside_the_points_the_rate_is_clamped(string multiple, string expected) =>
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), Contract.RateAt(decimal.Parse(multiple, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Interpolation_across_three_points_uses_the_segment_of_the_salary()
    {
        var schedule = EmployerChargeSchedule.BySmicMultiple(new[] { Point(1.0m, 0.05m), Point(1.163m, 0.16m), Point(1.449m, 0.30m) });
        Assert.Equal(0.105m, schedule.RateAt(1.0815m));
        Assert.Equal(0.16m, schedule.RateAt(1.163m));
        Assert.Equal(0.23m, schedule.RateAt(1.306m));
        Assert.False(schedule.IsFlat);
    }

    [Fact]
    public void Points_are_sorted_and_read_only()
    {
        Assert.Equal(new[] { 1.0m, 1.6m }, Contract.Points.Select(p => p.Key));
        var list = Assert.IsAssignableFrom<IList<KeyValuePair<decimal, Rate>>>(Contract.Points);
        Assert.Throws<NotSupportedException>(() => list[0] = Point(0.5m, 0.5m));
        Assert.Equal(0.05m, Contract.RateAt(1.0m));
        Assert.Equal("1.0×SMIC→0.05, 1.6×SMIC→0.30", Contract.ToString());
    }

    [Fact]
    public void A_schedule_has_a_point() =>
        DomainAssert.Throws("by_smic_multiple", "(none)", () => EmployerChargeSchedule.BySmicMultiple(Array.Empty<KeyValuePair<decimal, Rate>>()));

    [Theory]
    [InlineData("0")]
    [InlineData("-1.5")]
    public void Multiples_are_positive(string multiple) =>
        DomainAssert.Throws("by_smic_multiple", multiple, () => EmployerChargeSchedule.BySmicMultiple(new[] { Point(decimal.Parse(multiple, System.Globalization.CultureInfo.InvariantCulture), 0.1m), Point(1m, 0.2m) }));

    [Fact]
    public void Multiples_are_distinct() =>
        DomainAssert.Throws("by_smic_multiple", "1.0", () => EmployerChargeSchedule.BySmicMultiple(new[] { Point(1.0m, 0.1m), Point(1.0m, 0.2m) }));

    [Fact]
    public void Null_points_throw() =>
        Assert.Throws<ArgumentNullException>(() => EmployerChargeSchedule.BySmicMultiple(null!));
}
