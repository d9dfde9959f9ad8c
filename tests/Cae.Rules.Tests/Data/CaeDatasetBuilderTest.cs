using System.Linq;
using Cae.Domain.Activity;
using Cae.Domain.Organisation;
using Cae.Domain.Paths;
using Cae.Domain.Values;
using Cae.Rules.Data;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Xunit;

namespace Cae.Rules.Tests.Datasets;

public class CaeDatasetBuilderTest
{
    private static PathRecord Path(string id, string establishment = "B") => new(id, new Establishment(establishment), new Structure("C"), new LocalDate(2015, 1, 5));

    private static MonthlyActivity Row(string id, int month, long turnover = 100, string structure = "C") =>
        new(id, new YearMonth(2015, month), new Structure(structure), null, Money.FromCents(turnover), Money.Zero, null, Hours.Zero);

    [Fact]
    public void Activity_may_come_before_its_path_and_the_rules_between_rows_are_checked_at_build()
    {
        var builder = new CaeDatasetBuilder();
        Assert.True(builder.TryAddActivity(Row("E2", 1), out _));
        Assert.True(builder.TryAddActivity(Row("E9", 1), out _));
        Assert.True(builder.TryAddActivity(Row("E2", 1, 999), out _));
        Assert.True(builder.TryAddPath(Path("E2"), out _));
        Assert.True(builder.TryAddPath(Path("E2", "X"), out _));
        var data = builder.Build(out var rejections);
        Assert.Equal(
            new[]
            {
                new BuildRejection(BuildRule.RepeatedPerson, 1, 0, "E2", "entrepreneur_id", "entrepreneur_id 'E2' repeats an earlier row"),
                new BuildRejection(BuildRule.UnknownPerson, 1, -1, "E9", "entrepreneur_id", "entrepreneur_id 'E9' has no path row"),
                new BuildRejection(BuildRule.RepeatedActivity, 2, 0, "E2", "month", "E2 already has a row for 2015-01 under C"),
            },
            rejections);
        Assert.Equal("B", Assert.Single(data.Paths).Establishment.Name);
        var row = data.ActivityRow(Assert.Single(Enumerable.Range(0, data.ActivityCount)));
        Assert.Equal(100, row.Turnover.Cents);
        Assert.Equal("B", row.Establishment?.Name); // the path's, since the row gives none
    }

    [Theory]
    [InlineData(1899, 12, "month", "1899-12 is outside 1900-01..2100-12")]
    [InlineData(2101, 1, "month", "2101-01 is outside 1900-01..2100-12")]
    public void Months_outside_the_contract_range_are_refused(int year, int month, string column, string reason)
    {
        var builder = new CaeDatasetBuilder();
        Assert.False(builder.TryAddActivity("E1", new YearMonth(year, month), "C", null, Money.Zero, Money.Zero, null, Hours.Zero, out var rejection));
        Assert.Equal(new Rejection(column, reason), rejection);
    }

    [Fact]
    public void Amounts_beyond_ten_to_the_twelve_euros_are_refused()
    {
        var builder = new CaeDatasetBuilder();
        Assert.True(builder.TryAddActivity(Row("E1", 1, CaeDatasetBuilder.MaximumAbsoluteCents), out _));
        Assert.False(builder.TryAddActivity(Row("E1", 2, -CaeDatasetBuilder.MaximumAbsoluteCents - 1), out var rejection));
        Assert.Equal("turnover", rejection.Column);
        Assert.Equal("-1000000000000.01 € is beyond 10^12 € in absolute value", rejection.Reason);
    }

    [Property(MaxTest = 500)]
    public Property In_any_order_the_first_added_of_clashing_rows_is_kept() =>
        Prop.ForAll(
            Gen.ListOf(Gen.Choose(0, 5).Zip(Gen.Choose(1, 12)).Zip(Gen.Frequency((3, Gen.Constant(0)), (2, Gen.Choose(1, 6))))).ToArbitrary(),
            Gen.Elements("any", "grouped", "by structure").ToArbitrary(),
            Gen.Elements(true, false).ToArbitrary(),
            (keys, order, inHalves) =>
            {
                // Rows of up to seven structures, in any order, grouped by person, or by person then structure then
                // month (the usual export of a person under two structures), with or without repeats.
                var rows = keys.Select((k, i) => (Person: "E" + k.Item1.Item1, Month: k.Item1.Item2, Structure: "S" + k.Item2, Order: i)).ToList();
                if (order == "grouped")
                {
                    rows = rows.OrderBy(r => r.Person, System.StringComparer.Ordinal).ThenBy(r => r.Order).ToList();
                }
                else if (order == "by structure")
                {
                    rows = rows.OrderBy(r => r.Person, System.StringComparer.Ordinal).ThenBy(r => r.Structure, System.StringComparer.Ordinal).ThenBy(r => r.Month).ThenBy(r => r.Order).ToList();
                }

                // In halves, the build's passes over the rows run on two threads, however few the rows.
                var builder = new CaeDatasetBuilder { ParallelRowsFrom = inHalves ? 0 : int.MaxValue };
                foreach (var id in new[] { "E0", "E1", "E2", "E3" })
                {
                    builder.TryAddPath(Path(id), out _);
                }

                foreach (var r in rows)
                {
                    builder.TryAddActivity(Row(r.Person, r.Month, r.Order, r.Structure), out _);
                }

                var data = builder.Build(out var rejections);
                var expected = rows.Where(r => r.Person != "E4" && r.Person != "E5")
                    .GroupBy(r => (r.Person, r.Month, r.Structure)).Select(g => g.First().Order).ToHashSet();
                var kept = Enumerable.Range(0, data.ActivityCount).Select(i => data.ActivityRow(i).Turnover.Cents).ToList();
                Assert.Equal(expected.OrderBy(o => o), kept.Select(k => (int)k).OrderBy(o => o));
                Assert.Equal(rows.Count, data.ActivityCount + rejections.Count);
                Assert.Equal(rejections.OrderBy(r => r.Index).Select(r => r.Index), rejections.Select(r => r.Index));
            });
}
