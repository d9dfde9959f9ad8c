using System;
using System.Collections.Generic;
using System.Linq;
using Cae.Rules.Indicators;
using Cae.Rules.WhatIf;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace Cae.Rules.Tests.WhatIf;

public class IndicatorPathTest
{
    private static readonly ReportTree Tree = new(new[]
    {
        Pair("turnover", new ReportTree(new[]
        {
            Pair("by_unit", new ReportTree(new[]
            {
                Pair("Coopilote B", Branch(("total", 10m))),
                Pair("S.V.P.", Branch(("total", 20m))),
            })),
            Pair("total", Number(30m)),
        })),
        Pair("self_financing", Number(null)),
    });

    [Fact]
    public void A_unit_named_with_dots_is_addressed_with_escaped_dots()
    {
        Assert.Equal(@"S\.V\.P\.", IndicatorPath.Escape("S.V.P."));
        Assert.Equal(new[] { "turnover", "by_unit", "S.V.P.", "total" }, IndicatorPath.Split(@"turnover.by_unit.S\.V\.P\..total"));
        Assert.Equal(20m, IndicatorPath.Read(Tree, IndicatorPath.Join(new[] { "turnover", "by_unit", "S.V.P.", "total" })));
        Assert.Equal(10m, IndicatorPath.Read(Tree, "turnover.by_unit.Coopilote B.total"));
        Assert.Null(IndicatorPath.Read(Tree, "self_financing")); // a number that is undefined, not an unknown name
    }

    [Fact]
    public void An_unknown_name_is_an_error_naming_it_and_the_names_there()
    {
        var e = Assert.Throws<ArgumentException>(() => IndicatorPath.Read(Tree, "turnover.by_unit.Coopilote X.total"));
        Assert.Contains("no 'Coopilote X' in 'turnover.by_unit' (it has: Coopilote B, S\\.V\\.P\\.)", e.Message, StringComparison.Ordinal);

        Assert.Equal("no 'turnovr' in the report (it has: turnover, self_financing)", IndicatorPath.Problem(Tree, "turnovr.total"));
        Assert.Equal("'turnover.total' is a number: it has no 'x'", IndicatorPath.Problem(Tree, "turnover.total.x"));
        Assert.Equal("'turnover.by_unit' is a group of figures, not a number (it has: Coopilote B, S\\.V\\.P\\.)", IndicatorPath.Problem(Tree, "turnover.by_unit"));
        Assert.Null(IndicatorPath.Problem(Tree, "turnover.total"));
        Assert.False(IndicatorPath.IsNumber(Tree, "turnover.by_unit.S.V.P\\..total")); // unescaped dots: no unit S
        Assert.Equal("no 'S' in 'turnover.by_unit' (it has: Coopilote B, S\\.V\\.P\\.)", IndicatorPath.Problem(Tree, "turnover.by_unit.S.V.P\\..total"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("a..b")]
    [InlineData("a.")]
    [InlineData(@"a\b")]
    [InlineData(@"a\")]
    public void A_malformed_path_is_an_error(string path) =>
        Assert.Throws<ArgumentException>(() => IndicatorPath.Split(path));

    [Fact]
    public void A_list_splits_on_the_commas_that_are_not_escaped()
    {
        Assert.Equal(new[] { "a.b", @"turnover.by_unit.Dupont\, Durand.total", "c" }, IndicatorPath.SplitList(@" a.b, turnover.by_unit.Dupont\, Durand.total ,,c"));
        Assert.Equal(new[] { "turnover", "by_unit", "Dupont, Durand", "total" }, IndicatorPath.Split(@"turnover.by_unit.Dupont\, Durand.total"));
    }

    [Property(MaxTest = 300)]
    public Property Escaped_names_round_trip_through_a_path_and_a_list() =>
        Prop.ForAll(
            Gen.NonEmptyListOf(Gen.Elements('a', 'Z', '.', ',', '\\', ' ', 'é', '_').ArrayOf().Where(c => c.Length > 0).Select(c => new string(c)))
                .Select(l => l.ToArray())
                .ToArbitrary(),
            names =>
            {
                // Surrounding white space of a whole path is not part of it: keep the names' own spaces inside.
                var path = IndicatorPath.Join(names);
                var trimmed = path.Trim() == path;
                var list = IndicatorPath.SplitList(path + "," + path);
                return (!trimmed || (IndicatorPath.Split(path).SequenceEqual(names)
                    && list.Count == 2 && list.All(p => IndicatorPath.Split(p).SequenceEqual(names)))).ToProperty();
            });

    private static KeyValuePair<string, ReportNode> Pair(string name, ReportNode node) => new(name, node);

    private static ReportNumber Number(decimal? value) => new(value, ReportValueKind.Amount);

    private static ReportTree Branch(params (string Name, decimal Value)[] numbers) =>
        new(numbers.Select(n => Pair(n.Name, Number(n.Value))));
}
