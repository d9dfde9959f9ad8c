using System;
using System.Collections.Generic;

namespace Cae.Rules.Indicators;

/// <summary>A list of the report (the rejected rows, filled by the writers from the diagnostics).</summary>
public sealed class ReportList : ReportNode
{
    private readonly ReportNode[] items;

    /// <summary>Creates a list.</summary>
    /// <param name="items">The items, in order.</param>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> is <c>null</c>.</exception>
    public ReportList(IEnumerable<ReportNode> items) => this.items = new List<ReportNode>(items ?? throw new ArgumentNullException(nameof(items))).ToArray();

    /// <summary>The items, in order.</summary>
    public IReadOnlyList<ReportNode> Items => items;

    /// <inheritdoc />
    public override ReportNode Subtract(ReportNode? baseline) => this;

    /// <inheritdoc />
    public override bool Equals(ReportNode? other)
    {
        if (other is not ReportList list || list.items.Length != items.Length)
        {
            return false;
        }

        for (var i = 0; i < items.Length; i++)
        {
            if (!items[i].Equals(list.items[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    public override int GetHashCode() => items.Length;
}
