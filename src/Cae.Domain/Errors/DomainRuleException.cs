using System;

namespace Cae.Domain.Errors;

/// <summary>
/// Thrown when a value would break a rule of the domain: negative hours, an exit before the entry,
/// a transition the support path does not allow, a parameter asked for before it was in force.
/// </summary>
/// <remarks>
/// This is the one error pattern of the library: constructors and factory methods validate their
/// arguments and throw this exception, whose message names the field and the offending value.
/// It derives from <see cref="ArgumentException"/> so callers that already catch argument errors keep working.
/// </remarks>
[Serializable]
public sealed class DomainRuleException : ArgumentException
{
    /// <summary>Creates the exception for a field, its offending value and the rule it breaks.</summary>
    /// <param name="field">The name of the field (or parameter) that holds the bad value.</param>
    /// <param name="value">The offending value, as text (invariant culture).</param>
    /// <param name="rule">What the rule requires, in plain words.</param>
    public DomainRuleException(string field, string? value, string rule)
        : base($"{field}: {rule} (got {value ?? "null"})", field)
    {
        Field = field;
        Value = value;
        Rule = rule;
    }

    /// <summary>The message: <c>field: rule (got value)</c>, without the parameter-name suffix of <see cref="ArgumentException"/>.</summary>
    public override string Message => $"{Field}: {Rule} (got {Value ?? "null"})";

    /// <summary>The name of the field that holds the bad value.</summary>
    public string Field { get; }

    /// <summary>The offending value, formatted with the invariant culture; <c>null</c> when the value was absent.</summary>
    public string? Value { get; }

    /// <summary>What the rule requires, in plain words.</summary>
    public string Rule { get; }
}
