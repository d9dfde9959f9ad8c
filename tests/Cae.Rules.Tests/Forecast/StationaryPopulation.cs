using System;
using System.Collections.Generic;
using System.Linq;
using Cae.Domain.Organisation;
using Cae.Domain.Paths;
using Cae.Domain.Policy;
using Cae.Rules.Data;
using NodaTime;

namespace Cae.Rules.Tests.Forecast;

/// <summary>
/// A seeded synthetic population of several years of support paths for the forecast's backtest: two
/// establishments whose yearly entries vary around a mean (±25 %), entries spread over the year, a monthly exit
/// rate that falls with the months of support, and people who reach the 24-month limit leaving at the next
/// general assembly (as associates for the 40 % who applied). Paths only (no activity).
/// </summary>
internal static class StationaryPopulation
{
    public const int FirstYear = 2011;

    public static IReadOnlyList<LocalDate> Assemblies { get; } =
        Enumerable.Range(FirstYear, 12).Select(y => new LocalDate(y, 6, 13).With(DateAdjusters.NextOrSame(IsoDayOfWeek.Saturday))).ToArray();

    public static CaePolicy Policy { get; } = CaePolicy.Default with { Assemblies = new AssemblyCalendar(Assemblies, new Reference("Synthetic assemblies", null)) };

    /// <summary>The paths of people entering from <see cref="FirstYear"/> through <paramref name="lastYear"/>, seen at the end of that year.</summary>
    public static CaeDataset Build(int seed, int lastYear, int meanEntries = 40)
    {
        var random = new Random(seed);
        var builder = new CaeDatasetBuilder();
        var end = new LocalDate(lastYear, 12, 31);
        var id = 0;
        foreach (var establishment in new[] { new Establishment("Nord"), new Establishment("Sud") })
        {
            for (var year = FirstYear; year <= lastYear; year++)
            {
                var entries = (int)Math.Round(meanEntries * (0.75 + (0.5 * random.NextDouble())));
                for (var i = 0; i < entries; i++)
                {
                    var entry = new LocalDate(year, 1, 1).PlusDays(random.Next(365));
                    var applies = random.NextDouble() < 0.4;
                    var limit = entry.PlusMonths(24);
                    var assembly = Assemblies.First(a => a >= limit);
                    LocalDate? exit = null;
                    ExitCategory? category = null;
                    for (var month = 0; month < 24; month++)
                    {
                        var rate = month < 6 ? 0.02 : month < 12 ? 0.03 : 0.04;
                        if (random.NextDouble() < rate)
                        {
                            exit = Min(entry.PlusMonths(month).PlusDays(random.Next(28)), limit.PlusDays(-1));
                            category = ExitCategory.Employment;
                            break;
                        }
                    }

                    if (exit is null)
                    {
                        exit = assembly;
                        category = applies ? ExitCategory.Associate : ExitCategory.Other;
                    }

                    var seen = exit <= end;
                    var application = applies ? limit.PlusMonths(-2) : (LocalDate?)null;
                    builder.TryAddPath(new PathRecord(
                        $"P{++id:D6}",
                        establishment,
                        new Structure("Coop"),
                        entry,
                        null,
                        application <= end ? application : null,
                        seen && category == ExitCategory.Associate ? exit : null,
                        seen ? exit : null,
                        seen ? category : null,
                        Typology.Unknown), out _);
                }
            }
        }

        return builder.Build();
    }

    private static LocalDate Min(LocalDate a, LocalDate b) => a <= b ? a : b;
}
