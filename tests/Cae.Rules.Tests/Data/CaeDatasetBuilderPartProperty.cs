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

/// <summary>
/// Rows added in two parts (the second into a part builder over the same columns, joined after) build the same
/// dataset and rejections as the rows added in order to one builder, whatever the cut, the persons the parts
/// share, the paths added after the join, and whether the part's keys are looked up in two halves at once.
/// </summary>
public class CaeDatasetBuilderPartProperty
{
    private static readonly string[] Paths = { "E0", "E1", "E2", "E3", "E4", "E5", "E2" };

    private static MonthlyActivity Row((int Person, int Month, int Structure) r, int order) =>
        new("E" + r.Person, new YearMonth(2015, r.Month), new Structure("S" + r.Structure), null, Money.FromCents(order), Money.Zero, null, Hours.Zero);

    private static string Text(MonthlyActivity a) => $"{a.EntrepreneurId} {a.Month} {a.Structure.Name} {a.Establishment?.Name} {a.Turnover} {a.Purchases} {a.Contribution} {a.SalaryHours}";

    private static PathRecord Path(string id) => new(id, new Establishment("B"), new Structure("S0"), new LocalDate(2015, 1, 5));

    private static Gen<(int, int, int)> Keys() =>
        from person in Gen.Choose(0, 7)
        from month in Gen.Choose(1, 12)
        from structure in Gen.Choose(0, 2)
        select (person, month, structure);

    [Property(MaxTest = 300)]
    public Property A_joined_part_builds_as_one_builder_fed_in_order() =>
        Prop.ForAll(Gen.ListOf(Keys()).ToArbitrary(), Gen.Choose(0, 1000).ToArbitrary(), Gen.Elements(true, false).ToArbitrary(), (keys, at, inHalves) =>
        {
            var rows = keys.ToList();
            var cut = at % (rows.Count + 1);

            var one = new CaeDatasetBuilder();
            for (var i = 0; i < rows.Count; i++)
            {
                one.TryAddActivity(Row(rows[i], i), out _);
            }

            var whole = new CaeDatasetBuilder(rows.Count) { KeysInHalvesFrom = inHalves ? 0 : int.MaxValue };
            var part = new CaeDatasetBuilder(whole, cut);
            for (var i = cut; i < rows.Count; i++)
            {
                part.TryAddActivity(Row(rows[i], i), out _);
            }

            for (var i = 0; i < cut; i++)
            {
                whole.TryAddActivity(Row(rows[i], i), out _);
            }

            whole.AppendActivityOf(part, cut);

            // The paths come after the join: their keys are found among both parts' (E2 twice: a repeated path).
            foreach (var id in Paths)
            {
                one.TryAddPath(Path(id), out _);
                whole.TryAddPath(Path(id), out _);
            }

            var expected = one.Build(out var expectedRejections);
            var actual = whole.Build(out var rejections);
            Assert.Equal(expectedRejections, rejections);
            Assert.Equal(expected.PersonCount, actual.PersonCount);
            Assert.Equal(Enumerable.Range(0, expected.ActivityCount).Select(i => Text(expected.ActivityRow(i))), Enumerable.Range(0, actual.ActivityCount).Select(i => Text(actual.ActivityRow(i))));
            Assert.Equal(Enumerable.Range(0, expected.PersonCount).Select(p => expected.Paths[p].EntrepreneurId), Enumerable.Range(0, actual.PersonCount).Select(p => actual.Paths[p].EntrepreneurId));
        });
}
