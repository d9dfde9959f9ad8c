using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Cae.Domain.Activity;
using Cae.Domain.Organisation;
using Cae.Domain.Paths;
using Cae.Domain.Policy;
using Cae.Domain.Values;
using Cae.Rules.Data;
using NodaTime;
using NodaTime.Text;

namespace Cae.Rules.Tests.WhatIf;

/// <summary>
/// The bundled Coopilote 2015 sample (samples/coopilote-2015), read with a minimal reader of its plain dialect
/// (',' delimiter, '.' decimals, no quoted cells), and its policy.json written as code.
/// </summary>
internal static class Coopilote2015
{
    private static readonly Lazy<CaeDataset> Loaded = new(Load);

    public static CaeDataset Dataset => Loaded.Value;

    /// <summary>samples/coopilote-2015/policy.json.</summary>
    public static CaePolicy Policy { get; } = CreatePolicy();

    public static string Folder
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "samples", "coopilote-2015");
                if (File.Exists(Path.Combine(candidate, "paths.csv")))
                {
                    return candidate;
                }
            }

            throw new DirectoryNotFoundException("samples/coopilote-2015 not found above " + AppContext.BaseDirectory);
        }
    }

    private static CaePolicy CreatePolicy()
    {
        var reference = Reference.UserPolicy("policy.json");
        return TestPolicies.Default with
        {
            SupportLimitMonths = DatedParameter<int>.Always("support_limit_months", string.Empty, 24, reference),
            Assemblies = new AssemblyCalendar(new[] { "2011-06-18", "2012-06-16", "2013-06-15", "2014-06-14", "2015-06-13", "2016-06-18" }.Select(Date), reference),
            Admission = AdmissionMode.NextAssembly,
            Contribution = new ContributionPolicy(ContributionBase.GrossMargin, new[] { new ContributionRate(new LocalDate(2014, 1, 1), Rate.FromFraction(0.10m), reference) }, Money.Zero),
            FteAnnualHours = DatedParameter<Hours>.Always("fte_annual_hours", string.Empty, Hours.FromDecimal(1820m), reference),
            ReportingUnits = new ReportingUnitMap(new[]
            {
                new ReportingUnit(new Structure("Coopilote"), new Establishment("Besançon"), "Coopilote B"),
                new ReportingUnit(new Structure("Coopilote"), new Establishment("Montbéliard"), "Coopilote M"),
            }),
            SupportBudget = new Dictionary<int, Money> { [2015] = Money.FromEuros(440000m) },
        };
    }

    private static CaeDataset Load()
    {
        var builder = new CaeDatasetBuilder();
        foreach (var cells in Rows(Path.Combine(Folder, "paths.csv")))
        {
            var exit = OptionalDate(cells[7]);
            var path = new PathRecord(
                cells[0],
                new Establishment(cells[1]),
                new Structure(cells[2]),
                Date(cells[3]),
                OptionalDate(cells[4]),
                OptionalDate(cells[5]),
                OptionalDate(cells[6]),
                exit,
                exit is null ? null : ExitCategory.Parse(cells[8]),
                new Typology(cells[9] == "F" ? Gender.Female : cells[9] == "M" ? Gender.Male : Gender.Unknown, OptionalDate(cells[10]), cells[11], cells[12], cells[13], cells[14], cells[15]));
            if (!builder.TryAddPath(path, out var error))
            {
                throw new InvalidDataException(error.ToString());
            }
        }

        foreach (var cells in Rows(Path.Combine(Folder, "activity.csv")))
        {
            var row = new MonthlyActivity(
                cells[0],
                YearMonthPattern.Iso.Parse(cells[1]).Value,
                new Structure(cells[2]),
                cells[3].Length == 0 ? null : new Establishment(cells[3]),
                Amount(cells[4]),
                Amount(cells[5]),
                cells[6].Length == 0 ? null : Amount(cells[6]),
                Hours.FromDecimal(decimal.Parse(cells[7], CultureInfo.InvariantCulture)));
            if (!builder.TryAddActivity(row, out var error))
            {
                throw new InvalidDataException(error.ToString());
            }
        }

        return builder.Build();
    }

    private static IEnumerable<string[]> Rows(string file) =>
        File.ReadAllLines(file).Skip(1).Where(l => l.Length > 0).Select(l => l.Split(','));

    private static LocalDate Date(string text) => LocalDatePattern.Iso.Parse(text).Value;

    private static LocalDate? OptionalDate(string text) => text.Length == 0 ? null : Date(text);

    private static Money Amount(string text) => Money.FromEuros(decimal.Parse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture));
}
