using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace Cae.Fuzz;

/// <summary>
/// Draws the cases: a command (<c>report</c>, <c>check</c>, <c>whatif</c>, <c>pay</c>, <c>path</c>, <c>policy</c>) with
/// options, over the sample's files or small random ones, each file mutated or not (<see cref="Mutator"/>).
/// </summary>
public sealed class Cases
{
    private static readonly string[] Dates = { "2015-03-01", "2015-06-13", "2014-09-15", "2013-01-01", "2015-03-01", "2014-01-31", "1900-01-01", "2100-12-31", "1899-12-31", "2101-01-01", "9999-12-31", "0001-01-01", "2016-02-29", "2015-02-29", "abc", "", "31/12/2015" };
    private static readonly string[] Months = { "2015-01", "2015-06", "2014-03", "2016-01", "2015-12", "1900-01", "2100-12", "2101-01", "9999-12", "13/2015", "abc", "" };
    private static readonly string[] Amounts = { "0", "1000", "250.50", "42000", "1300", "-5", "1 234,56", "1e3", "1000000000000", "1000000000000.01", "99999999999999999999999", "0.001", "NaN", "" };
    private static readonly string[] Years = { "2015", "2015", "2015", "2014", "2014", "2013", "9999", "abc" };
    private static readonly string[] Structures = { "Coopilote", "Baticoop", "SVP", "coopilote", "Coopilote ", Oracle.Marker + ">", "=1+1", "é" };

    private readonly IReadOnlyDictionary<string, byte[]> corpus;

    /// <summary>Loads the seed corpus (the sample's files and scenarios).</summary>
    /// <param name="folder">The corpus folder.</param>
    public Cases(string folder) =>
        corpus = Directory.GetFiles(folder).ToDictionary(f => Path.GetFileName(f), File.ReadAllBytes);

    /// <summary>The case of an iteration.</summary>
    /// <param name="seed">The run's seed.</param>
    /// <param name="iteration">The iteration.</param>
    public FuzzCase Next(ulong seed, long iteration)
    {
        var caseSeed = Mix(seed, (ulong)iteration);
        var random = new Random((int)(caseSeed & 0x7FFFFFFF));
        var sample = random.Next(4) == 0; // the sample's files are large: one case in four
        var files = new Dictionary<string, byte[]>
        {
            ["paths.csv"] = sample ? corpus["paths.csv"] : RandomPaths(random),
            ["activity.csv"] = sample ? corpus["activity.csv"] : RandomActivity(random),
            ["policy.json"] = random.Next(2) == 0 ? corpus["policy.json"] : Encoding.UTF8.GetBytes(RandomPolicy(random)),
            ["scenario.json"] = corpus[new[] { "contribution-8-percent.json", "support-limit-30-months.json", "two-assemblies-a-year.json" }[random.Next(3)]],
            ["sessions.csv"] = corpus["sessions.csv"],
            ["candidates.csv"] = corpus["candidates.csv"],
        };
        foreach (var name in files.Keys.ToArray())
        {
            if (random.Next(2) == 0)
            {
                files[name] = Mutator.Mutate(files[name], name.EndsWith(".json", StringComparison.Ordinal), Mix(caseSeed, (ulong)name.Length));
            }
        }

        return new FuzzCase(files, Arguments(random));
    }

    /// <summary>Adds <c>--sessions</c> and <c>--candidates</c>, each one time in two.</summary>
    private static void SessionFiles(Random random, List<string> args, string dir)
    {
        if (random.Next(2) == 0)
        {
            args.AddRange(new[] { "--sessions", dir + "sessions.csv" });
        }

        if (random.Next(2) == 0)
        {
            args.AddRange(new[] { "--candidates", dir + "candidates.csv" });
        }
    }

    private static List<string> Arguments(Random random)
    {
        var dir = FuzzCase.Folder + Path.DirectorySeparatorChar;
        var inputs = new List<string> { "--paths", dir + "paths.csv", "--activity", dir + "activity.csv" };
        var policy = random.Next(2) == 0 ? new List<string> { "--policy", dir + "policy.json" } : new List<string>();
        var command = new[] { "report", "report", "report", "check", "whatif", "pay", "path", "policy" }[random.Next(8)];
        var args = new List<string> { command };
        switch (command)
        {
            case "report":
                var format = new[] { "json", "json", "md", "html", "csv" }[random.Next(5)];
                args.AddRange(inputs.Concat(policy).Concat(new[] { "--format", format, "--lang", random.Next(2) == 0 ? "fr" : "en" }));
                Maybe(random, args, "--year", Years);
                if (random.Next(4) == 0)
                {
                    args.AddRange(new[] { "--out", random.Next(3) == 0 ? "-" : dir + "out." + format });
                }

                // The JSON's input counts are those of paths.csv and activity.csv only: the sessions' files go to the other formats.
                if (format != "json")
                {
                    SessionFiles(random, args, dir);
                }

                break;
            case "check":
                args.AddRange(inputs.Concat(policy));
                SessionFiles(random, args, dir);
                break;
            case "whatif":
                args.AddRange(inputs.Concat(policy));
                if (random.Next(3) == 0)
                {
                    args.AddRange(new[] { "--sweep", new[] { "contribution_rate=0.05,0.1", "application_cutoff_days=0,30", "support_limit_months=12,24", "assemblies_per_year=1:2:1" }[random.Next(4)] });
                }
                else
                {
                    args.AddRange(new[] { "--scenario", dir + "scenario.json" });
                }

                args.AddRange(new[] { "--format", new[] { "json", "md", "html" }[random.Next(3)] });
                Maybe(random, args, "--year", Years);
                break;
            case "pay":
                args.AddRange(new[] { "--month", Pick(random, Months), "--turnover", Pick(random, Amounts) });
                Maybe(random, args, "--purchases", Amounts);
                Maybe(random, args, "--costs", Amounts);
                Maybe(random, args, "--structure", Structures);
                Maybe(random, args, "--year-to-date-base", Amounts);
                args.AddRange(policy);
                Maybe(random, args, "--format", new[] { "json", "md" });
                break;
            case "path":
                args.AddRange(new[] { "--entry", Pick(random, Dates) });
                Maybe(random, args, "--cape-months", new[] { "0", "6", "36", "-1", "100000", "abc" });
                Maybe(random, args, "--cesa", Dates);
                Maybe(random, args, "--application", Dates);
                Maybe(random, args, "--on", Dates);
                args.AddRange(policy);
                Maybe(random, args, "--format", new[] { "json", "md" });
                break;
            default:
                args.AddRange(new[] { "--on", Pick(random, Dates) });
                args.AddRange(policy);
                Maybe(random, args, "--format", new[] { "json", "md" });
                break;
        }

        return args;
    }

