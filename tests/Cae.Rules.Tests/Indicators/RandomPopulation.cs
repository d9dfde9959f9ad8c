using System;
using System.Collections.Generic;
using Cae.Domain.Activity;
using Cae.Domain.Organisation;
using Cae.Domain.Paths;
using Cae.Domain.Values;
using Cae.Rules.Data;
using NodaTime;

namespace Cae.Rules.Tests.Indicators;

/// <summary>A seeded random population of paths and monthly activity over 2013–2016, for the property tests.</summary>
internal static class RandomPopulation
{
    private static readonly string[] Structures = { "Coopilote", "Baticoop", "Formacoop" };
    private static readonly string[] Establishments = { "Besançon", "Montbéliard" };
    private static readonly string[] Qualifications = { string.Empty, "Bac", "Bac+5", "CAP" };

    /// <summary>Creates the population; its activity rows come person by person, each person's months in order.</summary>
    public static CaeDataset Create(int seed, int persons) => Create(seed, persons, null);

    /// <summary>Creates the same population with its activity rows in another order.</summary>
    /// <param name="seed">The seed.</param>
    /// <param name="persons">The number of persons.</param>
    /// <param name="order">Reorders the activity rows before they are added; <c>null</c> keeps them person by person.</param>
    public static CaeDataset Create(int seed, int persons, Func<List<MonthlyActivity>, IEnumerable<MonthlyActivity>>? order)
    {
        var random = new Random(seed);
        var builder = new CaeDatasetBuilder();
        var paths = new List<PathRecord>();
        for (var i = 0; i < persons; i++)
        {
            var entry = new LocalDate(2013, 1, 1).PlusDays(random.Next(4 * 365));
            LocalDate? exit = null;
            ExitCategory? category = null;
            LocalDate? associate = null;
            if (random.Next(3) > 0)
            {
                // Exits on the edges of the years too.
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

            var path = new PathRecord(
                "P" + i.ToString(System.Globalization.CultureInfo.InvariantCulture),
                new Establishment(Establishments[random.Next(Establishments.Length)]),
                new Structure(Structures[random.Next(Structures.Length)]),
                entry,
                associateDate: associate,
                exitDate: exit,
                exitCategory: category,
                typology: new Typology((Gender)random.Next(3), null, null, Qualifications[random.Next(Qualifications.Length)], null, null, null));
            paths.Add(path);
            builder.TryAddPath(path, out _);
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

                var structure = random.Next(4) == 0 ? Structures[random.Next(Structures.Length)] : path.Structure.Name;
                var turnover = random.Next(-20_000, 800_000);
                var purchases = random.Next(0, 50_000);
                long? contribution = random.Next(4) == 0 ? null : turnover / 10;
                activity.Add(new MonthlyActivity(
                    path.EntrepreneurId,
                    month,
                    new Structure(structure),
                    random.Next(5) == 0 ? new Establishment(Establishments[random.Next(Establishments.Length)]) : null,
                    Money.FromCents(turnover),
                    Money.FromCents(purchases),
                    contribution is null ? null : Money.FromCents(contribution.Value),
                    Hours.FromHundredths(random.Next(2) == 0 ? 0 : random.Next(1, 15_000))));
            }
        }

        foreach (var row in order is null ? activity : order(activity))
        {
            builder.TryAddActivity(row, out _);
        }

        return builder.Build();
    }
}
