using System;

namespace Cae.Rules.Indicators;

/// <summary>
/// A node of a <see cref="ReportTree"/>: a subtree, a number (possibly null), a text or a list.
/// </summary>
/// <remarks>Immutable. Equality is structural (names, order, kinds and values).</remarks>
public abstract class ReportNode : IEquatable<ReportNode>
{
    private protected ReportNode()
    {
    }

    /// <summary>
    /// This node minus a baseline node of the same shape: every number becomes this − baseline (null when
    /// either is null or the baseline has no such number); texts and lists are kept from this node.
    /// </summary>
    /// <param name="baseline">The baseline node, or <c>null</c> when the baseline has none.</param>
    public abstract ReportNode Subtract(ReportNode? baseline);

    /// <inheritdoc />
    public abstract bool Equals(ReportNode? other);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ReportNode other && Equals(other);

    /// <inheritdoc />
    public abstract override int GetHashCode();
}
