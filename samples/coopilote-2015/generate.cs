#:property TreatWarningsAsErrors=true
#:property Nullable=enable
#:property LangVersion=latest
#:property ImplicitUsings=disable
#:property CheckForOverflowUnderflow=true

// Generator of the reconstructed Coopilote 2015 sample (see README.md next to this file).
//
//   dotnet run samples/coopilote-2015/generate.cs            writes next to this file
//   dotnet run samples/coopilote-2015/generate.cs -- DIR     writes into DIR (and the enDI exports into DIR/endi)
//   dotnet run samples/coopilote-2015/generate.cs -- DIR E   writes into DIR, and the enDI exports into E
//
// It writes paths.csv, activity.csv and policy.json, and the same people as one enDI instance would export
// them (samples/endi: one export per year and its mapping.json), then reads the contract files back, recomputes every
// published figure with the data contract's definitions (§3) and exits with 1 if one is missed.
// Deterministic: one seeded System.Random, no clock, no culture, no transcendental math.

using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;

// every format below is explicitly invariant; this only guards the console table
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
string outDir = args.Length > 0 ? Path.GetFullPath(args[0]) : Where.ScriptDirectory();
string endiDir = args.Length > 1 ? Path.GetFullPath(args[1])
    : args.Length > 0 ? Path.Combine(outDir, "endi")
    : Path.GetFullPath(Path.Combine(Where.ScriptDirectory(), "..", "endi"));
Directory.CreateDirectory(outDir);
Directory.CreateDirectory(endiDir);
var people = new Generator(K.Seed).Build(out var rows);
Writer.WriteAll(outDir, people, rows);
SessionsWriter.WriteAll(outDir, people);
EndiWriter.WriteAll(endiDir, people, rows);
return SelfCheck.Run(outDir);

static class Where
{
    public static string ScriptDirectory()
    {
        if (AppContext.GetData("EntryPointFileDirectoryPath") is string dir && dir.Length > 0)
        {
            return dir;
        }
        return Path.GetDirectoryName(ThisFile()) ?? Directory.GetCurrentDirectory();
    }

    static string ThisFile([CallerFilePath] string path = "") => path;
}

/// <summary>Names, calendar and the published targets the generator builds towards.</summary>
static class K
{
    public const int Seed = 2015;
    public const string B = "Besançon", M = "Montbéliard";
    public const string Coop = "Coopilote", Bati = "Baticoop", Forma = "Formacoop", Svp = "SVP";
    public static readonly string[] Structures = [Coop, Bati, Forma, Svp];
    public static readonly string[] Establishments = [M, B];
    public static readonly string[] Units = ["Coopilote B", "Coopilote M", Bati, Forma, Svp];
    public static readonly string[] Categories = ["creation", "associate", "employment", "training", "reorientation", "other"];

    public static readonly DateOnly[] Assemblies =
    [
        new(2011, 6, 18), new(2012, 6, 16), new(2013, 6, 15), new(2014, 6, 14), new(2015, 6, 13), new(2016, 6, 18),
    ];
    public static DateOnly Assembly(int year) => Assemblies.Single(a => a.Year == year);

    public static readonly int Jan2014 = Mi(2014, 1), Dec2014 = Mi(2014, 12), Jan2015 = Mi(2015, 1), Dec2015 = Mi(2015, 12);

    /// <summary>Month index: year * 12 + month - 1.</summary>
    public static int Mi(int year, int month) => year * 12 + month - 1;
    public static int Mi(DateOnly d) => Mi(d.Year, d.Month);
    public static int YearOf(int mi) => mi / 12;

    /// <summary>Completed calendar months from a to b (NodaTime Period.Between in months).</summary>
    public static int MonthsBetween(DateOnly a, DateOnly b)
    {
        int m = (b.Year - a.Year) * 12 + b.Month - a.Month;
        if (a.AddMonths(m) > b)
        {
            m--;
        }
        return m;
    }

    public static string UnitOf(string structure, string establishment) =>
        structure != Coop ? structure : establishment == B ? "Coopilote B" : "Coopilote M";

    // ---- 2015 flows: joint establishment x structure table (present at start, entries) ----
    public static readonly (string Est, string Str, int PresentStart, int Entries)[] Cells2015 =
    [
        (B, Coop, 34, 22), (B, Bati, 9, 7), (B, Forma, 2, 1), (B, Svp, 1, 1),
        (M, Coop, 37, 17), (M, Bati, 7, 7), (M, Forma, 5, 4), (M, Svp, 0, 1),
    ];

    // ---- 2015 exits: joint establishment x structure x category table; FromEntries = how many of
    //      them entered in 2015 (short paths), the others were present on 1 January ----
    public static readonly (string Est, string Str, string Cat, int Count, int FromEntries)[] Exits2015 =
    [
        (B, Coop, "creation", 6, 0), (B, Coop, "associate", 4, 0), (B, Coop, "employment", 4, 1), (B, Coop, "other", 11, 2),
        (B, Bati, "associate", 1, 0), (B, Bati, "employment", 1, 0), (B, Bati, "other", 1, 0),
        (B, Svp, "other", 1, 0),
        (M, Coop, "creation", 4, 0), (M, Coop, "associate", 4, 0), (M, Coop, "employment", 5, 1), (M, Coop, "other", 12, 2),
        (M, Bati, "employment", 1, 0), (M, Bati, "other", 1, 0),
        (M, Forma, "creation", 1, 0), (M, Forma, "associate", 1, 0), (M, Forma, "employment", 2, 0), (M, Forma, "other", 1, 0),
    ];

    // ---- path durations (completed months) of the 2015 exits; the sums give the published averages:
    //      creation 198/11 = 18, associate 350/10 = 35, employment 208/13 = 16, other 405/27 = 15,
    //      all 1161/61 = 19.03 ----
    public static readonly Dictionary<string, int[]> DurationsPresent = new()
    {
        ["creation"] = [8, 12, 14, 15, 17, 18, 19, 20, 22, 25, 28],
        ["associate"] = [32, 33, 34, 35, 35, 35, 36, 36, 37, 37],
        ["employment"] = [9, 11, 13, 14, 16, 17, 19, 21, 23, 25, 28],
        ["other"] = [6, 8, 9, 10, 11, 12, 13, 14, 15, 16, 16, 17, 18, 18, 19, 20, 21, 22, 23, 24, 25, 26, 26],
    };
    public static readonly Dictionary<string, int[]> DurationsEntered = new()
    {
        ["employment"] = [5, 7],
        ["other"] = [2, 3, 5, 6],
    };

    // ---- 2014 exits (44, of which 15 perennial: 7 creation + 8 associate) ----
    public static readonly (string Est, string Str, int Count, int Associates)[] Exits2014 =
    [
        (B, Coop, 17, 2), (M, Coop, 17, 3), (B, Bati, 3, 1), (M, Bati, 3, 1),
        (B, Forma, 1, 0), (M, Forma, 2, 1), (M, Svp, 1, 0),
    ];
    public static readonly (string Cat, int Count)[] Exits2014Other = [("creation", 7), ("employment", 10), ("other", 19)];

    // ---- associates admitted at the 2011-2013 assemblies (still producing in 2014-2015) ----
    public static readonly (string Est, string Str, int Count)[] EarlyAssociates =
    [
        (B, Coop, 4), (M, Coop, 11), (B, Bati, 3), (M, Bati, 4), (B, Forma, 1),
    ];

    // ---- residence areas of the 2015 accompanied, per establishment: area -> Coopilote, Baticoop, Formacoop, SVP ----
    public static readonly Dictionary<string, (string Area, int[] Counts)[]> Origins = new()
    {
        [M] =
        [
            ("PMA", [10, 0, 1, 0]), ("Autres Doubs", [5, 2, 2, 1]), ("Territoire de Belfort", [20, 6, 5, 0]),
            ("Haute-Saône", [15, 6, 0, 0]), ("Autres", [4, 0, 1, 0]),
        ],
        [B] =
        [
            ("Besançon", [20, 2, 1, 0]), ("Autres CAGB", [6, 1, 0, 0]), ("Autres Doubs", [16, 6, 0, 1]),
            ("Haute-Saône", [4, 0, 0, 0]), ("Jura", [10, 7, 2, 1]),
        ],
    };

    // ---- typology of the 155 accompanied of 2015 (exact counts) ----
    public const int Women2015Present = 44, Women2015Entered = 26, Women2014Exits = 26; // 70/155, 70/139
    // job seekers at entry 133 of 155 (0.86), of whom 54 long-term job seekers (54 / 155 = 0.35 of the accompanied)
    public static readonly (string Code, int Count)[] Status = [("job_seeker", 79), ("long_term_job_seeker", 54), ("employee", 9), ("inactive", 7), ("other", 6)];
    public static readonly (string Code, int Count)[] Qualification = [("higher_education", 95), ("cap_bep", 39), ("baccalaureate", 15), ("none", 6)];
    public static readonly (string Code, int Count)[] Income = [("unemployment_benefit", 104), ("minimum_income", 25), ("salary", 12), ("none", 14)];
    public static readonly (string Code, int Count)[] Prescriber = [("pole_emploi", 62), ("bge", 31), ("word_of_mouth", 34), ("mission_locale", 8), ("other", 20)];

    // ---- salaried accompanied of 2015 per unit: from the main structure + from secondary activity ----
    public static readonly Dictionary<string, int> SalariedMain = new()
    {
        ["Coopilote B"] = 36, ["Coopilote M"] = 34, [Bati] = 20, [Forma] = 10, [Svp] = 2,
    };
    // secondary activity (people whose path structure is another one): associates, salaried accompanied, other accompanied
    public static readonly Dictionary<string, (int AssocB, int AssocM, int Salaried, int NotSalaried)> Secondary = new()
    {
        [Forma] = (1, 1, 10, 6), // 18 people, 5 associates in all with the 3 Formacoop associates
        [Svp] = (2, 1, 7, 2),    // 12 people, SVP's 3 associates
    };

