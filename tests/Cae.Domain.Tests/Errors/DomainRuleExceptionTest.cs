using System;
using Cae.Domain.Errors;
using Xunit;

namespace Cae.Domain.Tests.Errors;

public class DomainRuleExceptionTest
{
    [Fact]
    public void The_message_names_the_field_the_rule_and_the_value()
    {
        var e = new DomainRuleException("hours", "-1", "hours are never negative");
        Assert.Equal("hours", e.Field);
        Assert.Equal("-1", e.Value);
        Assert.Equal("hours are never negative", e.Rule);
        Assert.Equal("hours", e.ParamName);
        Assert.StartsWith("hours: hours are never negative (got -1)", e.Message, StringComparison.Ordinal);
        Assert.IsAssignableFrom<ArgumentException>(e);
    }

    [Fact]
    public void An_absent_value_reads_null()
    {
        var e = new DomainRuleException("exit_category", null, "an exit date needs an exit category");
        Assert.Null(e.Value);
        Assert.Contains("(got null)", e.Message, StringComparison.Ordinal);
    }
}
