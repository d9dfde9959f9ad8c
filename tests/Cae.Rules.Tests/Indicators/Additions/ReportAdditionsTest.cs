using System.Collections.Generic;
using System.Linq;
using Cae.Domain.Activity;
using Cae.Domain.Organisation;
using Cae.Domain.Paths;
using Cae.Domain.Values;
using Cae.Rules.Data;
using Cae.Rules.Indicators;
using Cae.Rules.Indicators.Additions;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Xunit;

namespace Cae.Rules.Tests.Indicators.Additions;

public class ReportAdditionsTest
{
    [Property(MaxTest = 40)]
    public Property Crosstab_margins_equal_the_typology_counts_and_the_flows(int seed, byte size, bool previousYear)
    {
        var data = RandomPopulation.Create(seed, 1 + (size % 80));
        var year = previousYear ? 2014 : 2015;
        var report = new AnnualReportEngine(data, TestData.Policy).Compute(year);
        var additions = ReportAdditions.Compute(data, year);
        var sections = new Dictionary<string, GroupTable<long>>
        {
            ["residence_area"] = report.Typology.ByResidenceArea,
            ["qualification"] = report.Typology.ByQualification,
            ["status_at_entry"] = report.Typology.ByStatusAtEntry,
            ["income_at_entry"] = report.Typology.ByIncomeAtEntry,
            ["prescriber"] = report.Typology.ByPrescriber,
        };
        var ok = true;
        foreach (var (field, table) in additions.TypologyByEstablishmentAndStructure)
        {
            // Margin over establishment × structure = the typology's counts by value.
            var byValue = table.SelectMany(e => e.Value.SelectMany(s => s.Value)).GroupBy(v => v.Key).ToDictionary(g => g.Key, g => g.Sum(v => v.Value));
            if (sections.TryGetValue(field, out var counts))
            {
                ok &= counts.Where(c => c.Value > 0).All(c => byValue.TryGetValue(c.Key, out var n) && n == c.Value) && byValue.Values.Sum() == counts.Sum(c => c.Value);
            }
            else
            {
                ok &= (byValue.TryGetValue("F", out var f) ? f : 0) == report.Typology.Women && (byValue.TryGetValue("M", out var m) ? m : 0) == report.Typology.Men;
            }

            // Margin over values = the accompanied by structure × establishment.
            foreach (var (establishment, byStructure) in table)
            {
                foreach (var (structure, values) in byStructure)
                {
                    ok &= report.Flows.ByStructureAndEstablishment[structure][establishment].Accompanied == values.Values.Sum();
                }
            }

            ok &= table.Sum(e => e.Value.Sum(s => s.Value.Values.Sum())) == report.Flows.Total.Accompanied;
        }

        // Support years split the accompanied turnover.
        ok &= additions.TurnoverBySupportYear.Values.Sum(k => k.Total.Cents) == report.Turnover.Accompanied.Cents;
        return ok.ToProperty();
    }

    [Fact]
    public void Support_years_and_secondary_structures_follow_the_contract()
    {
        var builder = new CaeDatasetBuilder();
        var home = new Establishment("Besançon");
        builder.TryAddPath(new PathRecord("A", home, new Structure("Coopilote"), new LocalDate(2014, 3, 15), null, null, null, null, null, Typology.Unknown), out _);
        // Months of 2015: January–February 2015 are the 10th and 11th completed months → year 1; from 15 March
        // 2015 (12 months) on, year 2; the row of 1 March 2015 has 11 completed months → year 1.
        foreach (var month in new[] { 1, 2, 3, 4 })
        {
            builder.TryAddActivity(new MonthlyActivity("A", new YearMonth(2015, month), new Structure("Coopilote"), null, Money.FromEuros(1000m), Money.Zero, null, Hours.Zero), out _);
        }

        builder.TryAddActivity(new MonthlyActivity("A", new YearMonth(2015, 4), new Structure("Formacoop"), null, Money.FromEuros(500m), Money.Zero, null, Hours.Zero), out _);
        var additions = ReportAdditions.Compute(builder.Build(), 2015);
        Assert.Equal(new SupportYearTurnover(1, 3, Money.FromEuros(3000m)), additions.TurnoverBySupportYear[1]);
        Assert.Equal(new SupportYearTurnover(1, 1, Money.FromEuros(1500m)), additions.TurnoverBySupportYear[2]);
        Assert.Equal(18000m, additions.TurnoverBySupportYear[2].AnnualisedAverage);
        Assert.Equal(1, additions.PeopleWithActivityByStructure["Formacoop"]);
        Assert.Equal(1, additions.PeopleWithActivityByStructure["Coopilote"]);
    }
}