    // ---- euro targets (whole euros) ----
    // The published euro tables are rounded from cents and are not additive to the euro: Coopilote M
    // 1 407 505 + 239 136 = 1 646 641 (printed 1 646 640); the units' associates sum to 2 365 341 (printed
    // 2 365 340), their accompanied to 1 919 765 (printed 1 919 766) and 2 365 340 + 1 919 766 = 4 285 106
    // (printed 4 285 105); Besançon's contributions sum to 119 768 (printed 119 769) and Coopilote's to
    // 159 893 (printed 159 894). The targets below carry cents chosen so that every published figure is
    // the rounding (half away from zero) of the data's figure.
    // turnover: (year, unit) -> (associates, accompanied), euros
    public static readonly Dictionary<(int Year, string Unit), (decimal Assoc, decimal Acc)> Turnover = new()
    {
        [(2015, "Coopilote B")] = (417128.60m, 627750.35m), [(2015, "Coopilote M")] = (1407504.55m, 239135.90m),
        [(2015, Bati)] = (516718.55m, 797094.35m), [(2015, Forma)] = (20877m, 157071m), [(2015, Svp)] = (3111m, 98714m),
        // 2014 (not published by unit): totals 2 274 000 associates, 1 388 000 accompanied, 3 662 000 in all,
        // Baticoop 1 042 700 -> growth 0.17 total, 0.04 associates, 0.26 Baticoop (0.38 accompanied)
        [(2014, "Coopilote B")] = (400000m, 470000m), [(2014, "Coopilote M")] = (1360000m, 170000m),
        [(2014, Bati)] = (487000m, 555700m), [(2014, Forma)] = (24000m, 110000m), [(2014, Svp)] = (3000m, 82300m),
    };
    // contributions: (year, structure, establishment) -> (associates, accompanied), euros; the associates'
    // shares by structure are 89 541 / 159 893.55 = 0.56, 26 694 / 80 892.10 = 0.33, 1 799 / 16 355 = 0.11,
    // 5 416 / 8 333 = 0.65
    public static readonly Dictionary<(int Year, string Str, string Est), (decimal Assoc, decimal Acc)> Contribution = new()
    {
        [(2015, Coop, M)] = (66000m, 17252.10m), [(2015, Coop, B)] = (23541m, 53100.45m),
        [(2015, Bati, M)] = (17000m, 33321m), [(2015, Bati, B)] = (9694m, 20877.10m),
        [(2015, Forma, M)] = (1200m, 9496m), [(2015, Forma, B)] = (599m, 5060m),
        [(2015, Svp, M)] = (916m, 520m), [(2015, Svp, B)] = (4500m, 2397m),
        [(2014, Coop, M)] = (60000m, 12000m), [(2014, Coop, B)] = (20000m, 36000m),
        [(2014, Bati, M)] = (15000m, 28000m), [(2014, Bati, B)] = (6000m, 12600m),
        [(2014, Forma, M)] = (500m, 7500m), [(2014, Forma, B)] = (500m, 3800m),
        [(2014, Svp, M)] = (25m, 1275m), [(2014, Svp, B)] = (275m, 4025m),
    };
    // salary hours of the accompanied rows of 2015 per unit
    public static readonly Dictionary<string, long> Hours2015 = new()
    {
        ["Coopilote B"] = 19006, ["Coopilote M"] = 14746, [Bati] = 11036, [Forma] = 4855, [Svp] = 4237,
    };

    public const long MonthlyHoursCap = 15167; // 151.67 h, in hundredths

    // ---- turnover by year of support (contract §3' turnover.by_support_year, 2015 accompanied rows): "9 000 to
    // 10 000 euros on average in the first year, about 20 000 in the second"; annualised averages aimed at ----
    public static readonly (int SupportYear, double Average)[] SupportYearTargets2015 = [(1, 9500.0), (2, 20000.0)];

    /// <summary>Support year (1, 2, ...) of month index mi for a path entered on entry (contract §3').</summary>
    public static int SupportYear(DateOnly entry, int mi)
    {
        var monthStart = new DateOnly(YearOf(mi), mi % 12 + 1, 1);
        return (monthStart <= entry ? 0 : MonthsBetween(entry, monthStart)) / 12 + 1;
    }
}

enum Cohort { PresentStart2015, Entered2015, Exited2014, EarlyAssociate }

sealed class Person
{
    public string Id = "";
    public required string Establishment;
    public required string Structure;
    public required Cohort Cohort;
    public DateOnly Entry;
    public DateOnly? Cesa, Application, Associate, Exit;
    public string? ExitCategory;
    public int Duration = -1;
    public string Gender = "";
    public DateOnly Birth;
    public string Area = "", Qualification = "", Status = "", Income = "", Prescriber = "";
    public bool SalariedMain2015;
    public double Level, HoursLevel, SortKey;
    public string? SecondaryStructure;
    public bool SecondarySalaried;

    public bool Accompanied2015 => Cohort is Cohort.PresentStart2015 or Cohort.Entered2015;
    public int FirstMonth => Math.Max(K.Mi(Entry), K.Jan2014);
    public int LastMonth => Exit is { } x && ExitCategory != "associate" ? K.Mi(x) : K.Dec2015;
    public bool IsAssociateIn(int mi) => Associate is { } a && K.Mi(a) <= mi;
    /// <summary>Last month of 2015 with an accompanied row of the main structure.</summary>
    public int LastAccompanied2015 => Associate is { } a ? K.Mi(a) - 1 : LastMonth;
}

sealed class Row
{
    public required Person P;
    public required int Month;
    public required string Structure;
    public bool Secondary;
    public long Turnover, Purchases, Contribution, Hours; // cents, cents, cents, hundredths of hours
    public bool IsAssociate => P.IsAssociateIn(Month);
    public int Year => K.YearOf(Month);
    public string Unit => K.UnitOf(Structure, P.Establishment);
}

sealed class Generator(int seed)
{
    readonly Random rng = new(seed);
    readonly List<Person> people = [];

    double U() => rng.NextDouble();
    int Between(int lo, int hi) => rng.Next(lo, hi + 1);

    void Shuffle<T>(IList<T> list)
    {
        for (int i = list.Count - 1; i > 0; i--)
        {
            int j = rng.Next(i + 1);
            (list[i], list[j]) = (list[j], list[i]);
        }
    }

    DateOnly RandomDate(DateOnly from, DateOnly to)
    {
        var d = from.AddDays(rng.Next(to.DayNumber - from.DayNumber + 1));
        return d.Day > 28 ? new DateOnly(d.Year, d.Month, 28) : d;
    }

    Person New(string est, string str, Cohort cohort)
    {
        var p = new Person { Establishment = est, Structure = str, Cohort = cohort, SortKey = U() };
        people.Add(p);
        return p;
    }

    public List<Person> Build(out List<Row> rows)
    {
        BuildAccompanied2015();
        BuildExits2014();
        BuildEarlyAssociates();
        AssignTypology();
        ChooseSalaried();
        AssignIds();
        ChooseSecondary();
        rows = BuildRows();
        FillTurnover(rows);
        FillContributions(rows);
        FillHours(rows);
        return people;
    }

    // ------------------------------------------------------------------ paths

    void BuildAccompanied2015()
    {
        var present = K.DurationsPresent.ToDictionary(kv => kv.Key, kv => new Queue<int>(Shuffled(kv.Value)));
        var entered = K.DurationsEntered.ToDictionary(kv => kv.Key, kv => new Queue<int>(Shuffled(kv.Value)));
        var jan1 = new DateOnly(2015, 1, 1);
        foreach (var (est, str, ps, entries) in K.Cells2015)
        {
            int psExits = 0, entExits = 0;
            foreach (var (_, _, cat, count, fromEntries) in K.Exits2015.Where(x => x.Est == est && x.Str == str))
            {
                for (int i = 0; i < count; i++)
                {
                    bool fromEnt = i < fromEntries;
                    var p = New(est, str, fromEnt ? Cohort.Entered2015 : Cohort.PresentStart2015);
                    p.ExitCategory = cat;
                    p.Duration = (fromEnt ? entered : present)[cat].Dequeue();
                    if (fromEnt) { entExits++; } else { psExits++; }
                    if (cat == "associate")
                    {
                        var ag = K.Assembly(2015);
                        p.Exit = p.Associate = ag;
                        p.Entry = EntryFor(ag, p.Duration, e => e < jan1);
                        p.Application = ag.AddDays(-Between(20, 150));
                    }
                    else if (fromEnt)
                    {
                        (p.Entry, p.Exit) = PathWithin2015(p.Duration);
                    }
                    else
                    {
                        // present on 1 January: entry before 2015, exit in 2015 after the given duration
                        while (true)
                        {
                            var exit = RandomDate(jan1, new DateOnly(2015, 12, 28));
                            var entry = exit.AddMonths(-p.Duration).AddDays(-Between(0, 25));
                            if (entry < jan1 && K.MonthsBetween(entry, exit) == p.Duration && entry.Day <= 28)
                            {
                                (p.Entry, p.Exit) = (entry, exit);
                                break;
                            }
                        }
                    }
                }
            }
            if (psExits > ps || entExits > entries)
            {
                throw new InvalidOperationException($"{est}/{str}: more exits than people");
            }
            for (int i = psExits; i < ps; i++)
            {
                var p = New(est, str, Cohort.PresentStart2015);
                p.Entry = RandomDate(new DateOnly(2013, 9, 1), new DateOnly(2014, 12, 28));
            }
            for (int i = entExits; i < entries; i++)
            {
                var p = New(est, str, Cohort.Entered2015);
                p.Entry = RandomDate(jan1, new DateOnly(2015, 12, 28));
            }
        }
        foreach (var q in present.Values.Concat(entered.Values))
        {
            if (q.Count != 0) { throw new InvalidOperationException("unused durations"); }
        }

        // people who stay past the 24-month limit applied after the 2015 assembly: admitted at the 2016 one
        foreach (var p in people.Where(p => p.Cohort == Cohort.PresentStart2015 && p.Exit is null && p.Entry < new DateOnly(2014, 1, 1)))
        {
            p.Application = RandomDate(new DateOnly(2015, 7, 1), new DateOnly(2015, 12, 15));
        }
    }

    (DateOnly Entry, DateOnly Exit) PathWithin2015(int months)
    {
        while (true)
        {
            var entry = RandomDate(new DateOnly(2015, 1, 1), new DateOnly(2015, 12, 28));
            var exit = entry.AddMonths(months).AddDays(Between(0, 25));
            if (exit.Year == 2015 && exit.Day <= 28 && K.MonthsBetween(entry, exit) == months)
            {
                return (entry, exit);
            }
        }
    }

    DateOnly EntryFor(DateOnly exit, int months, Func<DateOnly, bool> ok)
    {
        while (true)
        {
            var entry = exit.AddMonths(-months).AddDays(-Between(0, 25));
            if (entry.Day <= 28 && K.MonthsBetween(entry, exit) == months && ok(entry))
            {
                return entry;
            }
        }
    }

    T[] Shuffled<T>(T[] source)
    {
        var copy = source.ToArray();
        Shuffle(copy);
        return copy;
    }

    void BuildExits2014()
    {
        var cats = new List<string>();
        foreach (var (cat, count) in K.Exits2014Other) { cats.AddRange(Enumerable.Repeat(cat, count)); }
        Shuffle(cats);
        int next = 0;
        foreach (var (est, str, count, associates) in K.Exits2014)
        {
            for (int i = 0; i < count; i++)
            {
                var p = New(est, str, Cohort.Exited2014);
                if (i < associates)
                {
                    var ag = K.Assembly(2014);
                    p.ExitCategory = "associate";
                    p.Exit = p.Associate = ag;
                    p.Entry = EntryFor(ag, Between(26, 40), _ => true);
                    p.Application = ag.AddDays(-Between(20, 150));
                }
                else
                {
                    p.ExitCategory = cats[next++];
                    var exit = RandomDate(new DateOnly(2014, 1, 2), new DateOnly(2014, 12, 28));
                    int months = p.ExitCategory switch
                    {
                        "creation" => Between(8, 26),
                        "employment" => Between(3, 24),
                        _ => Between(1, 22),
                    };
                    p.Exit = exit;
                    p.Entry = EntryFor(exit, months, _ => true);
                }
            }
        }
        if (next != cats.Count) { throw new InvalidOperationException("2014 exit categories left over"); }
    }

    void BuildEarlyAssociates()
    {
        foreach (var (est, str, count) in K.EarlyAssociates)
        {
            for (int i = 0; i < count; i++)
            {
                var p = New(est, str, Cohort.EarlyAssociate);
                var ag = K.Assembly(Between(2011, 2013));
                p.ExitCategory = "associate";
                p.Exit = p.Associate = ag;
                p.Entry = EntryFor(ag, Between(24, 40), _ => true);
                p.Application = ag.AddDays(-Between(20, 150));
            }
        }
    }

    // ------------------------------------------------------------------ typology

    List<string> Pool((string Code, int Count)[] spec)
    {
        var list = new List<string>();
        foreach (var (code, count) in spec) { list.AddRange(Enumerable.Repeat(code, count)); }
        Shuffle(list);
        return list;
    }

