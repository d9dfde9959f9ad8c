using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using Cae.Domain.Activity;
using Cae.Domain.Organisation;
using Cae.Domain.Paths;
using Cae.Domain.Policy;
using Cae.Rules.Data;
using NodaTime;

namespace Cae.Cli.Synthetic;

/// <summary>
/// A seeded, synthetic population of a CAE network shaped like the Coopilote 2015 report: support paths
/// (<c>paths.csv</c>) and one year of monthly activity (<c>activity.csv</c>), for benchmarks and for anyone
/// who wants to reproduce them.
/// </summary>
/// <remarks>
/// <para>The shape follows the published 2015 figures (shared reference <c>coopilote-2015-report.json</c>):
/// four structures (Coopilote about two thirds of the people, Baticoop a fifth, Formacoop and SVP the rest),
/// two establishments (Besançon and Montbéliard, half each; Coopilote's economic tables are split by
/// establishment through the policy's reporting units); a quarter of the people are associates admitted
/// before the year, who produce about four times the monthly turnover of an accompanied person; of the
/// accompanied people, about 40 % leave during the year, with the exit mix creation 18 %, associate 16 %,
/// employment 21 %, training 5 %, reorientation 5 %, other 35 %, after paths of about 15 to 35 months
/// (associates leave at the June general assembly, after the longest paths). About 45 % of the people are
/// women, and the typology fields (qualification, status and income at entry, prescriber, residence area)
/// take the report's most frequent values.</para>
/// <para>Every person has 12 monthly rows under their main structure for <see cref="Year"/> (rows before
/// the entry or after a non-associate exit carry no turnover and no hours), and one in eight also has six
/// months of secondary activity under Formacoop or SVP, so one million people give about 1.27 × 10^7
/// activity rows. Contributions are recorded on every row (10 % of gross margin, 8 % for Baticoop, rounded
/// to the cent half away from zero, as the policy written with the data says).</para>
/// <para>The output depends only on the number of people, the year and the seed: person <c>i</c> is drawn
/// from its own random stream, so a population of 1 000 is the first 1 000 people of a larger one. Generation
/// is streamed (<see cref="Activity"/>), so writing CSV holds one person's rows at a time. Instances are
/// immutable and thread-safe.</para>
/// </remarks>
public sealed partial class PopulationGenerator
{
    /// <summary>The seed used when none is given.</summary>
    public const ulong DefaultSeed = 2015;

    /// <summary>The year generated when none is given (the year of the reference report).</summary>
    public const int DefaultYear = 2015;

    /// <summary>The paths file name written by <see cref="WriteCsv"/>.</summary>
    public const string PathsFile = "paths.csv";

    /// <summary>The activity file name written by <see cref="WriteCsv"/>.</summary>
    public const string ActivityFile = "activity.csv";

    /// <summary>The policy file name written by <see cref="WriteCsv"/>.</summary>
    public const string PolicyFileName = "policy.json";

    private const int SecondaryMonths = 6;

    private static readonly string[] StructureNames = { "Coopilote", "Baticoop", "Formacoop", "SVP" };
    private static readonly double[] StructureWeights = { 0.66, 0.20, 0.09, 0.05 };

    /// <summary>Monthly turnover of a structure's activity relative to Coopilote's (Baticoop's building trades invoice more).</summary>
    private static readonly double[] StructureTurnoverFactor = { 1.0, 2.5, 0.7, 0.9 };

    private static readonly string[] EstablishmentNames = { "Besançon", "Montbéliard" };

    /// <summary>Exit categories by <see cref="ExitCategory"/> value, with the 2015 mix ("other" split into training, reorientation and other).</summary>
    private static readonly double[] ExitWeights = { 0.18, 0.16, 0.21, 0.05, 0.05, 0.35 };

    /// <summary>Mean path duration in months by exit category (2015: creation 18, associate 35, employment 16, other 15).</summary>
    private static readonly int[] MeanDurationMonths = { 18, 35, 16, 15, 15, 15 };

    private static readonly string[][] ResidenceAreas =
    {
        new[] { "Besançon", "Autres CAGB", "Autres Doubs", "Haute-Saône", "Jura" },
        new[] { "PMA", "Autres Doubs", "Territoire de Belfort", "Haute-Saône", "Autres" },
    };

