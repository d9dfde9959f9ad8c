using Cae.Domain.Activity;
using Cae.Domain.Paths;
using Cae.Rules.Data;
using static Cae.Rules.Tests.Indicators.TestData;

namespace Cae.Rules.Tests.Indicators;

/// <summary>
/// A small population whose 2015 figures are worked out by hand in <see cref="AnnualReportEngineTest"/>.
/// </summary>
internal static class HandBuiltDataset
{
    public static PathRecord[] Paths { get; } =
    {
        // Present all year.
        Path("A", "Besançon", "Coopilote", "2014-03-10", gender: Gender.Female, qualification: "Bac+5", prescriber: "BGE"),
        // Entry on 1 January and exit on 31 December.
        Path("B", "Besançon", "Coopilote", "2015-01-01", "2015-12-31", ExitCategory.Employment, gender: Gender.Male, qualification: "Bac+5"),
        // Exit on 1 January: present at the start and an exit of the year.
        Path("C", "Montbéliard", "Baticoop", "2013-06-15", "2015-01-01", ExitCategory.Other, gender: Gender.Male),
        // Becomes an associate at the June assembly: rows from June are associate rows.
        Path("D", "Montbéliard", "Coopilote", "2014-02-01", "2015-06-13", ExitCategory.Associate, associate: "2015-06-13", gender: Gender.Female, qualification: "CAP"),
        // Entered and left in 2014: only in the year before.
        Path("E", "Besançon", "Baticoop", "2014-12-31", "2014-12-31", ExitCategory.Creation, gender: Gender.Female),
        // Enters after the year.
        Path("F", "Besançon", "Coopilote", "2016-01-01"),
        // Enters and leaves within the year, gender unknown.
        Path("G", "Montbéliard", "Coopilote", "2015-03-01", "2015-09-30", ExitCategory.Creation),
    };

    public static MonthlyActivity[] Rows { get; } =
    {
        Row("A", "2014-01", "Coopilote", 1000m, 100m),
        Row("A", "2015-01", "Coopilote", 2000m, 200m, 10m),
        Row("A", "2015-02", "Coopilote", 3000m, 300m, 20m),
        Row("A", "2015-03", "Baticoop", 500m, 40m, 5m),
        Row("D", "2015-05", "Coopilote", 1000m, 100m, 30m),
        Row("D", "2015-06", "Coopilote", 4000m, 400m),
        Row("D", "2015-07", "Coopilote", 6000m, 600m),
        // No recorded contribution: 10 % of the gross margin (700 − 100) under the default policy.
        Row("B", "2015-03", "Coopilote", 700m, null, establishment: "Montbéliard", purchases: 100m),
        // A credit note, with salary hours.
        Row("G", "2015-04", "Coopilote", -50m, -5m, 12.5m),
        Row("A", "2015-12", "Coopilote", 100m, 10m),
        // After the year: ignored, and January 2016 is not a complete year.
        Row("C", "2016-01", "Baticoop", 999m, 99m),
    };

    public static CaeDataset Create() => Dataset(Paths, Rows);
}