    string Draw((string Code, int Count)[] spec)
    {
        int total = spec.Sum(s => s.Count), x = rng.Next(total);
        foreach (var (code, count) in spec)
        {
            if (x < count) { return code; }
            x -= count;
        }
        throw new InvalidOperationException();
    }

    void AssignTypology()
    {
        // gender: exact counts per cohort (2015: 70 women of 155; 2014: 70 of 139)
        void Genders(Cohort c, int women)
        {
            var group = people.Where(p => p.Cohort == c).ToList();
            Shuffle(group);
            for (int i = 0; i < group.Count; i++) { group[i].Gender = i < women ? "F" : "M"; }
        }
        Genders(Cohort.PresentStart2015, K.Women2015Present);
        Genders(Cohort.Entered2015, K.Women2015Entered);
        Genders(Cohort.Exited2014, K.Women2014Exits);
        foreach (var p in people.Where(p => p.Cohort == Cohort.EarlyAssociate)) { p.Gender = U() < 0.45 ? "F" : "M"; }

        // residence area: exact per establishment x structure cell of the 2015 accompanied
        foreach (var est in K.Establishments)
        {
            for (int s = 0; s < K.Structures.Length; s++)
            {
                var cell = people.Where(p => p.Accompanied2015 && p.Establishment == est && p.Structure == K.Structures[s]).ToList();
                var areas = new List<string>();
                foreach (var (area, counts) in K.Origins[est]) { areas.AddRange(Enumerable.Repeat(area, counts[s])); }
                if (areas.Count != cell.Count) { throw new InvalidOperationException($"origin table {est}/{K.Structures[s]}: {areas.Count} vs {cell.Count}"); }
                Shuffle(areas);
                for (int i = 0; i < cell.Count; i++) { cell[i].Area = areas[i]; }
            }
        }
        foreach (var p in people.Where(p => !p.Accompanied2015))
        {
            var areas = K.Origins[p.Establishment];
            p.Area = areas[rng.Next(areas.Length)].Area;
        }

        // status, qualification, income, prescriber: exact counts over the 2015 accompanied
        var acc = people.Where(p => p.Accompanied2015).ToList();
        var status = Pool(K.Status);
        var qual = Pool(K.Qualification);
        var pres = Pool(K.Prescriber);
        for (int i = 0; i < acc.Count; i++)
        {
            acc[i].Status = status[i];
            acc[i].Qualification = qual[i];
            acc[i].Prescriber = pres[i];
        }
        // income follows the status where it must: employees were paid a salary
        var income = Pool(K.Income);
        foreach (var p in acc.Where(p => p.Status == "employee"))
        {
            int j = income.IndexOf("salary");
            p.Income = income[j];
            income.RemoveAt(j);
        }
        foreach (var p in acc.Where(p => p.Status != "employee"))
        {
            p.Income = income[0];
            income.RemoveAt(0);
        }
        foreach (var p in people.Where(p => !p.Accompanied2015))
        {
            p.Status = Draw(K.Status);
            p.Qualification = Draw(K.Qualification);
            p.Prescriber = Draw(K.Prescriber);
            p.Income = p.Status == "employee" ? "salary" : Draw([("unemployment_benefit", 104), ("minimum_income", 25), ("none", 14)]);
        }
        foreach (var p in people)
        {
            p.Birth = p.Entry.AddYears(-Between(23, 57)).AddDays(-rng.Next(365));
            p.Level = 0.25 + 1.75 * U() * U();
            p.HoursLevel = 0.4 + U();
        }
    }

    // ------------------------------------------------------------------ salaried people and CESA dates

    void ChooseSalaried()
    {
        foreach (var (unit, count) in K.SalariedMain)
        {
            var cell = people.Where(p => p.Accompanied2015 && K.UnitOf(p.Structure, p.Establishment) == unit).ToList();
            // 2015 associates were salaried; otherwise prefer people present longer in 2015
            var ranked = cell
                .Select(p => (p, key: (p.Associate is not null ? 100.0 : 0.0) + (p.LastAccompanied2015 - Math.Max(K.Mi(p.Entry), K.Jan2015)) + 6 * U()))
                .OrderByDescending(x => x.key).ThenBy(x => x.p.SortKey).Select(x => x.p).ToList();
            foreach (var p in ranked.Take(count)) { p.SalariedMain2015 = true; }
        }
        foreach (var p in people)
        {
            bool cesa = p.Cohort switch
            {
                Cohort.PresentStart2015 or Cohort.Entered2015 => p.SalariedMain2015,
                Cohort.Exited2014 => p.ExitCategory == "associate" || U() < 0.6,
                _ => true,
            };
            if (!cesa) { continue; }
            var d = p.Entry.AddMonths(Between(1, 8));
            int limit = p.Accompanied2015 ? p.LastAccompanied2015 : K.Mi(p.Exit ?? new DateOnly(2015, 12, 31));
            if (K.Mi(d) > limit)
            {
                var first = new DateOnly(K.YearOf(limit), limit % 12 + 1, 1);
                d = first > p.Entry ? first : p.Entry;
            }
            if (p.Exit is { } x && d > x) { d = x; }
            p.Cesa = d;
        }
    }

    void AssignIds()
    {
        var ordered = people.OrderBy(p => p.Entry).ThenBy(p => p.SortKey).ToList();
        for (int i = 0; i < ordered.Count; i++) { ordered[i].Id = "CP" + (i + 1).ToString("D4", CultureInfo.InvariantCulture); }
    }

    void ChooseSecondary()
    {
        foreach (var (str, spec) in K.Secondary)
        {
            foreach (var (est, n) in new[] { (K.B, spec.AssocB), (K.M, spec.AssocM) })
            {
                var pool = people.Where(p => p.Cohort == Cohort.EarlyAssociate && p.Structure == K.Coop && p.Establishment == est && p.SecondaryStructure is null)
                    .OrderBy(p => p.Id, StringComparer.Ordinal).ToList();
                Shuffle(pool);
                foreach (var p in pool.Take(n)) { p.SecondaryStructure = str; }
            }
            var candidates = people.Where(p => p.Accompanied2015 && p.Associate is null && (p.Structure == K.Coop || p.Structure == K.Bati) && p.SecondaryStructure is null)
                .OrderBy(p => p.Id, StringComparer.Ordinal).ToList();
            Shuffle(candidates);
            // salaried there: people on a CESA with enough months left in 2015 to work for a second structure
            int minMonths = str == K.Svp ? 8 : 4;
            foreach (var p in candidates.Where(p => p.SalariedMain2015 && p.LastMonth - SecondaryStart(p, true) + 1 >= minMonths).Take(spec.Salaried))
            {
                p.SecondaryStructure = str;
                p.SecondarySalaried = true;
            }
            foreach (var p in candidates.Where(p => p.SecondaryStructure is null).Take(spec.NotSalaried)) { p.SecondaryStructure = str; }
        }
    }

    /// <summary>First month of 2015 a secondary activity can start (from the CESA when salaried there).</summary>
    static int SecondaryStart(Person p, bool salaried)
    {
        int lo = Math.Max(p.FirstMonth, K.Jan2015);
        return salaried ? Math.Max(lo, K.Mi(p.Cesa ?? throw new InvalidOperationException("salaried without CESA"))) : lo;
    }

    // ------------------------------------------------------------------ activity rows

    List<Row> BuildRows()
    {
        var rows = new List<Row>();
        foreach (var p in people.OrderBy(p => p.Id, StringComparer.Ordinal))
        {
            for (int m = p.FirstMonth; m <= p.LastMonth; m++) { rows.Add(new Row { P = p, Month = m, Structure = p.Structure }); }
            if (p.SecondaryStructure is not { } sec) { continue; }
            var months = new List<int>();
            if (p.Cohort == Cohort.EarlyAssociate)
            {
                for (int m = K.Jan2014; m <= K.Dec2015; m++) { if (U() < 0.5) { months.Add(m); } }
                if (!months.Any(m => m <= K.Dec2014)) { months.Add(K.Jan2014 + rng.Next(12)); }
                if (!months.Any(m => m >= K.Jan2015)) { months.Add(K.Jan2015 + rng.Next(12)); }
            }
            else
            {
                // consecutive months in 2015 (from the CESA when salaried there), sometimes begun in late 2014
                int lo = SecondaryStart(p, p.SecondarySalaried), hi = p.LastMonth;
                if (lo > hi) { throw new InvalidOperationException($"{p.Id}: no month for secondary activity"); }
                int length = sec == K.Svp ? Between(6, 12) : Between(2, 10);
                int start = Between(lo, Math.Max(lo, hi - length + 1));
                int end = Math.Min(hi, start + length - 1);
                if (p.FirstMonth < K.Jan2015 && U() < 0.4) { start = Math.Max(p.FirstMonth, start - Between(1, 4)); }
                for (int m = start; m <= end; m++) { months.Add(m); }
            }
            foreach (var m in months.Distinct().Order()) { rows.Add(new Row { P = p, Month = m, Structure = sec, Secondary = true }); }
        }
        return rows;
    }

    /// <summary>Splits <paramref name="total"/> (an integer number of cents or hundredths) in proportion to
    /// the weights, exactly (largest remainder), never giving an item more than its cap.</summary>
    static long[] Allocate(long total, IReadOnlyList<double> weights, IReadOnlyList<long>? caps = null)
    {
        int n = weights.Count;
        var result = new long[n];
        var active = Enumerable.Range(0, n).ToList();
        long remaining = total;
        while (true)
        {
            double sum = active.Sum(i => weights[i]);
            if (active.Count == 0 || sum <= 0) { throw new InvalidOperationException("cannot allocate: no positive weight"); }
            var share = new long[n];
            var frac = new double[n];
            long assigned = 0;
            foreach (int i in active)
            {
                double exact = remaining * weights[i] / sum;
                long f = (long)Math.Floor(exact);
                share[i] = f;
                frac[i] = exact - f;
                assigned += f;
            }
            long left = remaining - assigned;
            var byFrac = active.OrderByDescending(i => frac[i]).ThenBy(i => i).ToList();
            for (int k = 0; left > 0; k = (k + 1) % byFrac.Count, left--) { share[byFrac[k]]++; }
            for (int k = byFrac.Count - 1; left < 0; k = (k - 1 + byFrac.Count) % byFrac.Count, left++) { share[byFrac[k]]--; }
            var over = caps is null ? [] : active.Where(i => share[i] > caps[i]).ToList();
            if (over.Count == 0)
            {
                foreach (int i in active) { result[i] = share[i]; }
                return result;
            }
            foreach (int i in over)
            {
                result[i] = caps![i];
                remaining -= caps[i];
                active.Remove(i);
            }
        }
    }

