using System;
using Cae.Domain.Policy;

namespace Cae.Rules.WhatIf;

/// <summary>
/// One change of a <see cref="Scenario"/>: a named override of the dated policy (a parameter), or a named
/// replacement of a rule (a structural change).
/// </summary>
/// <remarks>Immutable. The functions are expected to be pure: they return a modified copy and change nothing.</remarks>
public sealed class ScenarioChange
{
    private readonly Func<CaePolicy, CaePolicy>? policy;
    private readonly Func<RuleSet, RuleSet>? rules;

    private ScenarioChange(string description, Func<CaePolicy, CaePolicy>? policy, Func<RuleSet, RuleSet>? rules)
    {
        Description = string.IsNullOrWhiteSpace(description) ? throw new ArgumentException("A change is described.", nameof(description)) : description;
        this.policy = policy;
        this.rules = rules;
    }

    /// <summary>What the change does, e.g. <c>contribution_rate = 0.08</c>.</summary>
    public string Description { get; }

    /// <summary>Whether the change replaces a rule rather than a parameter.</summary>
    public bool IsStructural => rules is not null;

    /// <summary>A change of the policy's parameters.</summary>
    /// <param name="description">What the change does.</param>
    /// <param name="change">Returns the changed copy of a policy.</param>
    /// <exception cref="ArgumentNullException"><paramref name="change"/> is <c>null</c>.</exception>
    public static ScenarioChange OfPolicy(string description, Func<CaePolicy, CaePolicy> change) =>
        new(description, change ?? throw new ArgumentNullException(nameof(change)), null);

    /// <summary>A replacement of rules (a structural change).</summary>
    /// <param name="description">What the change does.</param>
    /// <param name="change">Returns the changed copy of a rule set.</param>
    /// <exception cref="ArgumentNullException"><paramref name="change"/> is <c>null</c>.</exception>
    public static ScenarioChange OfRules(string description, Func<RuleSet, RuleSet> change) =>
        new(description, null, change ?? throw new ArgumentNullException(nameof(change)));

    /// <summary>Applies the change to a policy (a rule replacement leaves it as it is).</summary>
    /// <param name="baseline">The policy.</param>
    /// <exception cref="InvalidOperationException">The change returns <c>null</c>.</exception>
    public CaePolicy ApplyTo(CaePolicy baseline) =>
        policy is null ? baseline : policy(baseline) ?? throw new InvalidOperationException($"The change '{Description}' returned no policy.");

    /// <summary>Applies the change to a rule set (a parameter change leaves it as it is).</summary>
    /// <param name="baseline">The rules.</param>
    /// <exception cref="InvalidOperationException">The change returns <c>null</c>.</exception>
    public RuleSet ApplyTo(RuleSet baseline) =>
        rules is null ? baseline : rules(baseline) ?? throw new InvalidOperationException($"The change '{Description}' returned no rule set.");

    /// <summary>The description.</summary>
    public override string ToString() => Description;
}
