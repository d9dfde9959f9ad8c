using Cae.Domain.Paths;

namespace Cae.Rules.Indicators;

/// <summary>The exits of year Y of a group, by exit category.</summary>
/// <param name="Creation">Exits to a company or micro-enterprise creation.</param>
/// <param name="Associate">Exits by admission as associate.</param>
/// <param name="Employment">Exits to salaried employment.</param>
/// <param name="Training">Exits to a qualifying training.</param>
/// <param name="Reorientation">Exits by reorientation.</param>
/// <param name="Other">Other exits.</param>
public sealed record ExitCounts(long Creation, long Associate, long Employment, long Training, long Reorientation, long Other)
{
    /// <summary>The six counts stored one after the other in category order, from <paramref name="start"/> (the report's and the partials' counter arrays).</summary>
    internal static ExitCounts At(long[] counts, int start) =>
        new(counts[start], counts[start + 1], counts[start + 2], counts[start + 3], counts[start + 4], counts[start + 5]);

    /// <summary>All exits.</summary>
    public long Total => Creation + Associate + Employment + Training + Reorientation + Other;

    /// <summary>The exits of a category.</summary>
    /// <param name="category">The category.</param>
    public long this[ExitCategory category] => Of(category.Value);

    /// <summary>The exits of the categories of a set (e.g. the positive exits).</summary>
    /// <param name="set">The categories.</param>
    public long In(ExitCategorySet set)
    {
        long count = 0;
        for (var c = 0; c < ExitCategory.Count; c++)
        {
            if (set.ContainsValue(c))
            {
                count += Of(c);
            }
        }

        return count;
    }

    /// <summary>The exits of a category by its value (0 creation … 5 other).</summary>
    /// <param name="categoryValue">The category's value.</param>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="categoryValue"/> is not 0 to 5.</exception>
    public long Of(int categoryValue) => categoryValue switch
    {
        0 => Creation,
        1 => Associate,
        2 => Employment,
        3 => Training,
        4 => Reorientation,
        5 => Other,
        _ => throw new System.ArgumentOutOfRangeException(nameof(categoryValue)),
    };
}