    void FillTurnover(List<Row> rows)
    {
        // the seeded weights of every part first (the draws in the same order as they are spread), then the
        // factors by support year that bring the 2015 accompanied averages to their targets, then the cents
        var spread = new List<(List<Row> Rows, double[] Weights, long Target)>();
        foreach (var ((year, unit), (assoc, acc)) in K.Turnover)
        {
            foreach (var (isAssoc, target) in new[] { (true, assoc), (false, acc) })
            {
                var group = rows.Where(r => r.Year == year && r.Unit == unit && r.IsAssociate == isAssoc).ToList();
                if (group.Count == 0) { throw new InvalidOperationException($"no rows for turnover {year} {unit} {(isAssoc ? "associates" : "accompanied")}"); }
                // Baticoop, Formacoop and SVP are not split by establishment in the report: split their turnover
                // like their contributions, so that both establishments levy the same rate
                var parts = group.GroupBy(r => r.P.Establishment).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
                var partWeights = parts.Select(g => (double)(isAssoc ? K.Contribution[(year, g.First().Structure, g.Key)].Assoc
                                                                     : K.Contribution[(year, g.First().Structure, g.Key)].Acc)).ToList();
                var partTargets = parts.Count == 1 ? [(long)(target * 100)] : Allocate((long)(target * 100), partWeights);
                for (int g = 0; g < parts.Count; g++)
                {
                    var part = parts[g].ToList();
                    var w = new double[part.Count];
                    for (int i = 0; i < part.Count; i++)
                    {
                        var r = part[i];
                        double x = U();
                        double ramp = r.IsAssociate ? 1.0 : Math.Min(1.0, 0.3 + 0.1 * (r.Month - K.Mi(r.P.Entry)));
                        double level = r.Secondary ? 0.5 * r.P.Level : r.P.Level;
                        w[i] = x < 0.06 ? 0.0 : x < 0.07 ? -0.5 * level : level * ramp * (0.55 + 0.9 * U());
                    }
                    spread.Add((part, w, partTargets[g]));
                }
            }
        }
        var factors = SupportYearFactors(spread);
        foreach (var (part, w, target) in spread)
        {
            var cents = Allocate(target, Weighted(part, w, factors));
            for (int i = 0; i < part.Count; i++) { part[i].Turnover = cents[i]; }
        }
        foreach (var r in rows)
        {
            if (r.Turnover <= 0) { continue; }
            var (lo, hi) = r.Structure switch
            {
                K.Bati => (0.15, 0.45),
                K.Coop => (0.02, 0.25),
                _ => (0.0, 0.12),
            };
            r.Purchases = (long)Math.Round(r.Turnover * (lo + (hi - lo) * U()), MidpointRounding.AwayFromZero);
        }
    }

    static bool InSupportYears(Row r) => r.Year == 2015 && !r.IsAssociate;

    static int SupportYearOf(Row r) => K.SupportYear(r.P.Entry, r.Month);

    /// <summary>The weights of one part times the factor of each 2015 accompanied row's support year.</summary>
    static double[] Weighted(List<Row> part, double[] w, Dictionary<int, double> factors)
    {
        var result = new double[w.Length];
        for (int i = 0; i < w.Length; i++)
        {
            result[i] = InSupportYears(part[i]) && factors.TryGetValue(SupportYearOf(part[i]), out var f) ? w[i] * f : w[i];
        }
        return result;
    }

    /// <summary>Factors of the support years with a target (the others stay at 1), found by a fixed number of
    /// multiplicative steps on the expected amounts (plain arithmetic, no draw): each part keeps its total, so
    /// raising one support year's weights lowers the others'.</summary>
    static Dictionary<int, double> SupportYearFactors(List<(List<Row> Rows, double[] Weights, long Target)> parts)
    {
        var personMonths = new Dictionary<int, int>();
        foreach (var g in parts.SelectMany(p => p.Rows).Where(InSupportYears).Select(r => (r.P, r.Month)).Distinct().GroupBy(x => K.SupportYear(x.P.Entry, x.Month)))
        {
            personMonths[g.Key] = g.Count();
        }
        var factors = K.SupportYearTargets2015.ToDictionary(t => t.SupportYear, _ => 1.0);
        for (int step = 0; step < 200; step++)
        {
            var totals = new Dictionary<int, double>();
            foreach (var (part, w, target) in parts)
            {
                var weighted = Weighted(part, w, factors);
                double sum = weighted.Sum();
                for (int i = 0; i < part.Count; i++)
                {
                    if (!InSupportYears(part[i])) { continue; }
                    int k = SupportYearOf(part[i]);
                    totals[k] = totals.GetValueOrDefault(k) + target / 100.0 * weighted[i] / sum;
                }
            }
            foreach (var (k, average) in K.SupportYearTargets2015)
            {
                factors[k] *= average / (12.0 * totals[k] / personMonths[k]);
            }
        }
        return factors;
    }

    void FillContributions(List<Row> rows)
    {
        foreach (var ((year, str, est), (assoc, acc)) in K.Contribution)
        {
            foreach (var (isAssoc, target) in new[] { (true, assoc), (false, acc) })
            {
                var group = rows.Where(r => r.Year == year && r.Structure == str && r.P.Establishment == est && r.IsAssociate == isAssoc).ToList();
                if (group.Count == 0) { throw new InvalidOperationException($"no rows for contribution {year} {str} {est}"); }
                var cents = Allocate((long)(target * 100), group.Select(r => (double)(r.Turnover - r.Purchases)).ToList());
                for (int i = 0; i < group.Count; i++) { group[i].Contribution = cents[i]; }
            }
        }
    }

    void FillHours(List<Row> rows)
    {
        // a person's hours of one month, all structures together, stay within 151.67 h
        var used = new Dictionary<(Person, int), long>();
        long Room(Row r) => K.MonthlyHoursCap - used.GetValueOrDefault((r.P, r.Month));
        void Take(Row r) => used[(r.P, r.Month)] = used.GetValueOrDefault((r.P, r.Month)) + r.Hours;

        // 2015 accompanied rows: exact totals per unit over the salaried people, from their CESA month;
        // the main units come first, so secondary rows get what is left of the month
        foreach (var (unit, hours) in K.Hours2015)
        {
            var group = rows.Where(r => r.Year == 2015 && r.Unit == unit && !r.IsAssociate
                                        && (r.Secondary ? r.P.SecondarySalaried : r.P.SalariedMain2015)
                                        && r.P.Cesa is { } c && K.Mi(c) <= r.Month)
                .OrderBy(r => r.Secondary).ToList();
            var w = group.Select(r => r.P.HoursLevel * (0.6 + 0.8 * U()) * (r.Secondary ? 0.6 : 1.0)).ToList();
            var rooms = group.Select(Room).ToList();
            if (rooms.Sum() < hours * 100) { throw new InvalidOperationException($"{unit}: room {rooms.Sum()} < {hours * 100} over {group.Count} rows"); }
            var h = Allocate(hours * 100, w, rooms);
            for (int i = 0; i < group.Count; i++)
            {
                group[i].Hours = h[i];
                Take(group[i]);
            }
        }
        // other rows (not a published figure): plausible hours for CESA holders and associates
        foreach (var r in rows.Where(r => r.Year == 2014 || r.IsAssociate).OrderBy(r => r.Secondary))
        {
            if (r.P.Cesa is not { } c || K.Mi(c) > r.Month) { continue; }
            double h = r.IsAssociate
                ? (r.Secondary ? 5 + 25 * U() : 70 + 81.67 * U() * r.P.HoursLevel)
                : (r.Secondary ? 8 + 20 * U() : 55 * r.P.HoursLevel * (0.6 + 0.8 * U()));
            r.Hours = Math.Min(Room(r), (long)Math.Round(h * 100, MidpointRounding.AwayFromZero));
            Take(r);
        }
    }
}

static class Writer
{
    static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    static string Date(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
    public static string Cents(long c) =>
        (c < 0 ? "-" : "") + (Math.Abs(c) / 100).ToString(CultureInfo.InvariantCulture) + "." + (Math.Abs(c) % 100).ToString("D2", CultureInfo.InvariantCulture);

    static string Line(params string[] fields)
    {
        foreach (var f in fields)
        {
            if (f.IndexOfAny([',', '"', '\n', '\r']) >= 0) { throw new InvalidOperationException($"field needs quoting: {f}"); }
        }
        return string.Join(',', fields) + "\n";
    }

    public static void WriteAll(string dir, List<Person> people, List<Row> rows)
    {
        var sb = new StringBuilder();
        sb.Append(Line("entrepreneur_id", "establishment", "structure", "entry_date", "cesa_date", "associate_application_date",
            "associate_date", "exit_date", "exit_category", "gender", "birth_date", "residence_area", "qualification",
            "status_at_entry", "income_at_entry", "prescriber"));
        foreach (var p in people.OrderBy(p => p.Id, StringComparer.Ordinal))
        {
            sb.Append(Line(p.Id, p.Establishment, p.Structure, Date(p.Entry), Date(p.Cesa), Date(p.Application), Date(p.Associate),
                Date(p.Exit), p.ExitCategory ?? "", p.Gender, Date(p.Birth), p.Area, p.Qualification, p.Status, p.Income, p.Prescriber));
        }
        File.WriteAllText(Path.Combine(dir, "paths.csv"), sb.ToString(), Utf8);

        sb.Clear();
        sb.Append(Line("entrepreneur_id", "month", "structure", "establishment", "turnover", "purchases", "contribution", "salary_hours"));
        foreach (var r in rows.OrderBy(r => r.P.Id, StringComparer.Ordinal).ThenBy(r => r.Month).ThenBy(r => r.Structure, StringComparer.Ordinal))
        {
            string month = $"{K.YearOf(r.Month).ToString(CultureInfo.InvariantCulture)}-{(r.Month % 12 + 1).ToString("D2", CultureInfo.InvariantCulture)}";
            sb.Append(Line(r.P.Id, month, r.Structure, "", Cents(r.Turnover), Cents(r.Purchases), Cents(r.Contribution), Cents(r.Hours)));
        }
        File.WriteAllText(Path.Combine(dir, "activity.csv"), sb.ToString(), Utf8);

        var assemblies = string.Join(", ", K.Assemblies.Select(a => $"\"{Date(a)}\""));
        var policy = $$"""
            {
              "support_limit_months": 24,
              "assemblies": [{{assemblies}}],
              "admission": "next_assembly",
              "contribution": {
                "base": "gross_margin",
                "rates": [ { "from": "2014-01-01", "rate": 0.10 } ]
              },
              "employer_charges": [ { "from": "2011-12-01", "by_smic_multiple": [[1.0, 0.05], [1.163, 0.16], [1.449, 0.30]],
                                      "reference": { "title": "Barème propre à l'exemple (points d'un exemple chiffré 2024 de la réduction générale, Code de la sécurité sociale L241-13), pas celui de Coopilote" } } ],
              "fte_annual_hours": 1820,
              "positive_exits": ["creation", "associate", "employment"],
              "perennial_exits": ["creation", "associate"],
              "reporting_units": [
                { "structure": "Coopilote", "establishment": "Besançon", "label": "Coopilote B" },
                { "structure": "Coopilote", "establishment": "Montbéliard", "label": "Coopilote M" }
              ],
              "support_budget": { "2015": 440000 }
            }

            """;
        File.WriteAllText(Path.Combine(dir, "policy.json"), policy.ReplaceLineEndings("\n"), Utf8);
    }
}

// ====================================================================== enDI exports (samples/endi)

/// <summary>
/// Writes the same people as one enDI instance of the cooperative would export them: the data query
/// "Chiffre d'affaire par entrepreneur" (ca_porteurs_periode) for 2014 and for 2015, each made in the January
/// after its year, and the mapping.json of the labels the cooperative configured (data contract §5').
/// </summary>
/// <remarks>
/// The instance holds one structure: the four structures of the contract files are one cooperative here, so
/// each person's turnover of a month is the sum of their rows of that month, whatever the structure. enDI has
/// no payroll and no purchases: hours, purchases and contributions are not written. Associates do not leave in
/// enDI: they keep no exit date, only their date of entry into the sociétariat. An export shows what was known
/// on the day it was made: the 2014 export (made on 2015-01-15) has no 2015 admission, CESA or exit. Labels are
/// chosen from the person's number, not from the random generator, so the contract files stay as they were.
/// </remarks>
static class EndiWriter
{
    static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    const char Thousands = '\u202F'; // what Python's fr_FR locale groups thousands with

