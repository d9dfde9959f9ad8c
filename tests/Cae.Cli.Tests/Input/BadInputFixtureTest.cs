using System.Linq;
using Cae.Cli.Input;
using Cae.Domain.Paths;
using Xunit;

namespace Cae.Cli.Tests.Input;

/// <summary>
/// <c>Data/bad</c> holds one bad row of each kind in the contract's "What is rejected" list among good rows;
/// <c>Data/good</c> holds the same good rows alone. The paths file is UTF-8 with BOM in the <c>,</c> dialect, with
/// a quoted cell over two lines; the activity file is Windows-1252 in the <c>;</c> dialect with CRLF.
/// </summary>
public class BadInputFixtureTest
{
    /// <summary>Every bad row: file, line, column.</summary>
    public static readonly (string File, int Line, string Column)[] Expected =
    {
        ("paths.csv", 4, "establishment"),        // a required value is missing
        ("paths.csv", 7, "entry_date"),           // a date does not parse (2015-02-30); after a row on lines 5-6
        ("paths.csv", 9, "entrepreneur_id"),      // repeats E001
        ("paths.csv", 11, "exit_date"),           // exit before entry
        ("paths.csv", 13, "cesa_date"),           // CESA before entry
        ("paths.csv", 14, "exit_category"),       // exit date without category
        ("paths.csv", 16, "exit_date"),           // category without exit date
        ("paths.csv", 17, "exit_category"),       // unknown category
        ("activity.csv", 4, "month"),             // a required value is missing
        ("activity.csv", 6, "month"),             // a month does not parse (2015-13)
        ("activity.csv", 8, "turnover"),          // a number does not parse (12.50 in the ';' dialect)
        ("activity.csv", 10, "turnover"),         // an amount with more than two decimals
        ("activity.csv", 12, "entrepreneur_id"),  // a person absent from paths.csv
        ("activity.csv", 14, "month"),            // repeats (E001, 2015-01, Coopilote)
        ("activity.csv", 16, "salary_hours"),     // negative hours
        ("activity.csv", 18, "salary_hours"),     // more than 744 hours
        ("activity.csv", 20, "entrepreneur_id"),  // a person whose path row was rejected
    };

    private static LoadResult LoadBad() => ContractCsvLoader.Load(TestData.Path("bad", "paths.csv"), TestData.Path("bad", "activity.csv"), null, keepActivityRows: true);

    private static LoadResult LoadGood() => ContractCsvLoader.Load(TestData.Path("good", "paths.csv"), TestData.Path("good", "activity.csv"), null, keepActivityRows: true);

    [Theory]
    [InlineData("")]
    [InlineData("fr-FR")]
    [InlineData("tr-TR")]
    public void Every_bad_row_is_reported_exactly_once_with_its_line_and_column(string culture)
    {
        using var scope = new CultureScope(culture);
        var result = LoadBad();
        var actual = result.RejectedRows
            .Select(r => (System.IO.Path.GetFileName(r.File), r.Line, r.Column))
            .ToArray();
        Assert.Equal(Expected, actual);
        Assert.All(result.RejectedRows, r => Assert.StartsWith(r.File + ":", r.ToString(), System.StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("")]
    [InlineData("fr-FR")]
    [InlineData("tr-TR")]
    public void The_good_rows_are_accepted(string culture)
    {
        using var scope = new CultureScope(culture);
        var result = LoadBad();
        Assert.Equal(16, result.PathsRead);
        Assert.Equal(new[] { "E001", "E002", "E003", "E004", "E005", "E006", "E007", "E008" }, result.Paths.Select(p => p.EntrepreneurId));
        Assert.Equal(20, result.ActivityRead);
        Assert.Equal(11, result.ActivityAccepted);
        Assert.Equal(result.PathsAccepted, result.Dataset.PersonCount);
        Assert.Equal(result.ActivityAccepted, result.Dataset.ActivityCount);
        Assert.Equal(InputEncoding.Utf8WithBom, result.PathsFile.Encoding);
        Assert.Equal(CsvDialect.Comma, result.PathsFile.Dialect);
        Assert.Equal(InputEncoding.Windows1252, result.ActivityFile.Encoding);
        Assert.Equal(CsvDialect.Semicolon, result.ActivityFile.Dialect);
        Assert.Equal("Pays de\nMontbéliard", result.Paths[2].Typology.ResidenceArea);
        Assert.Equal(ExitCategory.Reorientation, result.Paths[4].ExitCategory);
        Assert.Equal("Besançon", result.ActivityRows![0].Establishment?.Name);
        Assert.Equal(100_000_000L, result.ActivityRows!.Single(a => a.EntrepreneurId == "E007").Turnover.Cents);
    }

    [Fact]
    public void The_warnings_are_the_unknown_column_and_the_unknown_gender()
    {
        Assert.Equal(
            new[] { "paths.csv:1: notes: unknown column ignored", "paths.csv:12: gender: unknown gender 'X' counted as unknown (F or M expected)" },
            LoadBad().Warnings.Select(w => $"{System.IO.Path.GetFileName(w.File)}:{w.Line}: {w.Column}: {w.Message}"));
    }

    [Fact]
    public void The_good_files_hold_exactly_the_accepted_rows_of_the_bad_files()
    {
        var bad = LoadBad();
        var good = LoadGood();
        Assert.Empty(good.RejectedRows);
        Assert.Equal(bad.PathsAccepted, good.PathsRead);
        Assert.Equal(bad.ActivityAccepted, good.ActivityRead);
        Assert.Equal(bad.Paths.Select(RowText.Of), good.Paths.Select(RowText.Of));
        Assert.Equal(bad.ActivityRows!.Select(RowText.Of), good.ActivityRows!.Select(RowText.Of));
    }
}
