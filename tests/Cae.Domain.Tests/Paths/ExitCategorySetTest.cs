using System.Linq;
using Cae.Domain.Paths;
using Cae.Domain.Tests.TestHelpers;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace Cae.Domain.Tests.Paths;

public class ExitCategorySetTest
{
    [Fact]
    public void Empty_is_the_default_and_holds_nothing()
    {
        Assert.Equal(ExitCategorySet.Empty, default(ExitCategorySet));
        Assert.Empty(ExitCategorySet.Empty.Members);
        Assert.All(ExitCategory.List, c => Assert.False(ExitCategorySet.Empty.Contains(c)));
        Assert.Equal(string.Empty, ExitCategorySet.Empty.ToString());
    }

    [Fact]
    public void Of_holds_exactly_its_members_in_category_order()
    {
        var set = ExitCategorySet.Of(ExitCategory.Employment, ExitCategory.Creation, ExitCategory.Creation);
        Assert.Equal(new[] { ExitCategory.Creation, ExitCategory.Employment }, set.Members);
        Assert.True(set.Contains(ExitCategory.Creation));
        Assert.True(set.Contains(ExitCategory.Employment));
        Assert.False(set.Contains(ExitCategory.Associate));
        Assert.False(set.Contains(ExitCategory.Other));
        Assert.Equal("creation,employment", set.ToString());
    }

    [Fact]
    public void With_and_Without_return_new_sets()
    {
        var set = ExitCategorySet.Of(ExitCategory.Creation);
        var more = set.With(ExitCategory.Training);
        Assert.Equal(new[] { ExitCategory.Creation }, set.Members);
        Assert.Equal(new[] { ExitCategory.Creation, ExitCategory.Training }, more.Members);
        Assert.Equal(set, more.Without(ExitCategory.Training));
        Assert.Equal(set, set.Without(ExitCategory.Other));
        Assert.Equal(more, more.With(ExitCategory.Training));
    }

    [Fact]
    public void ContainsValue_agrees_with_Contains()
    {
        var set = ExitCategorySet.Of(ExitCategory.Associate, ExitCategory.Other);
        foreach (var c in ExitCategory.List)
        {
            Assert.Equal(set.Contains(c), set.ContainsValue(c.Value));
        }
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(6)]
    [InlineData(31)]
    [InlineData(32)] // 1 << 32 is 1 << 0 in C#: must not read as creation
    [InlineData(33)]
    [InlineData(int.MinValue)]
    [InlineData(int.MaxValue)]
    public void ContainsValue_is_false_for_a_value_that_is_no_category(int value)
    {
        var all = ExitCategorySet.Of(ExitCategory.List);
        Assert.False(all.ContainsValue(value));
    }

    [Fact]
    public void Equality_contract() =>
        ContractAssert.Equality(
            ExitCategorySet.Of(ExitCategory.Creation, ExitCategory.Associate),
            ExitCategorySet.Of(ExitCategory.Associate, ExitCategory.Creation),
            ExitCategorySet.Empty,
            ExitCategorySet.Of(ExitCategory.Creation),
            ExitCategorySet.Of(ExitCategory.Creation, ExitCategory.Associate, ExitCategory.Employment));

    [Property]
    public Property Membership_is_the_given_categories(bool[] picks)
    {
        var chosen = ExitCategory.List.Where((c, i) => i < picks.Length && picks[i]).ToArray();
        var set = ExitCategorySet.Of(chosen);
        return (ExitCategory.List.All(c => set.Contains(c) == chosen.Contains(c))
                && set.Members.Count == chosen.Length
                && ExitCategorySet.Of(set.Members) == set)
            .Label(set.ToString());
    }
}
