using System;
using System.Collections.Generic;
using System.Linq;
using Cae.Domain.Policy;

namespace Cae.IO.Json;

/// <summary>
/// The fields a policy or scenario file sets, each as a change to apply over a baseline policy.
/// </summary>
/// <remarks>A policy file is applied over <see cref="CaePolicy.Default"/>; a scenario file over the baseline policy.</remarks>
internal sealed class PolicyOverrides
{
    private readonly KeyValuePair<string, Func<CaePolicy, CaePolicy>>[] changes;

    internal PolicyOverrides(string source, string? name, IEnumerable<KeyValuePair<string, Func<CaePolicy, CaePolicy>>> changes)
    {
        Source = source;
        Name = name;
        this.changes = changes.ToArray();
    }

    /// <summary>The file the overrides come from.</summary>
    public string Source { get; }

    /// <summary>The scenario's name (<c>name</c> field), when the file has one.</summary>
    public string? Name { get; }

    /// <summary>The names of the fields set, in file order (e.g. <c>support_limit_months</c>).</summary>
    public IReadOnlyList<string> Fields => changes.Select(c => c.Key).ToArray();

    /// <summary>Applies every change, in file order, over a baseline.</summary>
    /// <param name="baseline">The policy to change.</param>
    public CaePolicy ApplyTo(CaePolicy baseline)
    {
        var policy = baseline ?? throw new ArgumentNullException(nameof(baseline));
        foreach (var change in changes)
        {
            policy = change.Value(policy);
        }

        return policy;
    }
}
