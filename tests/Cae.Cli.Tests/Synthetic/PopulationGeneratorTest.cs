using System;
using System.IO;
using System.Linq;
using Cae.IO;
using Cae.Cli.Synthetic;
using Cae.Domain.Organisation;
using Cae.Domain.Paths;
using NodaTime;
using Xunit;

namespace Cae.Cli.Tests.Synthetic;

public class PopulationGeneratorTest
{
    private static readonly PopulationGenerator TenThousand = new(10_000);

    [Fact]
    public void Same_seed_gives_the_same_population_and_a_smaller_one_is_its_prefix()
    {
        var large = new PopulationGenerator(300).Paths();
        var again = new PopulationGenerator(300).Paths();
        var small = new PopulationGenerator(100).Paths();
        Assert.Equal(large.Select(p => p.ToString()), again.Select(p => p.ToString()));
        Assert.Equal(large.Take(100).Select(p => p.ToString()), small.Select(p => p.ToString()));
        Assert.NotEqual(large.Select(p => p.ToString()), new PopulationGenerator(300, seed: 7).Paths().Select(p => p.ToString()));
    }

    [Fact]
    public void Every_person_has_twelve_months_under_the_main_structure_and_one_in_eight_secondary_activity()
    {
        var paths = TenThousand.Paths();
        var rows = TenThousand.Activity(paths).ToList();
        var byPerson = rows.GroupBy(r => r.EntrepreneurId).ToDictionary(g => g.Key, g => g.ToList());
        Assert.All(paths, p => Assert.Equal(12, byPerson[p.EntrepreneurId].Count(r => r.Structure == p.Structure)));
        Assert.All(rows, r => Assert.Equal(2015, r.Month.Year));
        var secondary = paths.Count(p => byPerson[p.EntrepreneurId].Any(r => r.Structure != p.Structure));
        Assert.InRange(secondary / 10_000.0, 0.10, 0.15);
        Assert.InRange(rows.Count / 10_000.0, 12.5, 13.0);
        Assert.All(rows.Where(r => r.Contribution is null), r => Assert.Fail($"{r} records no contribution"));
    }

    [Fact]
    public void The_population_is_shaped_like_the_2015_report()
    {
        var paths = TenThousand.Paths();
        double Share(Func<PathRecord, bool> predicate, Func<PathRecord, bool>? among = null)
        {
            var set = paths.Where(among ?? (_ => true)).ToList();
            return set.Count(predicate) / (double)set.Count;
        }

        Assert.InRange(Share(p => p.Structure == new Structure("Coopilote")), 0.62, 0.70);
        Assert.InRange(Share(p => p.Structure == new Structure("Baticoop")), 0.17, 0.23);
        Assert.InRange(Share(p => p.Establishment == new Establishment("Besançon")), 0.47, 0.53);
        Assert.InRange(Share(p => p.ExitDate is { } d && d.Year < 2015), 0.22, 0.28);

        static bool ExitsIn2015(PathRecord p) => p.ExitDate is { } d && d.Year == 2015;
        Assert.InRange(Share(p => p.ExitCategory == ExitCategory.Creation, ExitsIn2015), 0.15, 0.21);
        Assert.InRange(Share(p => p.ExitCategory == ExitCategory.Associate, ExitsIn2015), 0.13, 0.19);
        Assert.InRange(Share(p => p.ExitCategory == ExitCategory.Employment, ExitsIn2015), 0.18, 0.24);
        Assert.InRange(Share(p => p.Typology.Gender == Gender.Female), 0.42, 0.48);

        var exits = paths.Where(ExitsIn2015).ToList();
        double Duration(ExitCategory c) => exits.Where(p => p.ExitCategory == c).Average(p => Period.Between(p.EntryDate, p.ExitDate!.Value, PeriodUnits.Months).Months);
        Assert.InRange(Duration(ExitCategory.Creation), 15, 21);
        Assert.InRange(Duration(ExitCategory.Associate), 30, 40);
        Assert.InRange(Duration(ExitCategory.Other), 12, 18);

        // Admissions are on the policy's assembly dates, with a CESA before, as a legal path.
        Assert.All(paths.Where(p => p.AssociateDate is not null), p =>
        {
            Assert.Contains(p.AssociateDate!.Value, TenThousand.Policy.Assemblies.Dates);
            p.ToSupportPath();
        });
    }

