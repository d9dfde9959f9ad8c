using System;
using Cae.Domain.Errors;
using Xunit;

namespace Cae.Domain.Tests.TestHelpers;

/// <summary>Assertions on the library's one error pattern, <see cref="DomainRuleException"/>.</summary>
public static class DomainAssert
{
    /// <summary>
    /// Asserts that <paramref name="action"/> throws a <see cref="DomainRuleException"/> naming
    /// <paramref name="field"/> and <paramref name="value"/>, and that its message shows both.
    /// </summary>
    public static DomainRuleException Throws(string field, string? value, Action action)
    {
        var e = Assert.Throws<DomainRuleException>(action);
        Assert.Equal(field, e.Field);
        Assert.Equal(value, e.Value);
        Assert.StartsWith(field + ":", e.Message, StringComparison.Ordinal);
        Assert.Contains($"(got {value ?? "null"})", e.Message, StringComparison.Ordinal);
        return e;
    }

    /// <inheritdoc cref="Throws(string, string?, Action)"/>
    public static DomainRuleException Throws(string field, string? value, Func<object?> func) =>
        Throws(field, value, () => { func(); });
}
