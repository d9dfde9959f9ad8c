using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using Xunit;

namespace Cae.Cli.Tests.Commands;

/// <summary>
/// <c>cae import endi</c> on samples/endi (the Coopilote people as one enDI instance exports them, 2014 and 2015),
/// then <c>cae report</c> on the files it wrote, reproduces the published 2015 figures such an export carries
/// (shared/reference/coopilote-2015-report.json), each within the rounding it was printed with. The figures an
/// export cannot carry (salary hours, purchases and contributions, the split by structure) are in
/// samples/endi/README.md.
/// </summary>
public class ImportEndiGoldenTest
{
    private const decimal Whole = 0.5m;
    private const decimal Percent = 0.005m;

    private static readonly (CliRun Import, JsonElement Report) Imported = Run();

    public static IEnumerable<object[]> Published()
    {
        var fields = new[] { "present_start", "entries", "accompanied", "exits", "present_end" };
        foreach (var (path, figures) in new (string[], int[])[]
        {
            (new[] { "by_establishment", "Besançon" }, new[] { 46, 31, 77, 29, 48 }),
            (new[] { "by_establishment", "Montbéliard" }, new[] { 49, 29, 78, 32, 46 }),
            (new[] { "total" }, new[] { 95, 60, 155, 61, 94 }),
        })
        {
            for (var i = 0; i < fields.Length; i++)
            {
                yield return Row(figures[i], Whole, new[] { "flows" }.Concat(path).Append(fields[i]).ToArray());
            }
        }

        var categories = new[] { "creation", "associate", "employment", "other", "total" };
        foreach (var (path, counts) in new (string[], int[])[]
        {
            (new[] { "by_establishment", "Besançon" }, new[] { 6, 5, 5, 13, 29 }),
            (new[] { "by_establishment", "Montbéliard" }, new[] { 5, 5, 8, 14, 32 }),
            (new[] { "total" }, new[] { 11, 10, 13, 27, 61 }),
        })
        {
            for (var i = 0; i < categories.Length; i++)
            {
                yield return Row(counts[i], Whole, new[] { "exits" }.Concat(path).Append(categories[i]).ToArray());
            }
        }

        yield return Row(0.56m, Percent, "exits", "positive_rate");
        yield return Row(21, Whole, "exits", "perennial");
        yield return Row(44, Whole, "exits", "previous_year", "total", "total");
        yield return Row(15, Whole, "exits", "previous_year", "perennial");

        yield return Row(19, Whole, "path_duration_months", "average");
        yield return Row(18, Whole, "path_duration_months", "by_category", "creation");
        yield return Row(35, Whole, "path_duration_months", "by_category", "associate");
        yield return Row(16, Whole, "path_duration_months", "by_category", "employment");
        yield return Row(15, Whole, "path_duration_months", "by_category", "other");

        yield return Row(0.45m, Percent, "typology", "women_share");
        yield return Row(0.50m, Percent, "typology", "previous_year", "women_share");

        yield return Row(4285105, Whole, "turnover", "total");
        yield return Row(2365340, Whole, "turnover", "associates");
        yield return Row(1919766, Whole, "turnover", "accompanied");
        yield return Row(0.17m, Percent, "turnover", "growth", "total");
        yield return Row(0.04m, Percent, "turnover", "growth", "associates");
    }

    [Theory]
    [MemberData(nameof(Published))]
    public void Reproduces_the_published_figure_an_export_carries(string path, decimal printed, decimal tolerance)
    {
        var actual = Number(path.Split('/'));
        Assert.True(Math.Abs(actual - printed) <= tolerance, $"{path}: published {printed.ToString(CultureInfo.InvariantCulture)}, computed {actual.ToString(CultureInfo.InvariantCulture)}");
    }

    [Fact]
    public void Figures_the_published_report_cannot_have_are_as_the_contract_sample_gives_them()
    {
        Assert.Equal(0.3443m, Number("exits", "perennial_rate"));
        Assert.Equal(0.3831m, Number("turnover", "growth", "accompanied"));
    }

    [Fact]
    public void Every_person_of_the_sample_is_imported_without_rejection_or_warning()
    {
        Assert.Equal(0, Imported.Import.Code);
        Assert.Equal(string.Empty, Imported.Import.Error);
        Assert.Equal(0, Imported.Report.GetProperty("rejected_rows").GetArrayLength());
        Assert.Equal(222m, Number("input", "paths_accepted"));
        Assert.Equal(Number("input", "activity_read"), Number("input", "activity_accepted"));
    }

    [Fact]
    public void The_export_carries_one_structure_and_no_hours()
    {
        Assert.Equal(new[] { "Coopilote" }, Imported.Report.GetProperty("flows").GetProperty("by_structure").EnumerateObject().Select(p => p.Name));
        Assert.Equal(0m, Number("salary", "total", "hours"));
    }

    internal static string SamplePath(string file) => Path.Combine(AppContext.BaseDirectory, "samples", "endi", file);

    private static object[] Row(decimal printed, decimal tolerance, params string[] path) => new object[] { string.Join("/", path), printed, tolerance };

    private static decimal Number(params string[] path)
    {
        var element = Imported.Report;
        foreach (var name in path)
        {
            element = element.GetProperty(name);
        }

        return element.GetDecimal();
    }

    private static (CliRun, JsonElement) Run()
    {
        var directory = TestData.NewDirectory();
        var import = CliRun.Of(
            "import", "endi",
            "--export", SamplePath("ca-porteurs-2014.csv"),
            "--export", SamplePath("ca-porteurs-2015.csv"),
            "--mapping", SamplePath("mapping.json"),
            "--out", directory);
        Assert.True(import.Code == 0, import.Error);
        var policy = Path.Combine(AppContext.BaseDirectory, "samples", "coopilote-2015", "policy.json");
        var report = CliRun.Of(
            "report", "--paths", Path.Combine(directory, "paths.csv"), "--activity", Path.Combine(directory, "activity.csv"),
            "--policy", policy, "--year", "2015", "--format", "json");
        Assert.True(report.Code == 0, report.Error);
        return (import, report.Json.RootElement.Clone());
    }
}
