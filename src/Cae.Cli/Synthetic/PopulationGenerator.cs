using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using Cae.IO;
using Cae.IO.Csv;
using Cae.IO.Json;
using Cae.Domain.Activity;
using Cae.Domain.Organisation;
using Cae.Domain.Paths;
using Cae.Domain.Policy;
using Cae.Domain.Values;
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
public sealed class PopulationGenerator
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
            if (builder.TryAddPath(path) is { } refused)
            {
                throw new InvalidOperationException($"Generated path {path} refused: {refused}");
            }
        }

        foreach (var row in activity)
        {
            if (builder.TryAddActivity(row) is { } problem)
            {
                throw new InvalidOperationException($"Generated row {row} refused: {problem.Column}: {problem.Reason}");
            }
        }

        return builder.Build();
    }

    /// <summary>
    /// Writes <c>paths.csv</c>, <c>activity.csv</c> (the contract's plain dialect: <c>,</c> delimiter, <c>.</c>
    /// decimals, UTF-8 without BOM, ISO dates and months) and <c>policy.json</c> into a directory, created if needed.
    /// </summary>
    /// <param name="directory">The directory.</param>
    /// <returns>The number of path rows and of activity rows written.</returns>
    public (int Paths, long ActivityRows) WriteCsv(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        Directory.CreateDirectory(directory);
        var paths = Paths();
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        using (var w = new StreamWriter(Path.Combine(directory, PathsFile), false, utf8, 1 << 16))
        {
            w.NewLine = "\n";
            w.WriteLine("entrepreneur_id,establishment,structure,entry_date,cesa_date,associate_application_date,associate_date,exit_date,exit_category,gender,birth_date,residence_area,qualification,status_at_entry,income_at_entry,prescriber");
            foreach (var p in paths)
            {
                var t = p.Typology;
                w.Write(p.EntrepreneurId);
                Cell(w, p.Establishment.Name);
                Cell(w, p.Structure.Name);
                Cell(w, p.EntryDate);
                Cell(w, p.CesaDate);
                Cell(w, p.AssociateApplicationDate);
                Cell(w, p.AssociateDate);
                Cell(w, p.ExitDate);
                Cell(w, p.ExitCategory?.Code);
                Cell(w, t.Gender switch { Gender.Female => "F", Gender.Male => "M", _ => null });
                Cell(w, t.BirthDate);
                Cell(w, t.ResidenceArea);
                Cell(w, t.Qualification);
                Cell(w, t.StatusAtEntry);
                Cell(w, t.IncomeAtEntry);
                Cell(w, t.Prescriber);
                w.Write('\n');
            }
        }

        long rows = 0;
        using (var w = new StreamWriter(Path.Combine(directory, ActivityFile), false, utf8, 1 << 16))
        {
            w.NewLine = "\n";
            w.WriteLine("entrepreneur_id,month,structure,establishment,turnover,purchases,contribution,salary_hours");
            Span<char> number = stackalloc char[32];
            foreach (var a in ActivityRows(paths))
            {
                w.Write(a.EntrepreneurId);
                w.Write(',');
                w.Write(a.Month.ToString("yyyy-MM", CultureInfo.InvariantCulture));
                Cell(w, a.Structure.Name);
                Cell(w, a.Establishment?.Name);
                w.Write(',');
                w.Write(Hundredths(a.Turnover.Cents, number));
                w.Write(',');
                w.Write(Hundredths(a.Purchases.Cents, number));
                w.Write(',');
                if (a.Contribution is { } c)
                {
                    w.Write(Hundredths(c.Cents, number));
                }

                w.Write(',');
                w.Write(Hundredths(a.SalaryHours.Hundredths, number));
                w.Write('\n');
                rows++;
            }
        }

        File.WriteAllText(Path.Combine(directory, PolicyFileName), PolicyJson, utf8);
        return (paths.Count, rows);
    }

    private static void Cell(TextWriter w, string? text)
    {
        w.Write(',');
        if (text is not null)
        {
            w.Write(text);
        }
    }

    private static void Cell(TextWriter w, LocalDate? date)
    {
        w.Write(',');
        if (date is { } d)
        {
            w.Write(d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
    }

    /// <summary>A whole number of hundredths as invariant text with two decimals: −50 → <c>-0.50</c>.</summary>
    private static ReadOnlySpan<char> Hundredths(long value, Span<char> buffer)
    {
        var length = 0;
        if (value < 0)
        {
            buffer[length++] = '-';
        }

        var magnitude = (ulong)Math.Abs(value);
        (magnitude / 100).TryFormat(buffer[length..], out var written, default, CultureInfo.InvariantCulture);
        length += written;
        buffer[length++] = '.';
        var cents = (int)(magnitude % 100);
        buffer[length++] = (char)('0' + (cents / 10));
        buffer[length++] = (char)('0' + (cents % 10));
        return buffer[..length];
    }

    private static string WritePolicyJson(int year)
    {
        var assemblies = new List<string>();
        for (var y = year - 8; y <= year + 1; y++)
        {
            assemblies.Add("\"" + AssemblyDate(y).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "\"");
        }

        var from = new LocalDate(year - 10, 1, 1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return string.Create(CultureInfo.InvariantCulture, $$"""
            {
              "support_limit_months": 24,
              "assemblies": [{{string.Join(", ", assemblies)}}],
              "admission": "next_assembly",
              "contribution": {
                "base": "gross_margin",
                "rates": [ { "from": "{{from}}", "rate": 0.10 },
                           { "from": "{{from}}", "structure": "Baticoop", "rate": 0.08 } ]
              },
              "fte_annual_hours": 1820,
              "positive_exits": ["creation", "associate", "employment"],
              "perennial_exits": ["creation", "associate"],
              "reporting_units": [
                { "structure": "Coopilote", "establishment": "Besançon", "label": "Coopilote B" },
                { "structure": "Coopilote", "establishment": "Montbéliard", "label": "Coopilote M" }
              ]
            }

            """);
    }

    private static string IdOf(int person) => "E" + (person + 1).ToString("D7", CultureInfo.InvariantCulture);

    private PathRecord PathOf(int person)
    {
        var rng = new RandomStream(Seed, person, 0);
        var structure = rng.Pick(StructureWeights);
        var establishment = rng.Below(2);
        var jan1 = new LocalDate(Year, 1, 1);
        LocalDate entry;
        LocalDate? cesa = null, application = null, associate = null, exit = null;
        ExitCategory? category = null;
        if (rng.Chance(0.25))
        {
            // An associate admitted at an assembly of an earlier year, after a long path.
            var admitted = AssemblyDate(Year - 1 - rng.Below(6));
            entry = admitted.PlusMonths(-rng.Between(28, 42)).PlusDays(-rng.Below(28));
            (cesa, application, associate, exit, category) = Admission(ref rng, entry, admitted);
        }
        else if (rng.Chance(0.40))
        {
            // Accompanied, leaving during the year.
            var c = rng.Pick(ExitWeights);
            if (c == ExitCategory.Associate.Value)
            {
                var admitted = AssemblyDate(Year);
                entry = admitted.PlusMonths(-Math.Max(24, MeanDurationMonths[c] + rng.Between(-8, 8))).PlusDays(-rng.Below(28));
                (cesa, application, associate, exit, category) = Admission(ref rng, entry, admitted);
            }
            else
            {
                var left = jan1.PlusDays(rng.Below(CalendarSystem.Iso.GetDaysInYear(Year)));
                entry = left.PlusMonths(-Math.Max(1, MeanDurationMonths[c] + rng.Between(-9, 9))).PlusDays(-rng.Below(28));
                exit = left;
                category = ExitCategory.FromValue(c);
                cesa = rng.Chance(0.75) ? Min(entry.PlusMonths(rng.Below(6)).PlusDays(rng.Below(28)), left) : null;
            }
        }
        else
        {
            // Accompanied and still there at the end of the year: entered this year or in the two before.
            entry = rng.Chance(0.35)
                ? jan1.PlusDays(rng.Below(CalendarSystem.Iso.GetDaysInYear(Year)))
                : jan1.PlusDays(-1 - rng.Below(730));
            cesa = rng.Chance(0.75) ? entry.PlusMonths(rng.Below(6)).PlusDays(rng.Below(28)) : null;
        }

        var gender = rng.Pick(GenderWeights) switch { 0 => Gender.Female, 1 => Gender.Male, _ => Gender.Unknown };
        var typology = new Typology(
            gender,
            new LocalDate(1955 + rng.Below(41), 1 + rng.Below(12), 1 + rng.Below(28)),
            rng.Chance(0.03) ? null : ResidenceAreas[establishment][rng.Below(5)],
            rng.Chance(0.02) ? null : Qualifications[rng.Pick(QualificationWeights)],
            Statuses[rng.Pick(StatusWeights)],
            Incomes[rng.Pick(IncomeWeights)],
            rng.Chance(0.05) ? null : Prescribers[rng.Pick(PrescriberWeights)]);
        return new PathRecord(IdOf(person), establishments[establishment], structures[structure], entry, cesa, application, associate, exit, category, typology);
    }

    private static (LocalDate?, LocalDate?, LocalDate?, LocalDate?, ExitCategory?) Admission(ref RandomStream rng, LocalDate entry, LocalDate admitted)
    {
        var cesa = Min(entry.PlusMonths(rng.Below(6)).PlusDays(rng.Below(28)), admitted);
        var application = Max(admitted.PlusMonths(-1 - rng.Below(8)), entry);
        return (cesa, application, admitted, admitted, ExitCategory.Associate);
    }

    private static LocalDate Min(LocalDate a, LocalDate b) => a <= b ? a : b;

    private static LocalDate Max(LocalDate a, LocalDate b) => a >= b ? a : b;

    private IEnumerable<MonthlyActivity> ActivityRows(IReadOnlyList<PathRecord> paths)
    {
        var rows = new List<MonthlyActivity>(12 + SecondaryMonths);
        for (var i = 0; i < paths.Count; i++)
        {
            rows.Clear();
            PersonActivity(i, paths[i], rows);
            foreach (var row in rows)
            {
                yield return row;
            }
        }
    }

    private void PersonActivity(int person, PathRecord path, List<MonthlyActivity> rows)
    {
        var rng = new RandomStream(Seed, person, 1);
        var main = Array.IndexOf(StructureNames, path.Structure.Name);
        var isAssociate = path.AssociateDate is not null;

        // Monthly turnover level in cents: about 4 300 € for an associate, 1 000 € for an accompanied person, log-normal.
        var level = (isAssociate ? 430_000 : 100_000) * StructureTurnoverFactor[main] * rng.LogNormal(0.6);
        for (var m = 1; m <= 12; m++)
        {
            var month = new YearMonth(Year, m);
            var first = month.OnDayOfMonth(1);
            var last = month.OnDayOfMonth(CalendarSystem.Iso.GetDaysInMonth(Year, m));
            var inPath = last >= path.EntryDate && (isAssociate || path.ExitDate is not { } exit || first <= exit);
            rows.Add(Row(ref rng, path, month, structures[main], null, inPath ? level : 0, inPath && path.CesaDate is { } cesa && cesa <= last));
        }

        if (rng.Chance(0.125))
        {
            // Secondary activity under a thematic structure, sometimes hosted by the other establishment.
            var secondary = main == 2 ? 3 : main == 3 ? 2 : rng.Chance(0.6) ? 2 : 3;
            Establishment? host = rng.Chance(0.2) ? establishments[path.Establishment.Name == EstablishmentNames[0] ? 1 : 0] : null;
            var start = 1 + rng.Below(12 - SecondaryMonths + 1);
            for (var m = start; m < start + SecondaryMonths; m++)
            {
                rows.Add(Row(ref rng, path, new YearMonth(Year, m), structures[secondary], host, level * 0.3 * StructureTurnoverFactor[secondary], path.CesaDate is not null));
            }
        }
    }

    private static MonthlyActivity Row(ref RandomStream rng, PathRecord path, YearMonth month, Structure structure, Establishment? host, double level, bool salaried)
    {
        long turnover = 0, purchases = 0, contribution = 0, hours = 0;
        if (level > 0)
        {
            var draw = rng.Next01();
            turnover = draw < 0.02 ? -(long)(level * 0.3 * rng.Next01()) // a credit note
                : draw < 0.10 ? 0
                : (long)(level * (0.4 + (1.2 * rng.Next01())));
            purchases = turnover > 0 ? (long)(turnover * 0.35 * rng.Next01()) : 0;
            contribution = PercentOf(turnover - purchases, structure.Name == "Baticoop" ? 8 : 10);
            hours = salaried ? 800 + rng.Below(8200) : 0;
        }

        return new MonthlyActivity(path.EntrepreneurId, month, structure, host, Money.FromCents(turnover), Money.FromCents(purchases), Money.FromCents(contribution), Hours.FromHundredths(hours));
    }

    /// <summary>A whole percentage of an amount in cents, rounded to the cent half away from zero.</summary>
    private static long PercentOf(long cents, int percent)
    {
        var product = Math.Abs(cents) * percent;
        var rounded = (product + 50) / 100;
        return cents < 0 ? -rounded : rounded;
    }

    /// <summary>A SplitMix64 random stream per (seed, person, purpose): cheap, allocation-free and the same on every platform.</summary>
    private struct RandomStream
    {
        private ulong state;

        public RandomStream(ulong seed, int person, int purpose)
        {
            state = unchecked(seed ^ ((ulong)(uint)person * 0x9E3779B97F4A7C15UL) ^ ((ulong)(uint)purpose << 56));
            Next();
        }

        public ulong Next()
        {
            unchecked
            {
                var z = state += 0x9E3779B97F4A7C15UL;
                z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
                z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
                return z ^ (z >> 31);
            }
        }

        /// <summary>A uniform double in [0, 1).</summary>
        public double Next01() => (Next() >> 11) * (1.0 / (1UL << 53));

        /// <summary>A uniform integer in [0, n).</summary>
        public int Below(int n) => (int)(Next01() * n);

        /// <summary>A uniform integer in [low, high].</summary>
        public int Between(int low, int high) => low + Below(high - low + 1);

        public bool Chance(double p) => Next01() < p;

        /// <summary>An index drawn with the given weights (summing to 1).</summary>
        public int Pick(double[] weights)
        {
            var u = Next01();
            for (var i = 0; i < weights.Length - 1; i++)
            {
                u -= weights[i];
                if (u < 0)
                {
                    return i;
                }
            }

            return weights.Length - 1;
        }

        /// <summary>A log-normal factor of median 1: exp(σ·z), z standard normal (Box–Muller).</summary>
        public double LogNormal(double sigma)
        {
            var z = Math.Sqrt(-2.0 * Math.Log(1.0 - Next01())) * Math.Cos(2.0 * Math.PI * Next01());
            return Math.Exp(sigma * z);
        }
    }
}
