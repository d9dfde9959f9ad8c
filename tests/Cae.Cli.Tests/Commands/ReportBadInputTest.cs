using System.Linq;
using System.Text.Json.Nodes;
using Cae.IO.Tests.Csv;
using Xunit;

using Cae.IO.Tests;

namespace Cae.Cli.Tests.Commands;

/// <summary>
/// <c>cae report</c> on <c>Data/bad</c> (one bad row of each rejected kind among good rows) against
/// <c>Data/good</c> (the good rows alone).
/// </summary>
public class ReportBadInputTest
{
    [Theory]
    [InlineData("")]
    [InlineData("fr-FR")]
    [InlineData("tr-TR")]
    public void Reports_every_bad_row_once_and_the_figures_of_the_good_rows(string culture)
    {
        using var scope = new CultureScope(culture);
        var bad = CliRun.Of("report", "--paths", TestData.Path("bad", "paths.csv"), "--activity", TestData.Path("bad", "activity.csv"), "--format", "json");
        var good = CliRun.Of("report", "--paths", TestData.Path("good", "paths.csv"), "--activity", TestData.Path("good", "activity.csv"), "--format", "json");
        Assert.Equal(1, bad.Code);
        Assert.Equal(0, good.Code);

        // rejected_rows lists every bad row once, as file:line: column: reason, in file and line order.
        var rejected = bad.Json.RootElement.GetProperty("rejected_rows").EnumerateArray().Select(r => r.GetString()!).ToArray();
        var expected = BadInputFixture.Expected;
        Assert.Equal(expected.Length, rejected.Length);
        for (var i = 0; i < expected.Length; i++)
        {
            var (file, line, column) = expected[i];
            Assert.StartsWith($"{TestData.Path("bad", file)}:{line}: {column}: ", rejected[i], System.StringComparison.Ordinal);
        }

        // ... and stderr has each of them exactly once, besides the warnings.
        foreach (var row in rejected)
        {
            Assert.Single(bad.ErrorLines, line => line == row);
        }

        // Warnings go to stderr too; without a policy file, associate dates are not checked against a calendar.
        Assert.Contains(bad.ErrorLines, line => line.EndsWith(":12: gender: unknown gender 'X' counted as unknown (F or M expected)", System.StringComparison.Ordinal));
        Assert.DoesNotContain(bad.ErrorLines, line => line.Contains(": associate_date: ", System.StringComparison.Ordinal));

        var input = bad.Json.RootElement.GetProperty("input");
        Assert.Equal(input.GetProperty("paths_read").GetInt32() - 8, input.GetProperty("paths_accepted").GetInt32());
        Assert.Equal(input.GetProperty("activity_read").GetInt32() - 9, input.GetProperty("activity_accepted").GetInt32());

        // Apart from what was read and rejected, the report is the good rows' report.
        Assert.Equal(WithoutInput(good.Out), WithoutInput(bad.Out));
        Assert.Equal(0, good.Json.RootElement.GetProperty("rejected_rows").GetArrayLength());
    }

    private static string WithoutInput(string json)
    {
        var root = JsonNode.Parse(json)!.AsObject();
        root.Remove("rejected_rows");
        root.Remove("input");
        return root.ToJsonString();
    }
}
