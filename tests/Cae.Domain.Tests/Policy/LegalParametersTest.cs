using System;
using System.Collections.Generic;
using System.Linq;
using Cae.Domain.Policy;
using Cae.Domain.Tests.TestHelpers;
using Cae.Domain.Values;
using NodaTime;
using NodaTime.Text;
using Xunit;

namespace Cae.Domain.Tests.Policy;

public class LegalParametersTest
{
    // cae-rules-facts §E.21, SMIC brut horaire (metropolitan France), copied row by row.
    private static readonly (string From, string Euros)[] FactsTable =
    {
        ("2011-12-01", "9.19"), ("2012-01-01", "9.22"), ("2012-07-01", "9.40"), ("2013-01-01", "9.43"),
        ("2014-01-01", "9.53"), ("2015-01-01", "9.61"), ("2016-01-01", "9.67"), ("2017-01-01", "9.76"),
        ("2018-01-01", "9.88"), ("2019-01-01", "10.03"), ("2020-01-01", "10.15"), ("2021-01-01", "10.25"),
        ("2021-10-01", "10.48"), ("2022-01-01", "10.57"), ("2022-05-01", "10.85"), ("2022-08-01", "11.07"),
        ("2023-01-01", "11.27"), ("2023-05-01", "11.52"), ("2024-01-01", "11.65"), ("2024-11-01", "11.88"),
        ("2026-01-01", "12.02"),
    };

    public static TheoryData<string, string> FactsRows()
    {
        var data = new TheoryData<string, string>();
        foreach (var (from, euros) in FactsTable)
        {
            data.Add(from, euros);
        }

        return data;
    }

    private static LocalDate Day(string text) => LocalDatePattern.Iso.Parse(text).Value;

    [Fact]
    public void The_SMIC_table_is_the_facts_table()
    {
        Assert.Equal(
            FactsTable.Select(r => $"{r.From} {r.Euros}"),
            LegalParameters.SmicHourly().Values.Select(r => $"{r.From:yyyy-MM-dd} {r.Value}"));
        Assert.Equal(FactsTable.Length, LegalParameters.SmicHourly().Values.Count);
    }

    [Fact]
    public void Each_SMIC_revaluation_has_its_own_reference_naming_its_text()
    {
        var values = LegalParameters.SmicHourly().Values;
        Assert.Equal(values.Count, values.Select(v => v.Reference.Title).Distinct().Count());
        Assert.All(values, v => Assert.Matches("^(Décret|Arrêté) ", v.Reference.Title));
        Assert.All(values, v => Assert.Matches("^https://www\\.(legifrance\\.gouv|service-public|vie-publique)\\.fr/", v.Reference.Url));
        Assert.StartsWith("Décret n° 2015-1688 du 17 décembre 2015", CaePolicy.Default.SmicHourly.EntryOn(new LocalDate(2016, 6, 1)).Reference.Title, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(FactsRows))]
    public void Each_SMIC_row_is_in_force_from_its_date_until_the_next(string from, string euros)
    {
        var smic = LegalParameters.SmicHourly();
        var date = Day(from);
        Assert.Equal(Money.Parse(euros), smic.ValueOn(date));
        Assert.Equal(date, smic.EntryOn(date).From);
        Assert.Contains("salaire minimum de croissance", smic.EntryOn(date).Reference.Title, StringComparison.Ordinal);

        var index = Array.FindIndex(FactsTable, r => r.From == from);
        if (index > 0)
        {
            Assert.Equal(Money.Parse(FactsTable[index - 1].Euros), smic.ValueOn(date.PlusDays(-1)));
        }

        if (index < FactsTable.Length - 1)
        {
            Assert.Equal(Money.Parse(euros), smic.ValueOn(Day(FactsTable[index + 1].From).PlusDays(-1)));
        }
    }

    [Theory]
    [InlineData("2011-12-01", "9.19")]
    [InlineData("2015-06-30", "9.61")]
    [InlineData("2016-01-01", "9.67")]
    [InlineData("2021-09-30", "10.25")]
    [InlineData("2024-10-31", "11.65")]
    [InlineData("2024-11-01", "11.88")]
    [InlineData("2025-01-01", "11.88")] // no change on 2025-01-01
    [InlineData("2025-06-01", "11.88")]
    [InlineData("2025-12-31", "11.88")]
    [InlineData("2026-01-01", "12.02")]
    public void SMIC_on_a_day(string day, string euros)
    {
        Assert.Equal(Money.Parse(euros), LegalParameters.SmicHourly().ValueOn(Day(day)));
        Assert.Equal(Money.Parse(euros), CaePolicy.Default.SmicHourly.ValueOn(Day(day)));
    }

    [Fact]
    public void Asking_the_SMIC_before_the_table_throws()
    {
        var e = DomainAssert.Throws("smic_hourly", "2011-11-30", () => LegalParameters.SmicHourly().ValueOn(new LocalDate(2011, 11, 30)));
        Assert.Contains("2011-12-01", e.Rule, StringComparison.Ordinal);
        DomainAssert.Throws("smic_hourly", "2011-11-30", () => CaePolicy.Default.SmicHourly.ValueOn(new LocalDate(2011, 11, 30)));
    }

    [Fact]
    public void The_table_starts_with_the_first_SMIC()
    {
        Assert.Equal(new LocalDate(2011, 12, 1), LegalParameters.TableStart);
        Assert.Equal(LegalParameters.TableStart, LegalParameters.SmicHourly().Values[0].From);
    }

    [Fact]
    public void The_SMIC_table_cannot_be_changed_by_a_caller()
    {
        var table = LegalParameters.SmicHourly().Values;
        if (table is IList<DatedValue<Money>> list)
        {
            Assert.True(list.IsReadOnly, "the table is exposed as a writable list");
            Assert.Throws<NotSupportedException>(() => list[0] = list[1]);
        }

        Assert.Equal(Money.Parse(FactsTable[0].Euros), LegalParameters.SmicHourly().Values[0].Value);
    }

    [Fact]
    public void References_have_titles_and_Legifrance_addresses_for_the_codes()
    {
        foreach (var reference in new[] { LegalParameters.SmicHourly().Values[0].Reference, LegalParameters.Cape, LegalParameters.AssociateDeadline, LegalParameters.TrialPeriod, LegalParameters.MonthlyHours, LegalParameters.EmployerCharges, LegalParameters.Contribution })
        {
            Assert.False(string.IsNullOrWhiteSpace(reference.Title));
            Assert.StartsWith("https://", reference.Url, StringComparison.Ordinal);
        }

        Assert.Contains("L7331-3", LegalParameters.AssociateDeadline.Title, StringComparison.Ordinal);
        Assert.Contains("L127-2", LegalParameters.Cape.Title, StringComparison.Ordinal);
        Assert.Equal(LegalParameters.CodeDuTravailUrl, LegalParameters.AssociateDeadline.Url);
    }
}