    static readonly string[] Headers =
    [
        "ID Utilisateur", "Identifiant interne", "Code(s) analytique(s)", "Civilité", "Nom", "Prénom", "Sexe", "Age",
        "Code postal", "Ville", "Zone d'habitation", "Qualification de la zone d'habitation", "Statut social à l'entrée",
        "Statut social actuel", "Antenne de rattachement", "Situation actuelle dans la CAE", "Date d'entrée dans la CAE",
        "Ancienneté (en mois)", "Date de contrat", "Date d'entrée au sociétariat", "Date de sortie", "Motif de sortie",
        "-----", "Typologie d'activité", "Enseigne(s)", "Descriptif(s) d'activité(s)", "Domaine d’activité principal",
        "-----", "CA TOTAL",
    ];

    // the month abbreviations of Python's fr_FR locale, which enDI's headers use
    static readonly string[] Months = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."];

    public static readonly Dictionary<string, string> Antennas = new()
    {
        [K.B] = "Antenne de Besançon", [K.M] = "Antenne du Pays de Montbéliard",
    };

    // exit reasons as the cooperative configured them in enDI, by contract category
    public static readonly Dictionary<string, string[]> ExitLabels = new()
    {
        ["creation"] = ["Création ou reprise d'entreprise", "Exerce une activité d'indépendant"],
        ["employment"] = ["Exerce un emploi durable (CDI ou CDD)", "Embauche par un client"],
        ["other"] = ["Abandon du projet", "Raisons personnelles", "Déménagement", "Activité insuffisante"],
    };

    static readonly Dictionary<string, string> StatusLabels = new()
    {
        ["job_seeker"] = "Demandeur d'emploi", ["long_term_job_seeker"] = "Demandeur d'emploi de longue durée", ["employee"] = "Salarié", ["inactive"] = "Sans activité professionnelle", ["other"] = "Autre",
    };

    static readonly Dictionary<string, (string Typology, string Domain)> Trades = new()
    {
        [K.Coop] = ("Services", "Conseil et services aux entreprises"), [K.Bati] = ("Bâtiment", "Second œuvre du bâtiment"),
        [K.Forma] = ("Formation", "Formation professionnelle"), [K.Svp] = ("Services à la personne", "Aide à domicile"),
    };

    static int Number(Person p) => int.Parse(p.Id.AsSpan(2), NumberStyles.None, CultureInfo.InvariantCulture);

    /// <summary>The exit reason written for a person who left other than as an associate.</summary>
    public static string ExitLabel(Person p)
    {
        var labels = ExitLabels[p.ExitCategory!];
        return labels[Number(p) * 7 % labels.Length];
    }

    /// <summary>enDI's date: day padded with a space, month on two digits (<c>%e/%m/%Y</c>).</summary>
    static string Date(DateOnly? d) => d is { } x
        ? x.Day.ToString(CultureInfo.InvariantCulture).PadLeft(2) + "/" + x.Month.ToString("D2", CultureInfo.InvariantCulture) + "/" + x.Year.ToString(CultureInfo.InvariantCulture)
        : "";

    /// <summary>French amount: thousands grouped by a narrow no-break space, decimal comma, two decimals.</summary>
    static string Amount(long cents)
    {
        var euros = (Math.Abs(cents) / 100).ToString(CultureInfo.InvariantCulture);
        var grouped = new StringBuilder();
        for (int i = 0; i < euros.Length; i++)
        {
            if (i > 0 && (euros.Length - i) % 3 == 0) { grouped.Append(Thousands); }
            grouped.Append(euros[i]);
        }
        return (cents < 0 ? "-" : "") + grouped + "," + (Math.Abs(cents) % 100).ToString("D2", CultureInfo.InvariantCulture);
    }

    static string Line(IEnumerable<string> cells) => string.Join(';', cells.Select(c => "\"" + c.Replace("\"", "\"\"") + "\"")) + "\r\n";

    public static void WriteAll(string dir, List<Person> people, List<Row> rows)
    {
        var turnover = rows.GroupBy(r => (r.P, r.Month)).ToDictionary(g => g.Key, g => g.Sum(r => r.Turnover));
        foreach (var year in new[] { 2014, 2015 })
        {
            var madeOn = new DateOnly(year + 1, 1, 15);
            var periodStart = new DateOnly(year, 1, 1);
            var sb = new StringBuilder();
            sb.Append(Line(Headers.Concat(Months.Select(m => $"CA {m} {year % 100:D2}"))));
            // people active on the period: entered by its end and not gone before its start (associates stay)
            var listed = people
                .Where(p => p.Entry.Year <= year && (p.Exit is not { } x || p.ExitCategory == "associate" || x >= periodStart))
                .OrderBy(Number);
            foreach (var p in listed)
            {
                DateOnly? Known(DateOnly? d) => d is { } x && x <= madeOn ? x : null;
                var associate = Known(p.Associate);
                var exit = p.ExitCategory == "associate" ? null : Known(p.Exit);
                var cesa = Known(p.Cesa);
                var asOf = exit is { } gone && gone < madeOn ? gone : madeOn;
                int seniority = K.MonthsBetween(p.Entry, asOf);
                var (trade, domain) = Trades[p.Structure];
                string situation = exit is not null ? "Sortie" : associate is not null ? "Associé" : cesa is not null ? "Entrepreneur salarié (CESA)" : "Porteur de projet (CAPE)";
                var months = Enumerable.Range(1, 12).Select(m => turnover.GetValueOrDefault((p, K.Mi(year, m)))).ToArray();
                var cells = new List<string>
                {
                    (1000 + Number(p)).ToString(CultureInfo.InvariantCulture), p.Id,
                    "ES" + Number(p).ToString("D4", CultureInfo.InvariantCulture),
                    p.Gender == "F" ? "Madame" : "Monsieur", "Fictif", p.Id, p.Gender,
                    (K.MonthsBetween(p.Birth, new DateOnly(year, 12, 31)) / 12).ToString(CultureInfo.InvariantCulture),
                    p.Establishment == K.B ? "25000" : "25200", p.Establishment == K.B ? "Besançon" : "Montbéliard",
                    p.Area, "", StatusLabels[p.Status], situation == "Sortie" ? "" : StatusLabels[p.Status],
                    Antennas[p.Establishment], situation, Date(p.Entry), seniority.ToString(CultureInfo.InvariantCulture),
                    Date(cesa), Date(associate), Date(exit), exit is null ? "" : ExitLabel(p),
                    "", trade, $"Activité {p.Id}", domain, domain, "", Amount(months.Sum()),
                };
                cells.AddRange(months.Select(Amount));
                sb.Append(Line(cells));
            }
            File.WriteAllText(Path.Combine(dir, $"ca-porteurs-{year}.csv"), sb.ToString(), Utf8);
        }

        var mapping = new StringBuilder();
        mapping.Append("{\n  \"structure\": \"Coopilote\",\n  \"establishments\": {\n");
        mapping.Append(string.Join(",\n", K.Establishments.Order(StringComparer.Ordinal).Select(e => $"    {Json(Antennas[e])}: {Json(e)}")));
        mapping.Append("\n  },\n  \"exit_categories\": {\n");
        mapping.Append(string.Join(",\n", ExitLabels.SelectMany(kv => kv.Value.Select(l => $"    {Json(l)}: {Json(kv.Key)}"))));
        mapping.Append("\n  }\n}\n");
        File.WriteAllText(Path.Combine(dir, "mapping.json"), mapping.ToString(), Utf8);
    }

    static string Json(string s)
    {
        if (s.Any(c => c < ' ')) { throw new InvalidOperationException($"label needs escaping: {s}"); }
        return "\"" + s.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
    }
}

// ====================================================================== self-check

sealed record PathRec(string Id, string Est, string Str, DateOnly Entry, DateOnly? Cesa, DateOnly? App, DateOnly? Assoc,
    DateOnly? Exit, string Cat, string Gender, string Area, string Qual, string Status, string Income, string Prescriber);

sealed record ActRec(string Id, int Month, string Str, string Est, decimal Turnover, decimal Purchases, decimal Contribution, decimal Hours);

static class SelfCheck
{
    static readonly List<(string Section, string Figure, string Target, string Actual, string Status)> lines = [];
    static int failures;

    static string F(decimal d, int decimals) => Math.Round(d, decimals, MidpointRounding.AwayFromZero).ToString("F" + decimals, CultureInfo.InvariantCulture);

    static void Exact(string section, string figure, decimal target, decimal actual)
    {
        bool ok = target == actual;
        if (!ok) { failures++; }
        lines.Add((section, figure, target.ToString(CultureInfo.InvariantCulture), actual.ToString(CultureInfo.InvariantCulture), ok ? "ok" : "MISSED"));
    }

    /// <summary>A figure printed rounded to <paramref name="decimals"/>: the data, rounded the same way
    /// (half away from zero), must give it.</summary>
    static void Printed(string section, string figure, decimal printed, decimal actual, int decimals)
    {
        bool ok = Math.Round(actual, decimals, MidpointRounding.AwayFromZero) == printed;
        if (!ok) { failures++; }
        lines.Add((section, figure, printed.ToString(CultureInfo.InvariantCulture), F(actual, decimals + 2), ok ? "ok" : "MISSED"));
    }

    /// <summary>A euro amount printed to the euro: the data's amount (to the cent) must round to it.</summary>
    static void Euro(string section, string figure, decimal printed, decimal actual)
    {
        bool ok = Math.Round(actual, 0, MidpointRounding.AwayFromZero) == printed;
        if (!ok) { failures++; }
        lines.Add((section, figure, printed.ToString(CultureInfo.InvariantCulture), F(actual, 2), ok ? "ok" : "MISSED"));
    }

    /// <summary>A published figure the data cannot reproduce (documented in README.md); reported, not failed.</summary>
    static void Known(string section, string figure, decimal printed, decimal actual, int decimals)
    {
        lines.Add((section, figure, printed.ToString(CultureInfo.InvariantCulture), F(actual, decimals + 2), "not reproducible"));
    }

