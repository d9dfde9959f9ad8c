using System.Linq;
using Cae.IO.Csv;
using Cae.Domain.Paths;
using Xunit;

namespace Cae.IO.Tests.Csv;

/// <summary>
/// <c>Data/bad</c> holds one bad row of each kind in the contract's "What is rejected" list among good rows;
/// <c>Data/good</c> holds the same good rows alone. The paths file is UTF-8 with BOM in the <c>,</c> dialect, with
/// a quoted cell over two lines; the activity file is Windows-1252 in the <c>;</c> dialect with CRLF.
/// </summary>
public class BadInputFixtureTest
{
    private static LoadResult LoadBad() => ContractCsv.Load(TestData.Path("bad", "paths.csv"), TestData.Path("bad", "activity.csv"));

    private static LoadResult LoadGood() => ContractCsv.Load(TestData.Path("good", "paths.csv"), TestData.Path("good", "activity.csv"));

    [Theory]
    [InlineData("")]
    [InlineData("fr-FR")]
    [InlineData("tr-TR")]
    public void Every_bad_row_is_reported_exactly_once_with_its_line_and_column(string culture)
    {
        using var scope = new CultureScope(culture);
        var result = LoadBad();
        var actual = result.Rejections
            .Select(r => (System.IO.Path.GetFileName(r.File), r.Line, r.Column))
            .ToArray();
        Assert.Equal(BadInputFixture.Expected, actual);
        Assert.All(result.Rejections, r => Assert.StartsWith(r.File + ":", r.ToString(), System.StringComparison.Ordinal));
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
        Assert.Empty(good.Rejections);
        Assert.Equal(bad.PathsAccepted, good.PathsRead);
        Assert.Equal(bad.ActivityAccepted, good.ActivityRead);
        Assert.Equal(bad.Paths.Select(RowText.Of), good.Paths.Select(RowText.Of));
        Assert.Equal(bad.ActivityRows!.Select(RowText.Of), good.ActivityRows!.Select(RowText.Of));
    }
}
