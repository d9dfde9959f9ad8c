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

namespace Cae.Rules.Tests.WhatIf;

/// <summary>
/// A seeded random population for the what-if properties: entries 2011–2015, CESA contracts, associates admitted at
/// the June assembly after their application, applicants still waiting, other exits, and monthly activity over
/// 2014–2015 (credit notes included, recorded contributions on some rows).
/// </summary>
internal static class WhatIfPopulation
{
    private static readonly string[] Structures = { "Coopilote", "Baticoop", "Formacoop" };
    private static readonly string[] Establishments = { "Besançon", "Montbéliard" };

    /// <summary>A policy with June assemblies 2012–2020, a 24-month limit on every date, a 10 % rate from 2011 and a support budget for 2015.</summary>
    public static CaePolicy Policy { get; } = TestPolicies.WithJuneAssemblies() with
    {
        SupportLimitMonths = DatedParameter<int>.Always("support_limit_months", "test", 24, TestPolicies.TestReference),
        Contribution = new ContributionPolicy(ContributionBase.GrossMargin, new[] { new ContributionRate(new LocalDate(2011, 1, 1), Rate.FromFraction(0.10m), TestPolicies.TestReference) }, Money.Zero),
        SupportBudget = new Dictionary<int, Money> { [2015] = Money.FromEuros(50_000m) },
    };

    public static CaeDataset Create(int seed, int persons)
    {
        var random = new Random(seed);
        var builder = new CaeDatasetBuilder();
        var paths = new List<PathRecord>();
        for (var i = 0; i < persons; i++)
        {
            var entry = new LocalDate(2011, 1, 1).PlusDays(random.Next(5 * 365));
            LocalDate? cesa = random.Next(3) > 0 ? entry.PlusDays(random.Next(300)) : null;
            LocalDate? application = null, associate = null, exit = null;
            ExitCategory? category = null;
            switch (random.Next(5))
            {
                case 0: // became an associate at the assembly after applying (or, without an application, after the support end)
                    var eligible = random.Next(4) == 0 ? entry.PlusMonths(24) : entry.PlusDays(200 + random.Next(900));
                    if (random.Next(4) != 0)
                    {
                        application = eligible;
                    }

                    associate = Policy.Assemblies.FirstOnOrAfter(eligible);
                    exit = associate;
                    category = associate is null ? null : ExitCategory.Associate;
                    break;
                case 1: // applied, still waiting
                    application = entry.PlusDays(random.Next(1000));
                    break;
                case 2: // left otherwise
                    exit = entry.PlusDays(random.Next(1000));
                    category = ExitCategory.FromValue(new[] { 0, 2, 3, 4, 5 }[random.Next(5)]);
                    break;
                default:
                    break;
            }

            var path = new PathRecord(
                "W" + i.ToString(CultureInfo.InvariantCulture),
                new Establishment(Establishments[random.Next(Establishments.Length)]),
                new Structure(Structures[random.Next(Structures.Length)]),
                entry,
                cesa,
                application,
                associate,
                exit,
                category,
                new Typology((Gender)random.Next(3), null, null, null, null, null, null));
            paths.Add(path);
            builder.TryAddPath(path, out _);
        }

        foreach (var path in paths)
        {
            for (var month = new YearMonth(2014, 1); month <= new YearMonth(2015, 12); month = month.PlusMonths(1))
            {
                if (random.Next(4) == 0)
                {
                    continue;
                }

                var structure = random.Next(5) == 0 ? Structures[random.Next(Structures.Length)] : path.Structure.Name;
                var turnover = random.Next(15) == 0 ? -random.Next(1, 200_000) : random.Next(0, 900_000);
                var purchases = turnover <= 0 ? 0 : random.Next(0, turnover / 2 + 1);
                long? contribution = random.Next(3) == 0 ? null : (turnover - purchases) / 12;
                builder.TryAddActivity(new MonthlyActivity(
                    path.EntrepreneurId,
                    month,
                    new Structure(structure),
                    null,
                    Money.FromCents(turnover),
                    Money.FromCents(purchases),
                    contribution is null ? null : Money.FromCents(contribution.Value),
                    Hours.FromHundredths(random.Next(2) == 0 ? 0 : random.Next(1, 15_000))), out _);
            }
        }

        return builder.Build();
    }
}