    static DateOnly? D(string s) => s.Length == 0 ? null : DateOnly.ParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture);
    static decimal N(string s) => s.Length == 0 ? 0m : decimal.Parse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);

    static List<Dictionary<string, string>> ReadCsv(string file, List<string> problems)
    {
        var bytes = File.ReadAllBytes(file);
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF) { problems.Add($"{file}: BOM"); }
        var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        if (text.Contains('\r')) { problems.Add($"{file}: CR line ending"); }
        var all = text.Split('\n');
        if (all[^1].Length != 0) { problems.Add($"{file}: no final newline"); }
        var header = all[0].Split(',');
        var result = new List<Dictionary<string, string>>();
        foreach (var line in all.Skip(1).Where(l => l.Length > 0))
        {
            var cells = line.Split(',');
            if (cells.Length != header.Length) { problems.Add($"{file}: bad column count: {line}"); continue; }
            result.Add(header.Zip(cells).ToDictionary(x => x.First, x => x.Second));
        }
        return result;
    }

    public static int Run(string dir)
    {
        var problems = new List<string>();
        var pathRows = ReadCsv(Path.Combine(dir, "paths.csv"), problems);
        var actRows = ReadCsv(Path.Combine(dir, "activity.csv"), problems);
        using var policy = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "policy.json")));
        var pol = policy.RootElement;
        var known = new HashSet<string>(StringComparer.Ordinal)
        {
            "support_limit_months", "assemblies", "admission", "application_cutoff_days", "contribution", "employer_charges",
            "smic_hourly", "fte_annual_hours", "positive_exits", "perennial_exits", "reporting_units", "support_budget",
        };
        foreach (var prop in pol.EnumerateObject()) { if (!known.Contains(prop.Name)) { problems.Add($"policy.json: unknown field {prop.Name}"); } }
        var assemblies = pol.GetProperty("assemblies").EnumerateArray().Select(e => D(e.GetString() ?? "")!.Value).Order().ToList();
        decimal fteHours = pol.GetProperty("fte_annual_hours").GetDecimal();
        decimal budget = pol.GetProperty("support_budget").GetProperty("2015").GetDecimal();
        var positive = pol.GetProperty("positive_exits").EnumerateArray().Select(e => e.GetString()).ToHashSet();
        var perennial = pol.GetProperty("perennial_exits").EnumerateArray().Select(e => e.GetString()).ToHashSet();
        var unitMap = pol.GetProperty("reporting_units").EnumerateArray()
            .ToDictionary(e => (e.GetProperty("structure").GetString() ?? "", e.GetProperty("establishment").GetString() ?? ""), e => e.GetProperty("label").GetString() ?? "");
        string Unit(string str, string est) => unitMap.TryGetValue((str, est), out var l) ? l : str;

        // ---- contract rejection rules (§1) and sample-specific sanity rules ----
        var paths = new List<PathRec>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var r in pathRows)
        {
            var p = new PathRec(r["entrepreneur_id"], r["establishment"], r["structure"], D(r["entry_date"]) ?? default, D(r["cesa_date"]),
                D(r["associate_application_date"]), D(r["associate_date"]), D(r["exit_date"]), r["exit_category"], r["gender"],
                r["residence_area"], r["qualification"], r["status_at_entry"], r["income_at_entry"], r["prescriber"]);
            if (p.Id.Length == 0 || p.Est.Length == 0 || p.Str.Length == 0 || r["entry_date"].Length == 0) { problems.Add($"{p.Id}: required value missing"); }
            if (!ids.Add(p.Id)) { problems.Add($"{p.Id}: duplicate id"); }
            if (p.Exit < p.Entry) { problems.Add($"{p.Id}: exit before entry"); }
            if (p.Cesa < p.Entry) { problems.Add($"{p.Id}: CESA before entry"); }
            if ((p.Exit is null) != (p.Cat.Length == 0)) { problems.Add($"{p.Id}: exit date and category not both set"); }
            if (p.Cat.Length > 0 && !K.Categories.Contains(p.Cat)) { problems.Add($"{p.Id}: unknown category"); }
            if (p.Assoc is { } a)
            {
                if (!assemblies.Contains(a)) { problems.Add($"{p.Id}: associate date not an assembly"); }
                if (p.Exit != a || p.Cat != "associate") { problems.Add($"{p.Id}: associate without associate exit"); }
                if (p.App is not { } app || assemblies.First(x => x >= app) != a) { problems.Add($"{p.Id}: admission not at the next assembly after the application"); }
            }
            else if (p.Cat == "associate") { problems.Add($"{p.Id}: associate exit without associate date"); }
            if (p.Gender is not ("F" or "M")) { problems.Add($"{p.Id}: gender"); }
            paths.Add(p);
        }
        var byId = paths.ToDictionary(p => p.Id, StringComparer.Ordinal);
        var acts = new List<ActRec>();
        var keys = new HashSet<(string, int, string)>();
        foreach (var r in actRows)
        {
            var id = r["entrepreneur_id"];
            var mo = r["month"];
            int mi = K.Mi(int.Parse(mo[..4], CultureInfo.InvariantCulture), int.Parse(mo[5..], CultureInfo.InvariantCulture));
            if (!byId.TryGetValue(id, out var p)) { problems.Add($"activity {id}: unknown person"); continue; }
            var a = new ActRec(id, mi, r["structure"], r["establishment"].Length > 0 ? r["establishment"] : p.Est,
                N(r["turnover"]), N(r["purchases"]), N(r["contribution"]), N(r["salary_hours"]));
            if (!keys.Add((id, mi, a.Str))) { problems.Add($"activity {id} {mo}: duplicate"); }
            if (a.Hours < 0 || a.Hours > 744) { problems.Add($"activity {id} {mo}: hours out of [0, 744]"); }
            if (a.Hours > 151.67m) { problems.Add($"activity {id} {mo}: more than 151.67 h"); }
            if (a.Purchases < 0) { problems.Add($"activity {id} {mo}: negative purchases"); }
            if (mi < K.Mi(p.Entry)) { problems.Add($"activity {id} {mo}: before entry"); }
            if (p.Exit is { } x && p.Cat != "associate" && mi > K.Mi(x)) { problems.Add($"activity {id} {mo}: after exit"); }
            if (r["contribution"].Length == 0) { problems.Add($"activity {id} {mo}: contribution not given"); }
            acts.Add(a);
        }
        foreach (var g in acts.GroupBy(a => (a.Id, a.Month)).Where(g => g.Sum(a => a.Hours) > 151.67m))
        {
            problems.Add($"activity {g.Key.Id} {g.Key.Month}: more than 151.67 h in the month");
        }
        foreach (var p in problems.Take(20)) { Console.Error.WriteLine("problem: " + p); }
        Exact("data", "rows violating the contract or the sample's rules", 0, problems.Count);
        lines.Add(("data", "paths / activity rows", "", $"{paths.Count} / {acts.Count}", "info"));

        bool IsAssocRow(ActRec a) => byId[a.Id].Assoc is { } d && K.Mi(d) <= a.Month;
        const int Y = 2015;

        // ---- flows ----
        bool PresentStart(PathRec p, int y) => p.Entry < new DateOnly(y, 1, 1) && (p.Exit is null || p.Exit >= new DateOnly(y, 1, 1));
        bool Enters(PathRec p, int y) => p.Entry.Year == y;
        bool Exits(PathRec p, int y) => p.Exit?.Year == y;
        bool Accompanied(PathRec p, int y) => PresentStart(p, y) || Enters(p, y);
        var ref2015 = new Dictionary<string, int[]>
        {
            ["est Besançon"] = [46, 31, 77, 29, 48], ["est Montbéliard"] = [49, 29, 78, 32, 46], ["total"] = [95, 60, 155, 61, 94],
            ["str Coopilote"] = [71, 39, 110, 50, 60], ["str Baticoop"] = [16, 14, 30, 5, 25], ["str Formacoop"] = [7, 5, 12, 5, 7], ["str SVP"] = [1, 2, 3, 1, 2],
        };
        string[] flowNames = ["present_start", "entries", "accompanied", "exits", "present_end"];
        foreach (var (key, target) in ref2015)
        {
            var set = key == "total" ? paths : key.StartsWith("est ", StringComparison.Ordinal) ? paths.Where(p => p.Est == key[4..]).ToList() : paths.Where(p => p.Str == key[4..]).ToList();
            int ps = set.Count(p => PresentStart(p, Y)), en = set.Count(p => Enters(p, Y)), ex = set.Count(p => Exits(p, Y));
            int[] actual = [ps, en, ps + en, ex, ps + en - ex];
            for (int i = 0; i < 5; i++) { Exact("flows", $"{key} {flowNames[i]}", target[i], actual[i]); }
        }
        var crosstab = new Dictionary<string, int[]> { [K.M] = [54, 14, 9, 1], [K.B] = [56, 16, 3, 2] };
        foreach (var (est, target) in crosstab)
        {
            for (int s = 0; s < 4; s++)
            {
                Exact("flows", $"accompanied {est} × {K.Structures[s]}", target[s], paths.Count(p => p.Est == est && p.Str == K.Structures[s] && Accompanied(p, Y)));
            }
        }
        int pe2014 = paths.Count(p => Accompanied(p, 2014)) - paths.Count(p => Exits(p, 2014));
        lines.Add(("flows", "2014 present_start / entries / accompanied / exits / present_end (not published)", "",
            $"{paths.Count(p => PresentStart(p, 2014))} / {paths.Count(p => Enters(p, 2014))} / {paths.Count(p => Accompanied(p, 2014))} / {paths.Count(p => Exits(p, 2014))} / {pe2014}", "info"));
        Exact("flows", "present_end 2014 = present_start 2015", 95, pe2014);

        // ---- exits ----
        var exits = paths.Where(p => Exits(p, Y)).ToList();
        var exitTargets = new Dictionary<string, int[]>
        {
            ["est Besançon"] = [6, 5, 5, 0, 0, 13, 29], ["est Montbéliard"] = [5, 5, 8, 0, 0, 14, 32],
            ["str Coopilote"] = [10, 8, 9, 0, 0, 23, 50], ["str Baticoop"] = [0, 1, 2, 0, 0, 2, 5],
            ["str Formacoop"] = [1, 1, 2, 0, 0, 1, 5], ["str SVP"] = [0, 0, 0, 0, 0, 1, 1], ["total"] = [11, 10, 13, 0, 0, 27, 61],
        };
        foreach (var (key, target) in exitTargets)
        {
            var set = key == "total" ? exits : key.StartsWith("est ", StringComparison.Ordinal) ? exits.Where(p => p.Est == key[4..]).ToList() : exits.Where(p => p.Str == key[4..]).ToList();
            for (int c = 0; c < 6; c++) { Exact("exits", $"{key} {K.Categories[c]}", target[c], set.Count(p => p.Cat == K.Categories[c])); }
            Exact("exits", $"{key} total", target[6], set.Count);
        }
        int pos = exits.Count(p => positive.Contains(p.Cat)), per = exits.Count(p => perennial.Contains(p.Cat));
        Exact("exits", "positive exits (count)", 34, pos);
        Exact("exits", "perennial exits (count)", 21, per);
        Printed("exits", "positive_rate", 0.56m, (decimal)pos / exits.Count, 2);
        Known("exits", "perennial_rate (21/61 printed 35 %)", 0.35m, (decimal)per / exits.Count, 2);
        var exits2014 = paths.Where(p => Exits(p, 2014)).ToList();
        Exact("exits", "2014 exits", 44, exits2014.Count);
        Exact("exits", "2014 perennial exits", 15, exits2014.Count(p => perennial.Contains(p.Cat)));

        // ---- path durations ----
        decimal AvgDur(IEnumerable<PathRec> set) => (decimal)set.Average(p => K.MonthsBetween(p.Entry, p.Exit!.Value));
        Printed("duration", "average (months)", 19, AvgDur(exits), 0);
        foreach (var (cat, target) in new[] { ("creation", 18m), ("associate", 35m), ("employment", 16m), ("other", 15m) })
        {
            Printed("duration", $"average {cat}", target, AvgDur(exits.Where(p => p.Cat == cat)), 0);
        }

        // ---- turnover ----
        var y15 = acts.Where(a => K.YearOf(a.Month) == Y).ToList();
        var y14 = acts.Where(a => K.YearOf(a.Month) == Y - 1).ToList();
        string[] units = K.Units;
        long[] tAssoc = [417129, 1407505, 516719, 20877, 3111], tAcc = [627750, 239136, 797094, 157071, 98714], tTot = [1044879, 1646640, 1313813, 177948, 101825];
        int[] tSal = [36, 34, 20, 20, 9];
        decimal[] tAvgSal = [17438, 7033, 39855, 7854, 10968];
        var assocCount = new Dictionary<string, int>();
        var assocTurnover = new Dictionary<string, decimal>();
        for (int u = 0; u < units.Length; u++)
        {
            var rows = y15.Where(a => Unit(a.Str, a.Est) == units[u]).ToList();
            decimal asso = rows.Where(IsAssocRow).Sum(a => a.Turnover), acc = rows.Where(a => !IsAssocRow(a)).Sum(a => a.Turnover);
            int sal = rows.Where(a => !IsAssocRow(a) && a.Hours > 0).Select(a => a.Id).Distinct().Count();
            assocCount[units[u]] = rows.Where(IsAssocRow).Select(a => a.Id).Distinct().Count();
            assocTurnover[units[u]] = asso;
            Euro("turnover", $"{units[u]} associates", tAssoc[u], asso);
            Euro("turnover", $"{units[u]} accompanied", tAcc[u], acc);
            Euro("turnover", $"{units[u]} total", tTot[u], asso + acc);
            Exact("turnover", $"{units[u]} salaried_accompanied", tSal[u], sal);
            Printed("turnover", $"{units[u]} average_per_salaried_accompanied", tAvgSal[u], acc / sal, 0);
        }
        decimal tot15 = y15.Sum(a => a.Turnover), assoc15 = y15.Where(IsAssocRow).Sum(a => a.Turnover), acc15 = tot15 - assoc15;
        Euro("turnover", "total", 4285105, tot15);
        Euro("turnover", "associates", 2365340, assoc15);
        Euro("turnover", "accompanied", 1919766, acc15);
        int coopAssoc = assocCount["Coopilote B"] + assocCount["Coopilote M"];
        Exact("turnover", "associates_count Coopilote (B + M)", 28, coopAssoc);
        Exact("turnover", "associates_count Baticoop", 10, assocCount[K.Bati]);
        Exact("turnover", "associates_count Formacoop", 5, assocCount[K.Forma]);
        Exact("turnover", "associates_count SVP", 3, assocCount[K.Svp]);
        Printed("turnover", "average_per_associate Coopilote (B + M)", 65165, (assocTurnover["Coopilote B"] + assocTurnover["Coopilote M"]) / coopAssoc, 0);
        Printed("turnover", "average_per_associate Baticoop", 51672, assocTurnover[K.Bati] / assocCount[K.Bati], 0);
        Printed("turnover", "average_per_associate Formacoop", 4175, assocTurnover[K.Forma] / assocCount[K.Forma], 0);
        Printed("turnover", "average_per_associate SVP", 1037, assocTurnover[K.Svp] / assocCount[K.Svp], 0);
        decimal tot14 = y14.Sum(a => a.Turnover), assoc14 = y14.Where(IsAssocRow).Sum(a => a.Turnover), acc14 = tot14 - assoc14;
        decimal bati15 = y15.Where(a => a.Str == K.Bati).Sum(a => a.Turnover), bati14 = y14.Where(a => a.Str == K.Bati).Sum(a => a.Turnover);
        lines.Add(("turnover", "2014 total / associates / accompanied / Baticoop (chosen)", "", $"{F(tot14, 2)} / {F(assoc14, 2)} / {F(acc14, 2)} / {F(bati14, 2)}", "info"));
        Printed("turnover", "growth total", 0.17m, (tot15 - tot14) / tot14, 2);
        Printed("turnover", "growth associates", 0.04m, (assoc15 - assoc14) / assoc14, 2);
        Known("turnover", "growth accompanied", 0.44m, (acc15 - acc14) / acc14, 2);
        Printed("turnover", "growth Baticoop", 0.26m, (bati15 - bati14) / bati14, 2);

        // ---- secondary activity ----
        foreach (var (str, target) in new[] { (K.Forma, 18), (K.Svp, 12) })
        {
            Exact("secondary", $"people with activity under {str} but another path structure", target,
                y15.Where(a => a.Str == str && byId[a.Id].Str != str).Select(a => a.Id).Distinct().Count());
        }

        foreach (var str in K.Structures)
        {
            var accIds = paths.Where(p => Accompanied(p, Y)).Select(p => p.Id).ToHashSet();
            lines.Add(("secondary", $"accompanied people with activity under {str} (people_with_activity_by_structure)", "",
                y15.Where(a => a.Str == str && accIds.Contains(a.Id)).Select(a => a.Id).Distinct().Count().ToString(CultureInfo.InvariantCulture), "info"));
        }

        // ---- turnover by year of support (contract §3') ----
        var supportRows = y15.Where(a => !IsAssocRow(a)).ToList();
        foreach (var g in supportRows.GroupBy(a => K.SupportYear(byId[a.Id].Entry, a.Month)).OrderBy(g => g.Key))
        {
            int personMonths = g.Select(a => (a.Id, a.Month)).Distinct().Count();
            decimal annualised = 12m * g.Sum(a => a.Turnover) / personMonths;
            string label = $"support year {g.Key}: annualised average ({g.Select(a => a.Id).Distinct().Count()} people, {personMonths} person-months)";
            if (g.Key == 1)
            {
                bool ok = annualised >= 9000m && annualised <= 10000m;
                if (!ok) { failures++; }
                lines.Add(("turnover", label, "9000 to 10000", F(annualised, 2), ok ? "ok" : "MISSED"));
            }
            else if (g.Key == 2)
            {
                Printed("turnover", label + " (\"about 20 000\", to the thousand)", 20m, annualised / 1000m, 0);
            }
            else
            {
                lines.Add(("turnover", label, "", F(annualised, 2), "info"));
            }
        }

        // ---- salary ----
        decimal[] hTarget = [19006, 14746, 11036, 4855, 4237];
        decimal[] fteT = [10, 8, 6, 3, 2], avgT = [44, 36, 46, 20, 39];
        decimal hSum = 0; int salSum = 0;
        for (int u = 0; u < units.Length; u++)
        {
            var rows = y15.Where(a => Unit(a.Str, a.Est) == units[u] && !IsAssocRow(a)).ToList();
            decimal h = rows.Sum(a => a.Hours);
            int sal = rows.Where(a => a.Hours > 0).Select(a => a.Id).Distinct().Count();
            hSum += h; salSum += sal;
            Exact("salary", $"{units[u]} hours", hTarget[u], h);
            Exact("salary", $"{units[u]} salaried", tSal[u], sal);
            Printed("salary", $"{units[u]} fte", fteT[u], h / fteHours, 0);
            Printed("salary", $"{units[u]} average hours per salaried per month", avgT[u], h / sal / 12, 0);
        }
        Exact("salary", "total hours", 53880, hSum);
        Exact("salary", "total salaried", 119, salSum);
        Printed("salary", "total fte", 30, hSum / fteHours, 0);
        Printed("salary", "total average hours per salaried per month", 38, hSum / salSum / 12, 0);

        // ---- contributions ----
        var cT = new Dictionary<string, decimal[]> { [K.M] = [83252, 50321, 10696, 1436], [K.B] = [76641, 30571, 5659, 6897] };
        var cEstT = new Dictionary<string, decimal> { [K.M] = 145705, [K.B] = 119769 };
        foreach (var (est, target) in cT)
        {
            for (int s = 0; s < 4; s++)
            {
                Euro("contributions", $"{K.Structures[s]} × {est}", target[s], y15.Where(a => a.Str == K.Structures[s] && a.Est == est).Sum(a => a.Contribution));
            }
            Euro("contributions", $"{est}", cEstT[est], y15.Where(a => a.Est == est).Sum(a => a.Contribution));
        }
        decimal[] strT = [159894, 80892, 16355, 8333], shareT = [0.56m, 0.33m, 0.11m, 0.65m];
        for (int s = 0; s < 4; s++)
        {
            var rows = y15.Where(a => a.Str == K.Structures[s]).ToList();
            decimal all = rows.Sum(a => a.Contribution);
            Euro("contributions", $"{K.Structures[s]}", strT[s], all);
            Printed("contributions", $"associates share {K.Structures[s]}", shareT[s], rows.Where(IsAssocRow).Sum(a => a.Contribution) / all, 2);
        }
        decimal c15 = y15.Sum(a => a.Contribution), c14 = y14.Sum(a => a.Contribution);
        Euro("contributions", "total", 265474, c15);
        Euro("contributions", "2014 Montbéliard", 124300, y14.Where(a => a.Est == K.M).Sum(a => a.Contribution));
        Euro("contributions", "2014 Besançon", 83200, y14.Where(a => a.Est == K.B).Sum(a => a.Contribution));
        Euro("contributions", "2014 total", 207500, c14);
        Printed("contributions", "growth", 0.28m, (c15 - c14) / c14, 2);
        decimal sf = c15 / budget;
        bool sfOk = sf >= 0.60m;
        if (!sfOk) { failures++; }
        lines.Add(("contributions", "self_financing (over 60 %)", "≥ 0.60", F(sf, 4), sfOk ? "ok" : "MISSED"));

        // ---- typology ----
        var acc2015 = paths.Where(p => Accompanied(p, Y)).ToList();
        var acc2014 = paths.Where(p => Accompanied(p, 2014)).ToList();
        decimal Women(List<PathRec> set) => (decimal)set.Count(p => p.Gender == "F") / set.Count(p => p.Gender is "F" or "M");
        decimal Share(Func<PathRec, bool> f) => (decimal)acc2015.Count(f) / acc2015.Count;
        Printed("typology", "women_share 2015", 0.45m, Women(acc2015), 2);
        Printed("typology", "women_share 2014", 0.50m, Women(acc2014), 2);
        Printed("typology", "higher education share", 0.61m, Share(p => p.Qual == "higher_education"), 2);
        Printed("typology", "CAP/BEP share (approx.)", 0.25m, Share(p => p.Qual == "cap_bep"), 2);
        Printed("typology", "job seekers at entry share (job_seeker + long_term_job_seeker)", 0.86m, Share(p => p.Status is "job_seeker" or "long_term_job_seeker"), 2);
        Printed("typology", "long-term job seekers share (of the accompanied)", 0.35m, Share(p => p.Status == "long_term_job_seeker"), 2);
        Printed("typology", "unemployment benefit at entry share", 0.67m, Share(p => p.Income == "unemployment_benefit"), 2);
        foreach (var est in K.Establishments)
        {
            foreach (var (area, counts) in K.Origins[est])
            {
                for (int s = 0; s < 4; s++)
                {
                    Exact("typology", $"origin {est}: {area} × {K.Structures[s]}", counts[s], acc2015.Count(p => p.Est == est && p.Area == area && p.Str == K.Structures[s]));
                }
                Exact("typology", $"origin {est}: {area} total", counts.Sum(), acc2015.Count(p => p.Est == est && p.Area == area));
            }
        }

        // ---- print ----
        Console.WriteLine("| section | figure | published | data | status |");
        Console.WriteLine("|---|---|---|---|---|");
        foreach (var l in lines) { Console.WriteLine($"| {l.Section} | {l.Figure} | {l.Target} | {l.Actual} | {l.Status} |"); }
        Console.WriteLine();
        Console.WriteLine(failures == 0
            ? $"self-check passed: {lines.Count(l => l.Status == "ok")} figures reproduced, {lines.Count(l => l.Status == "not reproducible")} documented as not reproducible."
            : $"self-check FAILED: {failures} figure(s) missed.");
        return failures == 0 ? 0 : 1;
    }
}

