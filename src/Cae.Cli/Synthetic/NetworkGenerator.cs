using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using NodaTime;

namespace Cae.Cli.Synthetic;

/// <summary>
/// A synthetic network of CAEs for <c>cae generate --cae-count N</c>: N folders <c>cae-01</c> … each holding the
/// contract's <c>paths.csv</c>, <c>activity.csv</c> and a <c>policy.json</c> of its own.
/// </summary>
/// <remarks>
/// <para>Each CAE is a <see cref="PopulationGenerator"/> population of its own seed and size (from half to one and
/// a half times <c>--people</c>), whose people, structures and establishments are renamed after the CAE, so that no
/// two CAEs share a person: ids are prefixed by the CAE's number (<c>C03-</c>), structures are named after it
/// (<c>CAE 03</c>, <c>CAE 03 Bâtiment</c>, …), establishments are towns of its own. Its policy differs from the
/// others': contribution rates from 8 % to 13 %, an autumn general assembly in some CAEs on top of the June
/// ones (another calendar), its own support budget, and for one CAE in three a 1 607-hour FTE year.</para>
/// <para>Deterministic: the same arguments write the same bytes.</para>
/// </remarks>
internal static class NetworkGenerator
{
    private static readonly string[] Towns =
    {
        "Besançon", "Montbéliard", "Dijon", "Lyon", "Lille", "Nantes", "Rennes", "Toulouse", "Grenoble", "Strasbourg",
        "Bordeaux", "Montpellier", "Marseille", "Nancy", "Rouen", "Tours", "Limoges", "Brest", "Caen", "Amiens",
        "Poitiers", "Clermont-Ferrand", "Metz", "Reims",
    };

    private static readonly string[] StructureSuffixes = { string.Empty, " Bâtiment", " Formation", " Services" };

    private static readonly string[] GeneratedStructures = { "Coopilote", "Baticoop", "Formacoop", "SVP" };

    /// <summary>Writes the network; returns the number of paths and activity rows written in all.</summary>
    public static (int Paths, long ActivityRows) Write(string directory, int caeCount, int people, int year, ulong seed)
    {
        var paths = 0;
        long rows = 0;
        for (var i = 1; i <= caeCount; i++)
        {
            var number = i.ToString("00", CultureInfo.InvariantCulture);
            var folder = Path.Combine(directory, "cae-" + number);
            var size = Math.Max(1, (int)(people * (0.5 + (((i * 7919) % 101) / 100.0))));
            var generator = new PopulationGenerator(size, year, seed + (ulong)(i * 1_000_003));
            generator.WriteCsv(folder);
            var structures = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var s = 0; s < GeneratedStructures.Length; s++)
            {
                structures[GeneratedStructures[s]] = "CAE " + number + StructureSuffixes[s];
            }

            var towns = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["Besançon"] = Town(2 * (i - 1)),
                ["Montbéliard"] = Town((2 * (i - 1)) + 1),
            };
            paths += Rename(Path.Combine(folder, PopulationGenerator.PathsFile), "C" + number + "-", structures, towns, structureColumn: 2, establishmentColumn: 1);
            rows += Rename(Path.Combine(folder, PopulationGenerator.ActivityFile), "C" + number + "-", structures, towns, structureColumn: 2, establishmentColumn: 3);
            File.WriteAllText(Path.Combine(folder, PopulationGenerator.PolicyFileName), Policy(i, size, year, structures, towns), new UTF8Encoding(false));
        }

        return (paths, rows);
    }

    private static string Town(int index) => index < Towns.Length
        ? Towns[index]
        : Towns[index % Towns.Length] + " " + ((index / Towns.Length) + 1).ToString(CultureInfo.InvariantCulture);

    /// <summary>Rewrites a generated CSV file (plain dialect, no quoted cell) with the CAE's ids, structures and towns; returns its data rows.</summary>
    private static int Rename(string file, string prefix, Dictionary<string, string> structures, Dictionary<string, string> towns, int structureColumn, int establishmentColumn)
    {
        var lines = File.ReadAllLines(file, Encoding.UTF8);
        var text = new StringBuilder(lines.Length * 96);
        text.Append(lines[0]).Append('\n');
        for (var l = 1; l < lines.Length; l++)
        {
            var cells = lines[l].Split(',');
            cells[0] = prefix + cells[0];
            cells[structureColumn] = structures.TryGetValue(cells[structureColumn], out var s) ? s : cells[structureColumn];
            cells[establishmentColumn] = towns.TryGetValue(cells[establishmentColumn], out var t) ? t : cells[establishmentColumn];
            text.Append(string.Join(",", cells)).Append('\n');
        }

        File.WriteAllText(file, text.ToString(), new UTF8Encoding(false));
        return lines.Length - 1;
    }

    private static string Policy(int i, int size, int year, Dictionary<string, string> structures, Dictionary<string, string> towns)
    {
        var assemblies = new List<string>();
        for (var y = year - 8; y <= year + 1; y++)
        {
            assemblies.Add(Date(PopulationGenerator.AssemblyDate(y)));
            if (i % 2 == 0)
            {
                assemblies.Add(Date(new LocalDate(y, 11, 20)));
            }
        }

        var from = Date(new LocalDate(year - 10, 1, 1));
        var rate = (8 + (i % 6)) / 100m;
        var main = structures["Coopilote"];
        var budget = size * (3_000 + (i % 5 * 150));
        return string.Create(CultureInfo.InvariantCulture, $$"""
            {
              "support_limit_months": 24,
              "assemblies": [{{string.Join(", ", assemblies)}}],
              "admission": "next_assembly",
              "contribution": {
                "base": "gross_margin",
                "rates": [ { "from": {{from}}, "rate": {{rate:0.00}} },
                           { "from": {{from}}, "structure": "{{structures["Baticoop"]}}", "rate": {{rate - 0.02m:0.00}} } ]
              },
              "fte_annual_hours": {{(i % 3 == 0 ? 1607 : 1820)}},
              "positive_exits": ["creation", "associate", "employment"],
              "perennial_exits": ["creation", "associate"],
              "reporting_units": [
                { "structure": "{{main}}", "establishment": "{{towns["Besançon"]}}", "label": "{{main}} {{towns["Besançon"]}}" },
                { "structure": "{{main}}", "establishment": "{{towns["Montbéliard"]}}", "label": "{{main}} {{towns["Montbéliard"]}}" }
              ],
              "support_budget": { "{{year - 1}}": {{budget * 95 / 100}}, "{{year}}": {{budget}} }
            }

            """);
    }

    private static string Date(LocalDate date) => "\"" + date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "\"";
}
