using System;
using System.Reflection;
using Xunit;

namespace Cae.Domain.Tests.TestHelpers;

/// <summary>
/// Checks the equality and comparison contracts of a type once, for every type that has them:
/// Equals(T), Equals(object), GetHashCode, ==, !=, CompareTo(T), CompareTo(object) and the ordering operators.
/// Operators are found by reflection, so a type that lacks one is reported instead of silently skipped.
/// </summary>
public static class ContractAssert
{
    /// <summary>
    /// Asserts that <paramref name="value"/> equals <paramref name="equalValue"/> (a distinct instance or copy)
    /// and differs from each of <paramref name="unequalValues"/>, through every equality member the type has.
    /// </summary>
    public static void Equality<T>(T value, T equalValue, params T[] unequalValues)
        where T : IEquatable<T>
    {
        Assert.NotEmpty(unequalValues);
        Assert.True(value.Equals(equalValue), $"{value}.Equals({equalValue})");
        Assert.True(equalValue.Equals(value), $"{equalValue}.Equals({value})");
        Assert.True(value.Equals((object?)equalValue), $"{value}.Equals((object){equalValue})");
        Assert.True(value.Equals((object)value!), "reflexive");
        Assert.Equal(value.GetHashCode(), equalValue.GetHashCode());
        Assert.False(value.Equals((object?)null), "Equals(null)");
        Assert.False(value.Equals(new object()), "Equals(other type)");

        var equal = Operator<T, bool>("op_Equality");
        var notEqual = Operator<T, bool>("op_Inequality");
        if (equal is not null || notEqual is not null)
        {
            Assert.NotNull(equal);
            Assert.NotNull(notEqual);
            Assert.True(equal!(value, equalValue), $"{value} == {equalValue}");
            Assert.False(notEqual!(value, equalValue), $"{value} != {equalValue}");
        }

        foreach (var other in unequalValues)
        {
            Assert.False(value.Equals(other), $"{value}.Equals({other})");
            Assert.False(other.Equals(value), $"{other}.Equals({value})");
            Assert.False(value.Equals((object?)other), $"{value}.Equals((object){other})");
            if (equal is not null)
            {
                Assert.False(equal(value, other), $"{value} == {other}");
                Assert.True(notEqual!(value, other), $"{value} != {other}");
            }
        }
    }

    /// <summary>
    /// Asserts the ordering contract on <paramref name="lesser"/> &lt; <paramref name="greater"/>, with
    /// <paramref name="equalToLesser"/> equal to <paramref name="lesser"/>. Checks the ordering operators when the
    /// type declares any (then it must declare all four).
    /// </summary>
    public static void Comparison<T>(T lesser, T equalToLesser, T greater)
        where T : IComparable<T>
    {
        Assert.True(lesser.CompareTo(greater) < 0, $"{lesser}.CompareTo({greater}) < 0");
        Assert.True(greater.CompareTo(lesser) > 0, $"{greater}.CompareTo({lesser}) > 0");
        Assert.Equal(0, lesser.CompareTo(equalToLesser));
        Assert.Equal(0, equalToLesser.CompareTo(lesser));

        if (lesser is IComparable nonGeneric)
        {
            Assert.True(nonGeneric.CompareTo(greater) < 0, "CompareTo((object)greater) < 0");
            Assert.Equal(0, nonGeneric.CompareTo(equalToLesser));
            Assert.True(nonGeneric.CompareTo(null) > 0, "every value is greater than null");
            Assert.Throws<ArgumentException>(() => nonGeneric.CompareTo(new object()));
        }

        var lt = Operator<T, bool>("op_LessThan");
        var gt = Operator<T, bool>("op_GreaterThan");
        var le = Operator<T, bool>("op_LessThanOrEqual");
        var ge = Operator<T, bool>("op_GreaterThanOrEqual");
        if (lt is null && gt is null && le is null && ge is null)
        {
            return;
        }

        Assert.NotNull(lt);
        Assert.NotNull(gt);
        Assert.NotNull(le);
        Assert.NotNull(ge);
        Assert.True(lt!(lesser, greater));
        Assert.False(lt(greater, lesser));
        Assert.False(lt(lesser, equalToLesser));
        Assert.True(gt!(greater, lesser));
        Assert.False(gt(lesser, greater));
        Assert.False(gt(lesser, equalToLesser));
        Assert.True(le!(lesser, greater));
        Assert.True(le(lesser, equalToLesser));
        Assert.False(le(greater, lesser));
        Assert.True(ge!(greater, lesser));
        Assert.True(ge(lesser, equalToLesser));
        Assert.False(ge(lesser, greater));
    }

    private static Func<T, T, TResult>? Operator<T, TResult>(string name)
    {
        var method = typeof(T).GetMethod(name, BindingFlags.Public | BindingFlags.Static, null, new[] { typeof(T), typeof(T) }, null);
        return method is null ? null : (a, b) => (TResult)method.Invoke(null, new object?[] { a, b })!;
    }
}