    private static byte[] RandomPaths(Random random)
    {
        var text = new StringBuilder("entrepreneur_id,establishment,structure,entry_date,cesa_date,associate_application_date,associate_date,exit_date,exit_category,gender,qualification,prescriber\n");
        var count = random.Next(12);
        for (var i = 0; i < count; i++)
        {
            var exit = random.Next(3) == 0;
            text.Append(FormattableString.Invariant($"E{random.Next(8)},{Pick(random, new[] { "Besançon", "Montbéliard", "B" })},{Pick(random, Structures)},{Pick(random, Dates)},"))
                .Append(random.Next(3) == 0 ? Pick(random, Dates) : string.Empty).Append(',')
                .Append(random.Next(4) == 0 ? Pick(random, Dates) : string.Empty).Append(',')
                .Append(random.Next(5) == 0 ? Pick(random, Dates) : string.Empty).Append(',')
                .Append(exit ? Pick(random, Dates) : string.Empty).Append(',')
                .Append(exit ? Pick(random, new[] { "creation", "associate", "employment", "training", "reorientation", "other", "autre" }) : string.Empty).Append(',')
                .Append(Pick(random, new[] { "F", "M", string.Empty })).Append(',')
                .Append(Pick(random, new[] { "Bac+5", "CAP", string.Empty, Oracle.Marker + ">" })).Append(',')
                .Append(Pick(random, new[] { "BGE", "Pôle emploi", string.Empty })).Append('\n');
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static byte[] RandomActivity(Random random)
    {
        var text = new StringBuilder("entrepreneur_id,month,structure,establishment,turnover,purchases,contribution,salary_hours\n");
        var count = random.Next(30);
        for (var i = 0; i < count; i++)
        {
            text.Append(FormattableString.Invariant($"E{random.Next(8)},{(random.Next(4) == 0 ? Pick(random, Months) : FormattableString.Invariant($"{2013 + random.Next(3)}-{1 + random.Next(12):00}"))},{Pick(random, Structures)},"))
                .Append(random.Next(3) == 0 ? Pick(random, new[] { "Besançon", "Montbéliard" }) : string.Empty).Append(',')
                .Append(random.Next(4) == 0 ? Pick(random, Amounts) : (random.Next(200_000) - 10_000).ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(',')
                .Append(random.Next(3) == 0 ? Pick(random, Amounts) : string.Empty).Append(',')
                .Append(random.Next(2) == 0 ? Pick(random, Amounts) : string.Empty).Append(',')
                .Append(random.Next(2) == 0 ? Pick(random, new[] { "0", "151.67", "744", "744.01", "-1", "12.5" }) : string.Empty).Append('\n');
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static string RandomPolicy(Random random)
    {
        var fields = new List<string>();
        if (random.Next(2) == 0)
        {
            fields.Add("\"support_limit_months\": " + Pick(random, new[] { "24", "0", "-1", "100000", "2147483647" }));
        }

        if (random.Next(2) == 0)
        {
            fields.Add("\"application_cutoff_days\": " + Pick(random, new[] { "0", "30", "-30", "2000000000" }));
        }

        if (random.Next(2) == 0)
        {
            fields.Add("\"assemblies\": [\"" + Pick(random, Dates) + "\", \"2015-06-13\"]");
        }

        if (random.Next(2) == 0)
        {
            fields.Add("\"contribution\": { \"rates\": [ { \"from\": \"" + Pick(random, Dates) + "\", \"rate\": " + Pick(random, new[] { "0.1", "0", "1", "1.5", "-0.1" }) + " } ], \"monthly_minimum\": " + Pick(random, new[] { "0", "50", "1000000000000000" }) + " }");
        }

        if (random.Next(3) == 0)
        {
            fields.Add("\"support_budget\": { \"2015\": " + Pick(random, new[] { "440000", "0", "-1", "1e20" }) + " }");
        }

        return "{\n  " + string.Join(",\n  ", fields) + "\n}\n";
    }

    private static void Maybe(Random random, List<string> args, string option, string[] values)
    {
        if (random.Next(2) == 0)
        {
            args.AddRange(new[] { option, Pick(random, values) });
        }
    }

    private static string Pick(Random random, string[] values) => values[random.Next(values.Length)];

    private static ulong Mix(ulong a, ulong b)
    {
        unchecked
        {
            var z = a + (b * 0x9E3779B97F4A7C15UL) + 0x632BE59BD9B4E019UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }
}
