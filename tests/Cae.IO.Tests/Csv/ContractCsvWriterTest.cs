using System.IO;
using System.Linq;
using Cae.Domain.Activity;
using Cae.Domain.Organisation;
using Cae.Domain.Paths;
using Cae.Domain.Values;
using Cae.IO.Csv;
using NodaTime;
using Xunit;

namespace Cae.IO.Tests.Csv;

public class ContractCsvWriterTest
{
    [Fact]
    public void What_it_writes_loads_back_to_the_same_rows()
    {
        var paths = new[]
        {
            new PathRecord("E1", new Establishment("Besançon, \"centre\""), new Structure("Coopilote"), new LocalDate(2014, 3, 5), new LocalDate(2014, 9, 1), new LocalDate(2015, 2, 1), new LocalDate(2015, 6, 13), new LocalDate(2015, 6, 13), ExitCategory.Associate, new Typology(Gender.Female, new LocalDate(1980, 1, 2), "Haute-Saône", "Bac\n+5", "Demandeur d'emploi", null, "BGE")),
            new PathRecord("E2", new Establishment("Dole"), new Structure("Baticoop"), new LocalDate(2015, 1, 1)),
        };
        var activity = new[]
        {
            new MonthlyActivity("E1", new YearMonth(2015, 1), new Structure("Coopilote"), null, Money.FromCents(-12345), Money.FromCents(100), null, Hours.FromHundredths(15167)),
            new MonthlyActivity("E2", new YearMonth(2015, 2), new Structure("SVP"), new Establishment("Dole"), Money.FromCents(100_000_00), Money.Zero, Money.FromCents(1000), Hours.Zero),
        };
        using var pathsFile = new MemoryStream();
        using var activityFile = new MemoryStream();
        ContractCsvWriter.WritePaths(paths, pathsFile);
        ContractCsvWriter.WriteActivity(activity, activityFile);

        var loaded = ContractCsvTest.Load(pathsFile.ToArray(), activityFile.ToArray());

        Assert.Empty(loaded.RejectedRows);
        Assert.Empty(loaded.Warnings);
        Assert.Equal(paths.Select(RowText.Of), loaded.Paths.Select(RowText.Of));
        // An activity row without establishment takes its person's (the loader may fill it in).
        string Of(MonthlyActivity a) => RowText.Of(a.Establishment is not null ? a : new MonthlyActivity(
            a.EntrepreneurId, a.Month, a.Structure, paths.Single(p => p.EntrepreneurId == a.EntrepreneurId).Establishment, a.Turnover, a.Purchases, a.Contribution, a.SalaryHours));
        Assert.Equal(activity.Select(Of), loaded.ActivityRows!.Select(Of));
    }
}
