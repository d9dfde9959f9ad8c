using System.IO;
using Xunit;

namespace Cae.Cli.Tests.Commands;

/// <summary><c>--format xlsx</c> of <c>cae report</c>, <c>cae trend</c> and <c>cae forecast</c>: a workbook through <c>--out</c>, never over an input file.</summary>
public class WorkbookCommandsTest
{
    [Theory]
    [InlineData("report", "--lang", "en")]
    [InlineData("trend", "--from", "2014", "--to", "2015")]
    [InlineData("forecast", "--year", "2016", "--entries", "Besançon=40,Montbéliard=30")]
    [InlineData("forecast", "--year", "2015", "--backtest", "--lang", "en")]
    public void The_workbook_goes_to_the_out_file_and_nothing_to_the_standard_output(params string[] command)
    {
        var folder = TestData.NewDirectory();
        try
        {
            var file = Path.Combine(folder, "out.xlsx");
            var run = CliRun.Of([.. command, "--format", "xlsx", "--out", file]);

            Assert.Equal(0, run.Code);
            Assert.Equal(string.Empty, run.Out);
            var bytes = File.ReadAllBytes(file);
            Assert.Equal((byte)'P', bytes[0]);
            Assert.Equal((byte)'K', bytes[1]);
            Assert.Single(Directory.GetFiles(folder));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData("trend", "--from", "2014", "--to", "2015")]
    [InlineData("forecast", "--year", "2016")]
    public void Out_naming_an_input_file_is_a_usage_error_and_the_file_is_untouched(params string[] command)
    {
        var folder = TestData.NewDirectory();
        try
        {
            var paths = Path.Combine(folder, "paths.csv");
            var activity = Path.Combine(folder, "activity.csv");
            File.Copy(Path.Combine(System.AppContext.BaseDirectory, "samples", "coopilote-2015", "paths.csv"), paths);
            File.Copy(Path.Combine(System.AppContext.BaseDirectory, "samples", "coopilote-2015", "activity.csv"), activity);
            var before = File.ReadAllBytes(activity);
            var run = CliRun.Of([.. command, "--paths", paths, "--activity", activity, "--format", "xlsx", "--out", activity]);

            Assert.Equal(2, run.Code);
            Assert.StartsWith("cae: ", run.Error, System.StringComparison.Ordinal);
            Assert.Equal(before, File.ReadAllBytes(activity));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
