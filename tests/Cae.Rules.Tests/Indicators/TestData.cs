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
using NodaTime.Text;
using Xunit;

namespace Cae.Rules.Tests.Indicators;

/// <summary>Builds paths, activity rows and datasets for the indicator tests.</summary>
internal static class TestData
{
    public static CaePolicy Policy { get; } = TestPolicies.Default with
    {
        ReportingUnits = new ReportingUnitMap(new[]
        {
            new ReportingUnit(new Structure("Coopilote"), new Establishment("Besançon"), "Coopilote B"),
            new ReportingUnit(new Structure("Coopilote"), new Establishment("Montbéliard"), "Coopilote M"),
        }),
        SupportBudget = new Dictionary<int, Money> { [2015] = Money.FromEuros(3410m) },
    };

    public static LocalDate Date(string text) => LocalDatePattern.Iso.Parse(text).Value;

    public static PathRecord Path(
        string id,
        string establishment,
        string structure,
        string entry,
        string? exit = null,
        ExitCategory? category = null,
        string? associate = null,
        Gender gender = Gender.Unknown,
        string? qualification = null,
        string? prescriber = null) =>
        new(
            id,
            new Establishment(establishment),
            new Structure(structure),
            Date(entry),
            associateDate: associate is null ? null : Date(associate),
            exitDate: exit is null ? null : Date(exit),
            exitCategory: category,
            typology: new Typology(gender, null, null, qualification, null, null, prescriber));

    public static MonthlyActivity Row(
        string id,
        string month,
        string structure,
        decimal turnover,
        decimal? contribution,
        decimal hours = 0m,
        string? establishment = null,
        decimal purchases = 0m) =>
        new(
            id,
            YearMonthPattern.Iso.Parse(month).Value,
            new Structure(structure),
            establishment is null ? null : new Establishment(establishment),
            Money.FromEuros(turnover),
            Money.FromEuros(purchases),
            contribution is null ? null : Money.FromEuros(contribution.Value),
            Hours.FromDecimal(hours));

    public static CaeDataset Dataset(IEnumerable<PathRecord> paths, IEnumerable<MonthlyActivity> rows)
    {
        var builder = new CaeDatasetBuilder();
        foreach (var p in paths)
        {
            Assert.True(builder.TryAddPath(p, out _));
        }

        foreach (var r in rows)
        {
            Assert.True(builder.TryAddActivity(r, out _));
        }

        return builder.Build();
    }

    public static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
