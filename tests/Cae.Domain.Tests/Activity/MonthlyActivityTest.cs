using Cae.Domain.Activity;
using Cae.Domain.Organisation;
using Cae.Domain.Tests.TestHelpers;
using Cae.Domain.Values;
using NodaTime;
using Xunit;

namespace Cae.Domain.Tests.Activity;

public class MonthlyActivityTest
{
    private static readonly Structure Baticoop = new("Baticoop");
    private static readonly YearMonth June2015 = new(2015, 6);

    private static MonthlyActivity Month(Money turnover, Money purchases, Hours hours, string id = "E-001", Money? contribution = null) =>
        new(id, June2015, Baticoop, null, turnover, purchases, contribution, hours);

    [Fact]
    public void A_month_keeps_its_values()
    {
        var row = new MonthlyActivity(" E-001 ", June2015, Baticoop, new Establishment("Montbéliard"), Money.FromEuros(5000m), Money.FromEuros(1200m), Money.FromEuros(380m), Hours.FromDecimal(151.67m));
        Assert.Equal("E-001", row.EntrepreneurId);
        Assert.Equal(June2015, row.Month);
        Assert.Equal(Baticoop, row.Structure);
        Assert.Equal(new Establishment("Montbéliard"), row.Establishment);
        Assert.Equal(Money.FromEuros(5000m), row.Turnover);
        Assert.Equal(Money.FromEuros(1200m), row.Purchases);
        Assert.Equal(Money.FromEuros(380m), row.Contribution);
        Assert.Equal(Hours.FromDecimal(151.67m), row.SalaryHours);
        Assert.Equal("E-001 2015-06 Baticoop", row.ToString());
    }

    [Fact]
    public void Gross_margin_is_turnover_minus_purchases()
    {
        Assert.Equal(Money.FromEuros(3800m), Month(Money.FromEuros(5000m), Money.FromEuros(1200m), Hours.Zero).GrossMargin);
        Assert.Equal(Money.FromEuros(-700m), Month(Money.FromEuros(-500m), Money.FromEuros(200m), Hours.Zero).GrossMargin);
    }

    [Fact]
    public void A_credit_note_is_not_an_error()
    {
        var row = Month(Money.FromEuros(-250m), Money.Zero, Hours.Zero);
        Assert.True(row.Turnover.IsNegative);
        Assert.Null(row.Contribution);
        Assert.Null(row.Establishment);
    }

    [Fact]
    public void A_month_holds_at_most_744_hours()
    {
        Assert.Equal(Hours.FromDecimal(744m), MonthlyActivity.MaximumMonthlyHours);
        Assert.Equal(Hours.FromDecimal(744m), Month(Money.Zero, Money.Zero, Hours.FromDecimal(744m)).SalaryHours);
        var e = DomainAssert.Throws("salary_hours", "744.01", () => Month(Money.Zero, Money.Zero, Hours.FromDecimal(744.01m)));
        Assert.Contains("744", e.Rule, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData(null)]
    public void A_row_names_its_person(string? id) =>
        DomainAssert.Throws("entrepreneur_id", id, () => Month(Money.Zero, Money.Zero, Hours.Zero, id!));

    [Fact]
    public void A_row_names_its_structure() =>
        DomainAssert.Throws("structure", null, () => new MonthlyActivity("E-001", June2015, default, null, Money.Zero, Money.Zero, null, Hours.Zero));
}
