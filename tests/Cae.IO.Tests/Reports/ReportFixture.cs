using System.Collections.Generic;
using Cae.Domain.Activity;
using Cae.Domain.Organisation;
using Cae.Domain.Paths;
using Cae.Domain.Policy;
using Cae.Domain.Values;
using Cae.Rules.Data;
using Cae.Rules.Indicators;
using NodaTime;
using Xunit;

namespace Cae.IO.Tests.Reports;

/// <summary>A small two-year report, built without files, for the writer tests.</summary>
internal static class ReportFixture
{
    /// <summary>The 2015 report of three people in two establishments and two structures, with 2014 for the comparisons.</summary>
    /// <param name="establishment">The name of the second establishment (the data's free text).</param>
    /// <param name="structure">The name of the second structure.</param>
    /// <param name="creditNote">Whether the first person also has a credit note of −12.50 € under the structure SVP in November 2015.</param>
    public static AnnualReport Create(string establishment = "Montbéliard", string structure = "Baticoop", bool creditNote = false)
    {
        var builder = new CaeDatasetBuilder();
        Add(builder, "A", "Besançon", "Coopilote", new LocalDate(2014, 3, 10), null, null, Gender.Female, "higher_education");
        Add(builder, "B", establishment, "Coopilote", new LocalDate(2015, 1, 1), new LocalDate(2015, 12, 31), ExitCategory.Employment, Gender.Male, "=cmd|' /C calc'!A0");
        Add(builder, "C", establishment, structure, new LocalDate(2013, 6, 15), new LocalDate(2015, 6, 13), ExitCategory.Associate, Gender.Male, null, new LocalDate(2015, 6, 13));
        Row(builder, "A", 2014, 1, "Coopilote", 1000_00, 100_00, 0);
        Row(builder, "A", 2015, 1, "Coopilote", 2345_67, 234_57, 151_67);
        Row(builder, "B", 2015, 2, "Coopilote", 1500_00, 150_00, 10_50);
        Row(builder, "C", 2015, 5, structure, 800_00, 64_00, 20_00);
        Row(builder, "C", 2015, 12, structure, 12_000_00, 960_00, 0);
        if (creditNote)
        {
            Row(builder, "A", 2015, 11, "SVP", -12_50, -1_25, 0);
        }

        var policy = CaePolicy.Default with
        {
            ReportingUnits = new ReportingUnitMap(new[] { new ReportingUnit(new Structure("Coopilote"), new Establishment("Besançon"), "Coopilote B") }),
            SupportBudget = new Dictionary<int, Money> { [2015] = Money.FromEuros(5000m) },
        };
        var data = builder.Build();
        var input = new InputSummary(4, 3, 6, 5);
        return new AnnualReportEngine(data, policy).Compute(2015, input);
    }

    /// <summary>The one rejected row the writer tests show beside the report: <c>paths.csv:4: exit_date: the exit is not before the entry</c>.</summary>
    public static RejectedRow Rejected { get; } = new("paths.csv", 4, "exit_date", "the exit is not before the entry");

    /// <summary>Diagnostics beside the report: the rows given, or <see cref="Rejected"/> when none is given.</summary>
    /// <param name="rejected">The rejected rows.</param>
    public static ReportDiagnostics Diagnostics(params RejectedRow[] rejected) =>
        new(rejected.Length == 0 ? new[] { Rejected } : rejected, System.Array.Empty<InputWarning>());

    private static void Add(CaeDatasetBuilder builder, string id, string establishment, string structure, LocalDate entry, LocalDate? exit, ExitCategory? category, Gender gender, string? qualification, LocalDate? associate = null) =>
        Assert.True(builder.TryAddPath(new PathRecord(id, new Establishment(establishment), new Structure(structure), entry, associateDate: associate, exitDate: exit, exitCategory: category, typology: new Typology(gender, null, "Territoire de Belfort", qualification, null, null, null)), out _));

    private static void Row(CaeDatasetBuilder builder, string id, int year, int month, string structure, long turnover, long contribution, long hours) =>
        Assert.True(builder.TryAddActivity(new MonthlyActivity(id, new YearMonth(year, month), new Structure(structure), null, Money.FromCents(turnover), Money.Zero, Money.FromCents(contribution), Hours.FromHundredths(hours)), out _));
}