// ---------------------------------------------------------------------- sessions.csv and candidates.csv

/// <summary>
/// The information sessions, workshops and project groups of 2014 and 2015 and the people received at the information
/// sessions (contract §1'), from their own seeded Random: paths.csv and activity.csv do not change. The joined candidates
/// are the people who entered in 2014 or 2015, each at a session of their establishment on or before their entry.
/// </summary>
static class SessionsWriter
{
    const int SessionsSeed = 468;
    static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    // (establishment, place, partner, 2015 sessions, 2014 sessions); an empty place and partner = the establishment's own premises.
    static readonly (string Est, string Place, string Partner, int N2015, int N2014)[] Places =
    [
        (K.M, "", "", 11, 10), (K.M, "Belfort (MIFE)", "MIFE", 10, 8), (K.M, "Luxeuil (Pôle emploi)", "Pôle emploi", 10, 8),
        (K.B, "", "", 10, 9), (K.B, "Besançon ZFU (Cité Lab)", "Cité Lab", 8, 7), (K.B, "Pontarlier (BGE)", "BGE", 10, 8),
        (K.B, "Conliège (Juratri)", "Juratri", 9, 6),
    ];

    // Attendees by prescriber in 2015, from the bar chart "Prescripteurs par établissement"; BGE among the business-creation
    // structures (Besançon 22 + 1 other, Montbéliard 13); Besançon's "non renseigné" is 94, not the chart's 93, so that
    // Besançon receives the 284 people of the text (see README).
    static readonly Dictionary<string, (string Code, int Count)[]> Prescribers2015 = new()
    {
        [K.B] = [("pole_emploi", 72), ("bge", 22), ("business_creation", 1), ("local_partner", 4), ("association_training", 27), ("communication", 13), ("word_of_mouth", 51), ("", 94)],
        [K.M] = [("pole_emploi", 57), ("bge", 13), ("local_partner", 8), ("association_training", 13), ("communication", 8), ("word_of_mouth", 56), ("", 29)],
    };

