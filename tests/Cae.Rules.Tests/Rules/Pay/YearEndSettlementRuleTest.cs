using Cae.Domain.Values;
using Cae.Rules.Pay;
using Xunit;
using static Cae.Rules.Tests.Rules.SupportLimit.SupportLimitRuleTest;

namespace Cae.Rules.Tests.Rules.Pay;

public class YearEndSettlementRuleTest
{
    [Fact]
    public void The_variable_part_is_settled_a_month_after_the_approving_assembly()
    {
        var rule = new YearEndSettlementRule(TestPolicies.WithJuneAssemblies());

        // Funded 20 000 gross; 12 × 1 200 fixed = 14 400; 3 000 already advanced.
        var result = rule.ExplainSettlement(2015, Money.FromEuros(20_000), Money.FromEuros(14_400), Money.FromEuros(3_000));

        Assert.Equal(Money.FromEuros(5_600), result.VariablePart);
        Assert.Equal(Money.FromEuros(2_600), result.Balance);
        Assert.Equal(Day("2016-06-18"), result.ApprovingAssembly);
        Assert.Equal(Day("2016-07-18"), result.PaymentDueBy);
        Assert.Contains(result.Trace.Steps, s => s.Reference == YearEndSettlementRule.Source);
        Assert.Equal(result with { Trace = Cae.Rules.Explanation.Trace.Empty }, rule.Settle(2015, Money.FromEuros(20_000), Money.FromEuros(14_400), Money.FromEuros(3_000)));
    }

    [Fact]
    public void An_overpaid_fixed_part_gives_a_negative_balance_and_a_late_assembly_none()
    {
        var rule = new YearEndSettlementRule(TestPolicies.WithAssemblies(Day("2016-07-02")));
        var result = rule.ExplainSettlement(2015, Money.FromEuros(10_000), Money.FromEuros(14_400), Money.Zero);

        Assert.Equal(Money.FromEuros(-4_400), result.Balance);
        Assert.Null(result.ApprovingAssembly);
        Assert.Null(result.PaymentDueBy);
        Assert.Contains(result.Trace.Steps, s => s.Value.Contains("no general assembly from 2016-01-01 to 2016-06-30"));
    }
}
