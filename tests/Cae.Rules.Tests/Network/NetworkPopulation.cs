using System;
using System.Collections.Generic;
using System.Globalization;
using Cae.Domain.Activity;
using Cae.Domain.Organisation;
using Cae.Domain.Paths;
using Cae.Domain.Policy;
using Cae.Domain.Values;
using Cae.Rules.Data;
using NodaTime;

namespace Cae.Rules.Tests.Network;

/// <summary>
/// Random CAEs of a network for the partial-report properties: each with its own people (ids prefixed by the
/// CAE), its own structures, establishments partly shared with the other CAEs, and its own policy (contribution
/// rate, reporting units, support budget).
/// </summary>
internal static class NetworkPopulation
{
    private static readonly string[] Establishments = { "Besançon", "Montbéliard", "Dole", "Lons" };
    private static readonly string[] Qualifications = { string.Empty, "Bac", "Bac+5", "CAP" };
    private static readonly Reference TestReference = new("test policy", null);

    /// <summary>One random CAE.</summary>
    public sealed record Cae(string Name, IReadOnlyList<PathRecord> Paths, IReadOnlyList<MonthlyActivity> Activity, CaePolicy Policy)
    {
        public CaeDataset Dataset()
        {
            var builder = new CaeDatasetBuilder();
            foreach (var path in Paths)
            {
                builder.TryAddPath(path);
            }

            foreach (var row in Activity)
            {
                builder.TryAddActivity(row);
            }

            return builder.Build();
        }
    }

    /// <summary>Creates a CAE of the network from a seed.</summary>
    /// <param name="random">The random source.</param>
    /// <param name="index">The CAE's number, which makes its ids and structures its own.</param>
    /// <param name="persons">The number of people.</param>
    public static Cae Create(Random random, int index, int persons)
    {
        var name = "CAE" + index.ToString(CultureInfo.InvariantCulture);
        var structures = new[] { name, name + "-Bati", name + "-Forma" };
        var establishments = new[] { Establishments[random.Next(Establishments.Length)], Establishments[random.Next(Establishments.Length)] };
        var paths = new List<PathRecord>();
        for (var i = 0; i < persons; i++)
        {
            var entry = new LocalDate(2013, 1, 1).PlusDays(random.Next(4 * 365));
            LocalDate? exit = null;
            ExitCategory? category = null;
            LocalDate? associate = null;
            if (random.Next(3) > 0)
            {
                exit = random.Next(5) == 0 ? new LocalDate(random.Next(2014, 2017), random.Next(2) == 0 ? 1 : 12, random.Next(2) == 0 ? 1 : 31) : entry.PlusDays(random.Next(900));
                if (exit < entry)
                {
                    exit = entry;
                }

                category = ExitCategory.FromValue(random.Next(ExitCategory.Count));
                if (category == ExitCategory.Associate)
                {
                    associate = exit;
                }
            }

            paths.Add(new PathRecord(
                name + "-P" + i.ToString(CultureInfo.InvariantCulture),
                new Establishment(establishments[random.Next(establishments.Length)]),
                new Structure(structures[random.Next(structures.Length)]),
                entry,
                associateDate: associate,
                exitDate: exit,
                exitCategory: category,
                typology: new Typology((Gender)random.Next(3), null, null, Qualifications[random.Next(Qualifications.Length)], null, null, null)));
        }

        var activity = new List<MonthlyActivity>();
        foreach (var path in paths)
        {
            for (var month = new YearMonth(2014, 1); month <= new YearMonth(2015, 12); month = month.PlusMonths(1))
            {
                if (random.Next(3) == 0)
                {
                    continue;
                }

                var structure = random.Next(4) == 0 ? structures[random.Next(structures.Length)] : path.Structure.Name;
                var turnover = random.Next(-20_000, 800_000);
                long? contribution = random.Next(2) == 0 ? null : turnover / 10;
                activity.Add(new MonthlyActivity(
                    path.EntrepreneurId,
                    month,
                    new Structure(structure),
                    random.Next(5) == 0 ? new Establishment(establishments[random.Next(establishments.Length)]) : null,
                    Money.FromCents(turnover),
                    Money.FromCents(random.Next(0, 50_000)),
                    contribution is null ? null : Money.FromCents(contribution.Value),
                    Hours.FromHundredths(random.Next(2) == 0 ? 0 : random.Next(1, 15_000))));
            }
        }

        var units = new List<ReportingUnit>();
        if (random.Next(2) == 0)
        {
            units.Add(new ReportingUnit(new Structure(name), new Establishment(establishments[0]), name + " " + establishments[0]));
        }

        var policy = CaePolicy.Default with
        {
            Contribution = CaePolicy.Default.Contribution.WithRates(new[]
            {
                new ContributionRate(new LocalDate(2013, 1, 1), Rate.FromFraction(random.Next(5, 16) / 100m), TestReference),
            }),
            ReportingUnits = new ReportingUnitMap(units),
            SupportBudget = random.Next(3) == 0
                ? new Dictionary<int, Money>()
                : new Dictionary<int, Money> { [2014] = Money.FromEuros(random.Next(1_000, 100_000)), [2015] = Money.FromEuros(random.Next(1_000, 100_000)) },
        };
        return new Cae(name, paths, activity, policy);
    }
}
