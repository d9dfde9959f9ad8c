using System;
using System.Collections.Generic;
using System.Text;

namespace Cae.Rules.Indicators;

/// <summary>
/// A report as an ordered tree: names mapped to numbers, nulls, texts, lists or subtrees, in output order.
/// The JSON writer writes it as it is; a what-if <c>delta</c> is <see cref="Subtract(ReportTree)"/>.
/// </summary>
/// <remarks>Immutable. Names are distinct within a subtree. Equality is structural and order-sensitive.</remarks>
public sealed class ReportTree : ReportNode
{
    private readonly KeyValuePair<string, ReportNode>[] children;
    private readonly Dictionary<string, int> index;

    /// <summary>Creates a subtree.</summary>
    /// <param name="children">The named children, in order; names are distinct.</param>
    /// <exception cref="ArgumentException">Two children have the same name.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="children"/> is <c>null</c>.</exception>
    public ReportTree(IEnumerable<KeyValuePair<string, ReportNode>> children)
    {
        this.children = new List<KeyValuePair<string, ReportNode>>(children ?? throw new ArgumentNullException(nameof(children))).ToArray();
        index = new Dictionary<string, int>(this.children.Length, StringComparer.Ordinal);
        for (var i = 0; i < this.children.Length; i++)
        {
            if (index.ContainsKey(this.children[i].Key))
            {
                throw new ArgumentException($"The name '{this.children[i].Key}' appears twice.", nameof(children));
            }

            index.Add(this.children[i].Key, i);
        }
    }

    /// <summary>The named children, in order.</summary>
    public IReadOnlyList<KeyValuePair<string, ReportNode>> Children => children;

    /// <summary>The child of a name.</summary>
    /// <param name="name">The name.</param>
    /// <exception cref="KeyNotFoundException">No such child.</exception>
    public ReportNode this[string name] => Find(name) ?? throw new KeyNotFoundException($"No '{name}' in the report tree.");

    /// <summary>The node at a path of names, or <c>null</c> when there is none.</summary>
    /// <param name="path">The names from this tree down, e.g. <c>"flows", "total", "entries"</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is <c>null</c>.</exception>
    public ReportNode? Find(params string[] path)
    {
        ReportNode? node = this;
        foreach (var name in path ?? throw new ArgumentNullException(nameof(path)))
        {
            if (node is not ReportTree tree || !tree.index.TryGetValue(name, out var i))
            {
                return null;
            }

            node = tree.children[i].Value;
        }

        return node;
    }

    /// <summary>The number at a path of names.</summary>
    /// <param name="path">The names from this tree down.</param>
    /// <exception cref="KeyNotFoundException">No number at that path.</exception>
    public decimal? Number(params string[] path) => Find(path) is ReportNumber n
        ? n.Value
        : throw new KeyNotFoundException($"No number at '{string.Join("/", path)}' in the report tree.");

    /// <summary>This tree minus a baseline of the same shape, for every number (see <see cref="ReportNode.Subtract"/>).</summary>
    /// <param name="baseline">The baseline.</param>
    public ReportTree Subtract(ReportTree baseline) => (ReportTree)Subtract((ReportNode)baseline);

    /// <inheritdoc />
    public override ReportNode Subtract(ReportNode? baseline)
    {
        var other = baseline as ReportTree;
        var result = new KeyValuePair<string, ReportNode>[children.Length];
        for (var i = 0; i < children.Length; i++)
        {
            result[i] = new KeyValuePair<string, ReportNode>(children[i].Key, children[i].Value.Subtract(other?.Find(children[i].Key)));
        }

        return new ReportTree(result);
    }

    /// <summary>This tree without some top-level children (e.g. <c>rejected_rows</c> and <c>input</c> when comparing reports of different files).</summary>
    /// <param name="names">The names to leave out.</param>
    public ReportTree Without(params string[] names)
    {
        var kept = new List<KeyValuePair<string, ReportNode>>();
        foreach (var child in children)
        {
            if (Array.IndexOf(names, child.Key) < 0)
            {
                kept.Add(child);
            }
        }

        return new ReportTree(kept);
    }

    /// <inheritdoc />
    public override bool Equals(ReportNode? other)
    {
        if (other is not ReportTree tree || tree.children.Length != children.Length)
        {
            return false;
        }

        for (var i = 0; i < children.Length; i++)
        {
            if (!string.Equals(children[i].Key, tree.children[i].Key, StringComparison.Ordinal) || !children[i].Value.Equals(tree.children[i].Value))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    public override int GetHashCode() => children.Length;

    /// <summary>One line per number, <c>path = value</c>, for messages and test failures.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        Append(text, string.Empty, this);
        return text.ToString();
    }

    private static void Append(StringBuilder text, string prefix, ReportNode node)
    {
        switch (node)
        {
            case ReportTree tree:
                foreach (var child in tree.children)
                {
                    Append(text, prefix.Length == 0 ? child.Key : prefix + "/" + child.Key, child.Value);
                }

                break;
            case ReportList list:
                for (var i = 0; i < list.Items.Count; i++)
                {
                    Append(text, prefix + "[" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]", list.Items[i]);
                }

                break;
            default:
                text.Append(prefix).Append(" = ").Append(node).Append('\n');
                break;
        }
    }
}