    [Fact]
    public void The_policy_written_with_the_data_splits_Coopilote_by_establishment()
    {
        var units = TenThousand.Policy.ReportingUnits;
        Assert.Equal("Coopilote B", units.LabelFor(new Structure("Coopilote"), new Establishment("Besançon")));
        Assert.Equal("Coopilote M", units.LabelFor(new Structure("Coopilote"), new Establishment("Montbéliard")));
        Assert.Equal("Baticoop", units.LabelFor(new Structure("Baticoop"), new Establishment("Besançon")));
        Assert.Equal(new LocalDate(2015, 6, 13), PopulationGenerator.AssemblyDate(2015));
        Assert.Equal(new LocalDate(2016, 6, 18), PopulationGenerator.AssemblyDate(2016));
    }

    [Fact]
    public void The_dataset_accepts_every_generated_row()
    {
        var generator = new PopulationGenerator(2_000, 2016, 11);
        var paths = generator.Paths();
        var rows = generator.Activity(paths).ToList();
        var dataset = PopulationGenerator.BuildDataset(paths, rows);
        Assert.Equal(2_000, dataset.PersonCount);
        Assert.Equal(rows.Count, dataset.ActivityCount);
    }

    [Fact]
    public void Generate_writes_the_contract_files_in_the_plain_dialect()
    {
        var directory = Path.Combine(Path.GetTempPath(), "cae-generate-test-" + Guid.NewGuid().ToString("N"));
        try
        {
            using var stdout = new StringWriter();
            using var stderr = new StringWriter();
            var code = CaeApp.Run(new[] { "generate", "--people", "50", "--seed", "3", "--out", directory }, stdout, stderr);
            Assert.Equal(0, code);
            Assert.Equal(string.Empty, stderr.ToString());
            Assert.Contains("50 paths", stdout.ToString(), StringComparison.Ordinal);
            var paths = File.ReadAllLines(Path.Combine(directory, "paths.csv"));
            var activity = File.ReadAllLines(Path.Combine(directory, "activity.csv"));
            Assert.Equal(51, paths.Length);
            Assert.StartsWith("entrepreneur_id,establishment,structure,entry_date,", paths[0], StringComparison.Ordinal);
            Assert.Equal("entrepreneur_id,month,structure,establishment,turnover,purchases,contribution,salary_hours", activity[0]);
            Assert.Matches(@"^E\d{7},2015-\d\d,\w+,[^,]*,-?\d+\.\d\d,\d+\.\d\d,-?\d+\.\d\d,\d+\.\d\d$", activity[1]);
            Assert.NotEqual(0xEF, File.ReadAllBytes(Path.Combine(directory, "paths.csv"))[0]);
            Assert.True(File.Exists(Path.Combine(directory, "policy.json")));
        }
        finally
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
    }

    [Fact]
    public void The_written_files_load_without_rejection_to_the_generated_rows()
    {
        var directory = Path.Combine(Path.GetTempPath(), "cae-generate-test-" + Guid.NewGuid().ToString("N"));
        try
        {
            var generator = new PopulationGenerator(300, seed: 5);
            generator.WriteCsv(directory);
            var loaded = ContractCsv.Load(Path.Combine(directory, "paths.csv"), Path.Combine(directory, "activity.csv"), PolicyJson.Read(Path.Combine(directory, "policy.json")));
            Assert.Empty(loaded.Rejections);
            Assert.Empty(loaded.Warnings);
            var paths = generator.Paths();
            var rows = generator.Activity(paths).ToList();
            Assert.Equal(paths.Select(p => (p.ToString(), p.ExitDate, p.ExitCategory, p.AssociateDate, p.Typology)), loaded.Paths.Select(p => (p.ToString(), p.ExitDate, p.ExitCategory, p.AssociateDate, p.Typology)));
            Assert.Equal(rows.Count, loaded.ActivityRead);
            Assert.Equal(rows.Count, loaded.ActivityAccepted);
        }
        finally
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
    }

    [Theory]
    [InlineData("--people", "0")]
    [InlineData("--year", "1800")]
    public void Generate_rejects_out_of_range_values_as_a_usage_error(string option, string value)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var args = option == "--people"
            ? new[] { "generate", "--people", value, "--out", "unused" }
            : new[] { "generate", "--people", "5", option, value, "--out", "unused" };
        Assert.Equal(2, CaeApp.Run(args, stdout, stderr));
        Assert.Contains(option, stderr.ToString(), StringComparison.Ordinal);
    }
}
