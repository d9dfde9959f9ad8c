using System;
using System.Collections.Generic;
using System.Diagnostics.Contracts;
using System.Linq;

namespace Cae.Domain.Paths;

/// <summary>
/// An immutable set of exit categories, such as the categories a CAE counts as positive.
/// </summary>
/// <remarks>
/// Held as a bit mask, so membership is a single test. The default value is the empty set.
/// Source: no legal definition of a positive exit exists; Coopilote counts creation, associate and
/// employment as positive and creation + associate as perennial (activity report 2015); the insertion
/// sector also counts qualifying training (cae-rules-facts §G.26).
/// </remarks>
public readonly struct ExitCategorySet : IEquatable<ExitCategorySet>
{
    private readonly int mask;

    private ExitCategorySet(int mask) => this.mask = mask;

    /// <summary>The empty set.</summary>
    public static ExitCategorySet Empty => default;

    /// <summary>Creates a set from categories (repeats are ignored).</summary>
    /// <param name="categories">The members.</param>
    [Pure]
    public static ExitCategorySet Of(params ExitCategory[] categories) => Of((IEnumerable<ExitCategory>)categories);

    /// <summary>Creates a set from categories (repeats are ignored).</summary>
    /// <param name="categories">The members.</param>
    [Pure]
    public static ExitCategorySet Of(IEnumerable<ExitCategory> categories)
    {
        var mask = 0;
        foreach (var c in categories)
        {
            mask |= 1 << c.Value;
        }

        return new ExitCategorySet(mask);
    }

    /// <summary>Whether the set holds a category.</summary>
    /// <param name="category">The category.</param>
    [Pure]
    public bool Contains(ExitCategory category) => (mask & (1 << category.Value)) != 0;

    /// <summary>Whether the set holds the category of the given value (<see cref="ExitCategory"/>'s Value).</summary>
    /// <param name="categoryValue">The category's value, 0 to 5.</param>
    /// <returns>Whether the category is in the set; <c>false</c> for a value that is no category's.</returns>
    [Pure]
    public bool ContainsValue(int categoryValue) =>
        categoryValue >= 0 && categoryValue < ExitCategory.Count && (mask & (1 << categoryValue)) != 0;

    /// <summary>The members, in the order of the categories.</summary>
    public IReadOnlyList<ExitCategory> Members => ExitCategory.List.OrderBy(c => c.Value).Where(Contains).ToArray();

    /// <summary>The set with one more category.</summary>
    /// <param name="category">The category to add.</param>
    [Pure]
    public ExitCategorySet With(ExitCategory category) => new(mask | (1 << category.Value));

    /// <summary>The set without a category.</summary>
    /// <param name="category">The category to remove.</param>
    [Pure]
    public ExitCategorySet Without(ExitCategory category) => new(mask & ~(1 << category.Value));

    /// <summary>Equality.</summary>
    public static bool operator ==(ExitCategorySet a, ExitCategorySet b) => a.mask == b.mask;

    /// <summary>Inequality.</summary>
    public static bool operator !=(ExitCategorySet a, ExitCategorySet b) => a.mask != b.mask;

    /// <inheritdoc />
    public bool Equals(ExitCategorySet other) => mask == other.mask;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ExitCategorySet other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => mask;

    /// <summary>The codes, comma-separated, e.g. <c>creation,associate,employment</c>.</summary>
    public override string ToString() => string.Join(",", Members.Select(m => m.Code));
}
