using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Cae.Cli.Infrastructure;
using Cae.Cli.Synthetic;

namespace Cae.Cli.Commands;

/// <summary>
/// <c>cae generate</c>: writes a seeded synthetic population shaped like the Coopilote 2015 report as contract
/// CSV (<c>paths.csv</c>, <c>activity.csv</c>) with its <c>policy.json</c>, to reproduce the benchmarks.
/// </summary>
public static class GenerateCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="context">The writers.</param>
    public static Command Create(CliContext context)
    {
        var people = new Option<int>("--people") { Description = "Number of people (path rows); about 12.7 activity rows each.", Required = true };
        var seed = new Option<ulong>("--seed") { Description = "Seed of the random streams (default 2015).", DefaultValueFactory = _ => PopulationGenerator.DefaultSeed };
        var year = new Option<int>("--year") { Description = "Year of activity (default 2015).", DefaultValueFactory = _ => PopulationGenerator.DefaultYear };
        var output = new Option<string>("--out") { Description = "Directory to write paths.csv, activity.csv and policy.json into (created if needed).", Required = true };
        var caeCount = new Option<int?>("--cae-count") { Description = "Write a network of N CAEs instead: folders cae-01 … cae-N, each with its own people (about --people), structures, towns and policy." };
        var command = new Command("generate", "Write a seeded synthetic population (support paths and one year of activity) as contract CSV, for benchmarks.");
        command.Options.Add(people);
        command.Options.Add(seed);
        command.Options.Add(year);
        command.Options.Add(output);
        command.Options.Add(caeCount);
        command.SetAction(parse =>
        {
            var n = parse.GetValue(people);
            var y = parse.GetValue(year);
            if (n < 1)
            {
                throw new UsageException($"cae: --people: {n.ToString(CultureInfo.InvariantCulture)} is not a number of people (1 or more)");
            }

            if (y < 1900 || y > 9000)
            {
                throw new UsageException($"cae: --year: {y.ToString(CultureInfo.InvariantCulture)} is not a year between 1900 and 9000");
            }

            var directory = parse.GetValue(output)!;
            var clock = Stopwatch.StartNew();
            if (parse.GetValue(caeCount) is { } count)
            {
                if (count < 1 || count > 999)
                {
                    throw new UsageException($"cae: --cae-count: {count.ToString(CultureInfo.InvariantCulture)} is not a number of CAEs (1 to 999)");
                }

                var (allPaths, allRows) = NetworkGenerator.Write(directory, count, n, y, parse.GetValue(seed));
                context.Out.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"{directory}: {count} CAEs (cae-01 …), {allPaths} paths, {allRows} activity rows of {y}, a policy.json each ({clock.Elapsed.TotalSeconds:0.0} s)"));
                return ExitCodes.Success;
            }

            var (paths, rows) = new PopulationGenerator(n, y, parse.GetValue(seed)).WriteCsv(directory);
            context.Out.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{directory}: {paths} paths, {rows} activity rows of {y}, policy.json ({clock.Elapsed.TotalSeconds:0.0} s)"));
            return ExitCodes.Success;
        });
        return command;
    }
}