    // 2014: only the total of 312 is published; the split is invented.
    static readonly Dictionary<string, (string Code, int Count)[]> Prescribers2014 = new()
    {
        [K.B] = [("pole_emploi", 50), ("bge", 15), ("local_partner", 5), ("association_training", 15), ("communication", 10), ("word_of_mouth", 30), ("", 55)],
        [K.M] = [("pole_emploi", 40), ("bge", 10), ("local_partner", 6), ("association_training", 8), ("communication", 5), ("word_of_mouth", 40), ("", 23)],
    };

    // BGE-referred attendees of 2015 who joined: 7 of 35 = 20 %.
    static readonly Dictionary<string, int> BgeJoined2015 = new() { [K.B] = 4, [K.M] = 3 };

    // Workshops (Montbéliard, Besançon) and project groups (Montbéliard, Besançon) by year; 2014 is invented.
    static readonly Dictionary<int, (int WorkshopsM, int WorkshopsB, int GroupsM, int GroupsB)> Workshops = new()
    {
        [2014] = (45, 70, 7, 9),
        [2015] = (52, 84, 8, 12),
    };

    sealed record Session(DateOnly Date, string Kind, string Est, string Place, string Partner)
    {
        public int Attendees;
    }

    sealed record Cand(string Id, DateOnly Date, string Est, string Prescriber, string Joined);

    public static void WriteAll(string dir, List<Person> people)
    {
        var rng = new Random(SessionsSeed);
        var sessions = new List<Session>();
        var candidates = new List<Cand>();
        foreach (var year in new[] { 2014, 2015 })
        {
            foreach (var est in new[] { K.B, K.M })
            {
                var prescribers = (year == 2015 ? Prescribers2015 : Prescribers2014)[est];
                var entrants = people.Where(p => p.Establishment == est && p.Entry.Year == year).OrderBy(p => p.Entry).ThenBy(p => p.Id, StringComparer.Ordinal).ToList();
                var first = entrants.Count > 0 && entrants[0].Entry < new DateOnly(year, 1, 2) ? entrants[0].Entry : new DateOnly(year, 1, 2);
                var info = InfoSessions(rng, year, est, first);
                sessions.AddRange(info);
                candidates.AddRange(Candidates(rng, year, est, info, prescribers, entrants, year == 2015 ? BgeJoined2015[est] : -1));
            }

            var (wm, wb, gm, gb) = Workshops[year];
            sessions.AddRange(Others(rng, year, K.M, "workshop", wm));
            sessions.AddRange(Others(rng, year, K.B, "workshop", wb));
            sessions.AddRange(Others(rng, year, K.M, "project_group", gm));
            sessions.AddRange(Others(rng, year, K.B, "project_group", gb));
        }

        foreach (var s in sessions.Where(s => s.Kind == "info_session"))
        {
            s.Attendees = candidates.Count(c => c.Est == s.Est && c.Date == s.Date);
        }

        var sb = new StringBuilder("date,kind,establishment,place,partner,attendees\n");
        foreach (var s in sessions.OrderBy(s => s.Date).ThenBy(s => s.Kind, StringComparer.Ordinal).ThenBy(s => s.Est, StringComparer.Ordinal))
        {
            sb.Append(Line(Day(s.Date), s.Kind, s.Est, s.Place, s.Partner, s.Kind == "info_session" ? s.Attendees.ToString(CultureInfo.InvariantCulture) : ""));
        }

        File.WriteAllText(Path.Combine(dir, "sessions.csv"), sb.ToString(), Utf8);
        sb = new StringBuilder("candidate_id,session_date,establishment,prescriber,entrepreneur_id\n");
        foreach (var c in candidates.OrderBy(c => c.Id, StringComparer.Ordinal))
        {
            sb.Append(Line(c.Id, Day(c.Date), c.Est, c.Prescriber, c.Joined));
        }

        File.WriteAllText(Path.Combine(dir, "candidates.csv"), sb.ToString(), Utf8);
        Check(sessions, candidates, people);
    }

    /// <summary>The information sessions of one establishment and year, on distinct days, the first on <paramref name="first"/> (2 January, or the first entry of the year when earlier).</summary>
    static List<Session> InfoSessions(Random rng, int year, string est, DateOnly first)
    {
        var places = Places.Where(p => p.Est == est).SelectMany(p => Enumerable.Repeat(p, year == 2015 ? p.N2015 : p.N2014)).ToList();
        Shuffle(rng, places);
        var days = new SortedSet<DateOnly> { first };
        while (days.Count < places.Count)
        {
            days.Add(new DateOnly(year, 1, 5).AddDays(rng.Next(340)));
        }

        return days.Zip(places, (d, p) => new Session(d, "info_session", est, p.Place, p.Partner)).ToList();
    }

    static IEnumerable<Session> Others(Random rng, int year, string est, string kind, int count)
    {
        for (var i = 0; i < count; i++)
        {
            yield return new Session(new DateOnly(year, 1, 5).AddDays(rng.Next(340)), kind, est, "", "");
        }
    }

    /// <summary>
    /// The candidates of one establishment and year: every entrant of the year joins from a session on or before the entry
    /// (the latest of the three before it, at random); the prescribers fill the published counts, BGE's joined first.
    /// </summary>
    static List<Cand> Candidates(Random rng, int year, string est, List<Session> info, (string Code, int Count)[] prescribers, List<Person> entrants, int bgeJoined)
    {
        var slots = prescribers.SelectMany(p => Enumerable.Repeat(p.Code, p.Count)).ToList();
        Shuffle(rng, slots);
        if (bgeJoined >= 0)
        {
            // the first bgeJoined slots are BGE's, the next ones for the other joined people are not BGE's
            var bge = slots.Where(c => c == "bge").ToList();
            var other = slots.Where(c => c != "bge").ToList();
            slots = bge.Take(bgeJoined).Concat(other.Take(entrants.Count - bgeJoined)).Concat(bge.Skip(bgeJoined)).Concat(other.Skip(entrants.Count - bgeJoined)).ToList();
        }

        if (entrants.Count > slots.Count)
        {
            throw new InvalidOperationException($"{est} {year}: more entrants than attendees");
        }

        var result = new List<Cand>();
        var tag = year == 2015 ? "IC15" : "IC14";
        var dates = info.Select(s => s.Date).OrderBy(d => d).ToList();
        var joinedSlots = Enumerable.Range(0, entrants.Count).ToList();
        Shuffle(rng, joinedSlots);
        for (var i = 0; i < slots.Count; i++)
        {
            DateOnly date;
            var joined = "";
            if (i < entrants.Count)
            {
                var person = entrants[joinedSlots[i]];
                var before = dates.Where(d => d <= person.Entry).ToList();
                date = before[Math.Max(0, before.Count - 1 - rng.Next(3))];
                joined = person.Id;
            }
            else
            {
                // each session receives at least one person; the rest at random
                var free = i - entrants.Count;
                date = free < dates.Count ? dates[free] : dates[rng.Next(dates.Count)];
            }

            result.Add(new Cand("", date, est, slots[i], joined));
        }

        var prefix = est == K.B ? "B" : "M";
        return result.OrderBy(c => c.Date).Select((c, n) => c with { Id = FormattableString.Invariant($"{tag}-{prefix}{n + 1:D3}") }).ToList();
    }

    static void Check(List<Session> sessions, List<Cand> candidates, List<Person> people)
    {
        var info2015 = sessions.Where(s => s.Kind == "info_session" && s.Date.Year == 2015).ToList();
        var c2015 = candidates.Where(c => c.Date.Year == 2015).ToList();
        var ids = people.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        var bge = c2015.Where(c => c.Prescriber == "bge").ToList();
        var failures = new List<string>();
        void Expect(string figure, long actual, long target)
        {
            if (actual != target)
            {
                failures.Add($"{figure}: {actual}, expected {target}");
            }
        }

        Expect("info sessions 2015", info2015.Count, 68);
        Expect("held in own premises", info2015.Count(s => s.Partner.Length == 0), 21);
        Expect("held at partners", info2015.Count(s => s.Partner.Length > 0), 47);
        Expect("attendees 2015", c2015.Count, 468);
        Expect("attendees Besançon", c2015.Count(c => c.Est == K.B), 284);
        Expect("attendees Montbéliard", c2015.Count(c => c.Est == K.M), 184);
        Expect("attendees 2014", candidates.Count(c => c.Date.Year == 2014), 312);
        Expect("BGE joining per mille", bge.Count(c => c.Joined.Length > 0) * 1000 / bge.Count, 200);
        Expect("joining per cent (rounded)", ((c2015.Count(c => c.Joined.Length > 0) * 200 / c2015.Count) + 1) / 2, 13);
        Expect("workshops Montbéliard", sessions.Count(s => s.Kind == "workshop" && s.Date.Year == 2015 && s.Est == K.M), 52);
        Expect("workshops Besançon", sessions.Count(s => s.Kind == "workshop" && s.Date.Year == 2015 && s.Est == K.B), 84);
        Expect("project groups", sessions.Count(s => s.Kind == "project_group" && s.Date.Year == 2015), 20);
        Expect("joined ids not in paths", candidates.Count(c => c.Joined.Length > 0 && !ids.Contains(c.Joined)), 0);
        Expect("joined after entry", candidates.Count(c => c.Joined.Length > 0 && people.Single(p => p.Id == c.Joined).Entry < c.Date), 0);
        Expect("repeated candidate ids", candidates.Count - candidates.Select(c => c.Id).Distinct().Count(), 0);
        if (failures.Count > 0)
        {
            throw new InvalidOperationException("sessions.csv and candidates.csv miss their targets: " + string.Join("; ", failures));
        }
    }

    static void Shuffle<T>(Random rng, IList<T> list)
    {
        for (int i = list.Count - 1; i > 0; i--)
        {
            int j = rng.Next(i + 1);
            (list[i], list[j]) = (list[j], list[i]);
        }
    }

    static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    static string Line(params string[] fields)
    {
        foreach (var f in fields)
        {
            if (f.IndexOfAny([',', '"', '\n', '\r']) >= 0) { throw new InvalidOperationException($"field needs quoting: {f}"); }
        }

        return string.Join(',', fields) + "\n";
    }
}
