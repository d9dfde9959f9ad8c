using System.Linq;
using Cae.Domain.Organisation;
using Cae.Domain.Paths;
using Cae.Rules.Data;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Xunit;

namespace Cae.Rules.Tests.Datasets;

public class PathColumnsTest
{
    private static readonly string[] Values = { "higher_education", "job_seeker", "none", "bge", "Besançon" };

    private static PathRecord Full(string id, int seed) => new(
        id,
        new Establishment(seed % 2 == 0 ? "Besançon" : "Montbéliard"),
        new Structure(seed % 3 == 0 ? "Coopilote" : "SVP"),
        new LocalDate(2014, 1 + (seed % 12), 1 + (seed % 28)),
        seed % 4 == 0 ? null : new LocalDate(2015, 1 + (seed % 12), 1),
        seed % 5 == 0 ? new LocalDate(2015, 6, 1) : null,
        seed % 5 == 0 ? new LocalDate(2015, 6, 20) : null,
        seed % 3 == 1 ? new LocalDate(2016, 2, 1) : null,
        seed % 3 == 1 ? ExitCategory.FromValue(seed % ExitCategory.Count) : null,
        new Typology(
            (Gender)(seed % 3),
            seed % 7 == 0 ? null : new LocalDate(1960 + (seed % 40), 3, 3),
            seed % 6 == 0 ? null : Values[seed % 5],
            Values[(seed + 1) % 5],
            seed % 2 == 0 ? null : Values[(seed + 2) % 5],
            Values[(seed + 3) % 5],
            seed % 9 == 0 ? null : Values[(seed + 4) % 5]));

    private static void AssertSame(PathRecord expected, PathRecord actual)
    {
        Assert.Equal(expected.EntrepreneurId, actual.EntrepreneurId);
        Assert.Equal(expected.Establishment, actual.Establishment);
        Assert.Equal(expected.Structure, actual.Structure);
        Assert.Equal(expected.EntryDate, actual.EntryDate);
        Assert.Equal(expected.CesaDate, actual.CesaDate);
        Assert.Equal(expected.AssociateApplicationDate, actual.AssociateApplicationDate);
        Assert.Equal(expected.AssociateDate, actual.AssociateDate);
        Assert.Equal(expected.ExitDate, actual.ExitDate);
        Assert.Equal(expected.ExitCategory, actual.ExitCategory);
        Assert.Equal(expected.Typology, actual.Typology);
    }

    private static PathColumns LoaderColumns(PathRecord[] paths)
    {
        var columns = new PathColumns(new NameTable(), new NameTable(), new NameTable(), 4);
        foreach (var p in paths)
        {
            var t = p.Typology;
            columns.Add(p.EntrepreneurId, p.Establishment.Name, p.Structure.Name, p.EntryDate, p.CesaDate, p.AssociateApplicationDate, p.AssociateDate, p.ExitDate, p.ExitCategory, t.Gender, t.BirthDate, t.ResidenceArea, t.Qualification, t.StatusAtEntry, t.IncomeAtEntry, t.Prescriber);
        }

        return columns;
    }

    [Fact]
    public void A_path_added_as_an_object_is_given_back_as_that_object()
    {
        var builder = new CaeDatasetBuilder();
        var path = Full("E1", 5);
        Assert.True(builder.TryAddPath(path, out _));
        Assert.Same(path, builder.Build().Paths[0]);
    }

    [Property(MaxTest = 50)]
    public Property Paths_read_into_columns_come_back_as_objects_equal_to_the_values_read_whatever_the_mix() =>
        Prop.ForAll(Gen.Choose(0, 40).ToArbitrary(), Gen.Choose(0, 40).ToArbitrary(), Gen.Choose(0, 40).ToArbitrary(), (before, loaded, after) =>
        {
            var objects = Enumerable.Range(0, before).Select(i => Full("A" + i, i)).ToArray();
            var read = Enumerable.Range(0, loaded).Select(i => Full("L" + i, i + 7)).ToArray();
            var last = Enumerable.Range(0, after).Select(i => Full("Z" + i, i + 3)).ToArray();
            var builder = new CaeDatasetBuilder();
            foreach (var p in objects)
            {
                Assert.True(builder.TryAddPath(p, out _));
            }

            builder.AddPaths(LoaderColumns(read));
            foreach (var p in last)
            {
                Assert.True(builder.TryAddPath(p, out _));
            }

            var data = builder.Build();
            var expected = objects.Concat(read).Concat(last).ToArray();
            Assert.Equal(expected.Length, data.PersonCount);
            for (var i = 0; i < expected.Length; i++)
            {
                AssertSame(expected[i], data.Paths[i]);
                Assert.Same(data.Paths[i], data.Paths[i]);
                Assert.Equal(expected[i].Establishment.Name, data.Establishments[data.PersonEstablishment[i]]);
                Assert.Equal(expected[i].Structure.Name, data.Structures[data.PersonStructure[i]]);
            }
        });

    [Fact]
    public void A_repeated_person_among_loaded_columns_keeps_the_first_row_and_its_values()
    {
        var builder = new CaeDatasetBuilder();
        builder.AddPaths(LoaderColumns(new[] { Full("E1", 1), Full("E2", 2), Full("E1", 3) }));
        var data = builder.Build(out var rejections);
        Assert.Equal(BuildRule.RepeatedPerson, Assert.Single(rejections).Rule);
        Assert.Equal(2, data.PersonCount);
        AssertSame(Full("E1", 1), data.Paths[0]);
        AssertSame(Full("E2", 2), data.Paths[1]);
    }
}