    private static readonly double[] GenderWeights = { 0.45, 0.50, 0.05 };
    private static readonly string[] Qualifications = { "higher_education", "cap_bep", "baccalaureate", "none" };
    private static readonly double[] QualificationWeights = { 0.61, 0.25, 0.10, 0.04 };
    private static readonly string[] Statuses = { "job_seeker", "long_term_job_seeker", "employee", "other" };
    private static readonly double[] StatusWeights = { 0.51, 0.35, 0.08, 0.06 };
    private static readonly string[] Incomes = { "unemployment_benefit", "rsa", "none" };
    private static readonly double[] IncomeWeights = { 0.67, 0.12, 0.21 };
    private static readonly string[] Prescribers = { "pole_emploi", "bge", "word_of_mouth", "other" };
    private static readonly double[] PrescriberWeights = { 0.45, 0.20, 0.20, 0.15 };

    private readonly Structure[] structures;
    private readonly Establishment[] establishments;
    private readonly Lazy<CaePolicy> policy;

    /// <summary>Creates the generator of a population.</summary>
    /// <param name="people">The number of people (path rows), at least 1.</param>
    /// <param name="year">The year of activity, 1900 to 9000.</param>
    /// <param name="seed">The seed of the random streams.</param>
    /// <exception cref="ArgumentOutOfRangeException">The number of people or the year is out of range.</exception>
    public PopulationGenerator(int people, int year = DefaultYear, ulong seed = DefaultSeed)
    {
        if (people < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(people), people, "A population has at least one person.");
        }

        if (year < 1900 || year > 9000)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, "The year is between 1900 and 9000.");
        }

        People = people;
        Year = year;
        Seed = seed;
        structures = Array.ConvertAll(StructureNames, n => new Structure(n));
        establishments = Array.ConvertAll(EstablishmentNames, n => new Establishment(n));
        PolicyJson = WritePolicyJson(year);
        policy = new Lazy<CaePolicy>(() => Cae.IO.PolicyJson.Read(new MemoryStream(Encoding.UTF8.GetBytes(PolicyJson), writable: false), PolicyFileName));
    }

    /// <summary>The number of people.</summary>
    public int People { get; }

    /// <summary>The year of activity.</summary>
    public int Year { get; }

    /// <summary>The seed.</summary>
    public ulong Seed { get; }

    /// <summary>
    /// The policy written with the data (<c>policy.json</c>): the general assemblies (the Saturday on or after
    /// 13 June of each year), the contribution rates the recorded contributions follow, and the reporting
    /// units that split Coopilote by establishment ("Coopilote B", "Coopilote M").
    /// </summary>
    public string PolicyJson { get; }

    /// <summary>The network default policy with <see cref="PolicyJson"/> applied.</summary>
    public CaePolicy Policy => policy.Value;

    /// <summary>The general-assembly date of a year: the Saturday on or after 13 June (2015-06-13, 2016-06-18).</summary>
    /// <param name="year">The year.</param>
    public static LocalDate AssemblyDate(int year) => new LocalDate(year, 6, 13).With(DateAdjusters.NextOrSame(IsoDayOfWeek.Saturday));

    /// <summary>The support paths, person 0 first; ids are <c>E0000001</c>, <c>E0000002</c>…</summary>
    public IReadOnlyList<PathRecord> Paths()
    {
        var paths = new PathRecord[People];
        for (var i = 0; i < People; i++)
        {
            paths[i] = PathOf(i);
        }

        return paths;
    }

    /// <summary>The activity rows of <see cref="Year"/>, person by person, each person's months in order (main structure, then secondary).</summary>
    /// <param name="paths">The paths, as <see cref="Paths"/> returns them.</param>
    /// <exception cref="ArgumentException">The paths are not this population's.</exception>
    public IEnumerable<MonthlyActivity> Activity(IReadOnlyList<PathRecord> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        if (paths.Count != People)
        {
            throw new ArgumentException($"The population has {People} paths, not {paths.Count}.", nameof(paths));
        }

        return ActivityRows(paths);
    }

    /// <summary>Fills a dataset with the paths and activity, without going through CSV.</summary>
    /// <param name="paths">The paths.</param>
    /// <param name="activity">The activity rows.</param>
    /// <exception cref="InvalidOperationException">A row breaks a cross-row rule of the contract (a bug of the generator).</exception>
    public static CaeDataset BuildDataset(IEnumerable<PathRecord> paths, IEnumerable<MonthlyActivity> activity)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(activity);
        var builder = new CaeDatasetBuilder();
        foreach (var path in paths)
        {
            if (!builder.TryAddPath(path, out var refused))
            {
                throw new InvalidOperationException($"Generated path {path} refused: {refused}");
            }
        }

        foreach (var row in activity)
        {
            if (!builder.TryAddActivity(row, out var problem))
            {
                throw new InvalidOperationException($"Generated row {row} refused: {problem.Column}: {problem.Reason}");
            }
        }

        var dataset = builder.Build(out var rejections);
        return rejections.Count == 0
            ? dataset
            : throw new InvalidOperationException($"Generated row refused: {rejections[0]}");
    }
}
