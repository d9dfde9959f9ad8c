using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Cae.Domain.Policy;

namespace Cae.Rules.WhatIf;

/// <summary>
/// A named set of overrides on the dated policy (and, for structural changes, on the rules), applied over a
/// baseline that stays available for comparison: the library's counterpart of an OpenFisca reform.
/// </summary>
/// <remarks>
/// <para>A scenario is a list of <see cref="ScenarioChange"/>s applied in order. The typed helpers cover the
/// contribution (rate, tiers, base, monthly minimum), the support limit, the general-assembly calendar and the
/// admission mode, the SMIC, the employer-charge schedule, the FTE hours, the positive and perennial exit sets and the
/// support budget; <see cref="With"/> takes any other change of the policy and <see cref="WithRules"/> replaces a rule
/// (a structural change, through <see cref="RuleSet"/>). Scenarios chain: <c>a.Then(b)</c> applies a's changes, then
/// b's, over the baseline.</para>
/// <para>Values set by a helper are referenced to the scenario (<c>What-if scenario (contribution_rate = 0.08)</c>).
/// Arguments are checked when the helper is called, so a bad value fails before any computation.</para>
/// <para>Immutable and thread-safe: every helper returns a new scenario.</para>
/// </remarks>
/// <example><code>
/// var scenario = Scenario.Named("8 %").WithContributionRate(0.08m)
///     .Then(Scenario.Named("30 months").WithSupportLimit(30));
/// var changed = scenario.ApplyTo(baselinePolicy);
/// </code></example>
public sealed partial class Scenario
{
    private readonly ScenarioChange[] changes;

    private Scenario(string name, ScenarioChange[] changes)
    {
        Name = string.IsNullOrWhiteSpace(name) ? throw new ArgumentException("A scenario has a name.", nameof(name)) : name.Trim();
        this.changes = changes;
    }

    /// <summary>The scenario that changes nothing: its policy is the baseline itself.</summary>
    public static Scenario Identity { get; } = new("identity", Array.Empty<ScenarioChange>());

    /// <summary>The scenario's name, e.g. <c>8 %</c>.</summary>
    public string Name { get; }

    /// <summary>The changes, in the order they apply.</summary>
    public IReadOnlyList<ScenarioChange> Changes => changes;

    /// <summary>Whether the scenario changes nothing.</summary>
    public bool IsIdentity => changes.Length == 0;

    /// <summary>An empty scenario with a name, to add changes to.</summary>
    /// <param name="name">The name; not empty.</param>
    public static Scenario Named(string name) => new(name, Array.Empty<ScenarioChange>());

    /// <summary>The same changes under another name.</summary>
    /// <param name="name">The new name; not empty.</param>
    public Scenario Rename(string name) => new(name, changes);

    /// <summary>
    /// This scenario followed by another: the other's changes apply over this one's. The name joins both names
    /// (the identity's name is left out).
    /// </summary>
    /// <param name="next">The scenario to apply after this one.</param>
    /// <exception cref="ArgumentNullException"><paramref name="next"/> is <c>null</c>.</exception>
    public Scenario Then(Scenario next)
    {
        if (next is null)
        {
            throw new ArgumentNullException(nameof(next));
        }

        var name = IsIdentity && ReferenceEquals(this, Identity) ? next.Name
            : next.IsIdentity && ReferenceEquals(next, Identity) ? Name
            : Name + ", then " + next.Name;
        return new Scenario(name, changes.Concat(next.changes).ToArray());
    }

    /// <summary>Applies every change, in order, over a baseline policy.</summary>
    /// <param name="baseline">The baseline policy.</param>
    /// <exception cref="ArgumentNullException"><paramref name="baseline"/> is <c>null</c>.</exception>
    public CaePolicy ApplyTo(CaePolicy baseline)
    {
        var policy = baseline ?? throw new ArgumentNullException(nameof(baseline));
        foreach (var change in changes)
        {
            policy = change.ApplyTo(policy);
        }

        return policy;
    }

    /// <summary>Applies every rule replacement, in order, over a baseline rule set.</summary>
    /// <param name="baseline">The baseline rules.</param>
    /// <exception cref="ArgumentNullException"><paramref name="baseline"/> is <c>null</c>.</exception>
    public RuleSet ApplyTo(RuleSet baseline)
    {
        var rules = baseline ?? throw new ArgumentNullException(nameof(baseline));
        foreach (var change in changes)
        {
            rules = change.ApplyTo(rules);
        }

        return rules;
    }

    /// <summary>Adds any change of the policy.</summary>
    /// <param name="description">What the change does.</param>
    /// <param name="change">Returns the changed copy of a policy.</param>
    public Scenario With(string description, Func<CaePolicy, CaePolicy> change) => Add(ScenarioChange.OfPolicy(description, change));

    /// <summary>Replaces rules: a structural change, e.g. <c>rules =&gt; rules with { Pay = p =&gt; new MyPay(p) }</c>.</summary>
    /// <param name="description">What the change does.</param>
    /// <param name="change">Returns the changed copy of a rule set.</param>
    public Scenario WithRules(string description, Func<RuleSet, RuleSet> change) => Add(ScenarioChange.OfRules(description, change));

    /// <summary>The name.</summary>
    public override string ToString() => Name;

    internal static string Text(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    private Scenario Add(ScenarioChange change) => new(Name, changes.Concat(new[] { change }).ToArray());
}
