using Cae.Domain.Organisation;
using Cae.Domain.Values;
using Cae.Rules.Pay;
using Cae.Rules.SupportLimit;
using NodaTime;
using Xunit;

namespace Cae.Rules.Tests.Explanation;

public class ResultEqualityTest
{
    [Fact]
    public void Two_identical_explanations_are_equal_with_the_same_hash_code()
    {
        var input = new PayInput(new YearMonth(2016, 1), new Structure("Coopilote"), Money.FromEuros(3000m)).WithPurchases(Money.FromEuros(500m));
        var a = new PayCascadeRule(TestPolicies.Default).Explain(input);
        var b = new PayCascadeRule(TestPolicies.Default).Explain(input with { });

        Assert.NotSame(a.Trace, b.Trace);
        Assert.Equal(a.Trace, b.Trace);
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, new PayCascadeRule(TestPolicies.Default).Explain(input.WithDirectCosts(Money.FromEuros(1m))));
        Assert.Equal(a, new PayCascadeRule(TestPolicies.Default).Explain(new YearMonth(2016, 1), new Structure("Coopilote"), null, Money.FromEuros(3000m), Money.FromEuros(500m), Money.Zero, Money.Zero));
    }

    [Fact]
    public void Two_identical_path_assessments_are_equal()
    {
        var path = new PathCase(new LocalDate(2013, 3, 1), 2, new LocalDate(2013, 6, 1), new LocalDate(2015, 2, 1));
        var a = new PathRule(TestPolicies.WithJuneAssemblies()).Assess(path, new LocalDate(2015, 7, 1));
        var b = new PathRule(TestPolicies.WithJuneAssemblies()).Assess(path, new LocalDate(2015, 7, 1));

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, new PathRule(TestPolicies.WithJuneAssemblies()).Assess(path, new LocalDate(2015, 8, 1)));
    }
}
