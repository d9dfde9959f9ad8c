using Cae.Domain.Errors;
using Cae.Domain.Policy;
using Cae.Rules.Admission;
using Cae.Rules.SupportLimit;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Xunit;

namespace Cae.Rules.Tests.Rules;

/// <summary>The rules' date arithmetic never overflows: a result outside 1900-01-01 … 2100-12-31 is an error naming the parameter.</summary>
public class BoundedDatesTest
{
    private static readonly LocalDate Entry = new(2015, 3, 1);

    [Theory]
    [InlineData(100_000)]
    [InlineData(int.MaxValue)]
    [InlineData(-100_000)]
    [InlineData(int.MinValue)]
    [InlineData(1100)] // 2015-03 + 1100 months = 2106: within NodaTime's calendar, outside the contract's range
    public void A_support_limit_far_outside_the_date_range_is_an_error_naming_it(int months)
    {
        // The policy may refuse the value itself; either way the error names the field, never an overflow.
        var e = Assert.Throws<DomainRuleException>(() => new PathRule(TestPolicies.WithSupportLimit(months)).Assess(new PathCase(Entry), Entry));
        Assert.Equal("support_limit_months", e.Field);
    }

    [Theory]
    [InlineData(2_000_000_000)]
    [InlineData(int.MinValue)]
    [InlineData(1_000_000_000)]
    public void An_application_cutoff_far_outside_the_date_range_is_an_error_naming_it(int days)
    {
        var e = Assert.Throws<DomainRuleException>(() =>
            new PathRule(TestPolicies.WithJuneAssemblies(days)).Assess(new PathCase(Entry) { Application = Entry }, Entry));
        Assert.Equal("application_cutoff_days", e.Field);
    }

    [Fact]
    public void Checking_an_associate_date_with_a_huge_cutoff_does_not_overflow()
    {
        // The domain refuses a cut-off beyond its bound, naming the field; at the bound the check does not overflow.
        var e = Assert.Throws<Cae.Domain.Errors.DomainRuleException>(() => CaePolicy.Default with { ApplicationCutoffDays = int.MaxValue });
        Assert.Equal("application_cutoff_days", e.Field);
        var rule = new AdmissionRule(CaePolicy.Default with
        {
            Assemblies = new AssemblyCalendar(new[] { new LocalDate(2015, 6, 13) }, TestPolicies.TestReference),
            ApplicationCutoffDays = 730,
        });
        Assert.NotNull(rule.ValidateAssociateDate(new LocalDate(2015, 6, 13), new LocalDate(2015, 1, 1)));
    }

    [Fact]
    public void An_entry_at_the_end_of_the_calendar_is_an_error_not_an_overflow()
    {
        var e = Assert.Throws<DomainRuleException>(() => new SupportLimitRule(CaePolicy.Default).SupportEnd(new LocalDate(9999, 12, 1)));
        Assert.Equal("support_limit_months", e.Field);
    }

    [Property(MaxTest = 300)]
    public Property Support_ends_are_dates_of_the_range_or_a_named_error() =>
        Prop.ForAll(
            Gen.Choose(-40_000, 40_000).Select(d => new LocalDate(2000, 1, 1).PlusDays(d)).ToArbitrary(),
            Gen.OneOf(Gen.Choose(-3000, 3000), Gen.Elements(int.MinValue, int.MaxValue, 100_000)).ToArbitrary(),
            (entry, months) =>
            {
                try
                {
                    var end = new SupportLimitRule(TestPolicies.WithSupportLimit(months)).SupportEnd(entry);
                    return end >= new LocalDate(1900, 1, 1) && end <= new LocalDate(2100, 12, 31) && end == entry.PlusMonths(months);
                }
                catch (DomainRuleException e)
                {
                    return e.Field == "support_limit_months";
                }
            });
}
