using System.IO;
using Cae.IO.Tests.Csv;
using Xunit;

namespace Cae.Cli.Tests.Commands;

/// <summary>
/// The bundled sample rewritten as a French Excel saves it (<c>;</c>, decimal comma with thousands
/// separators, <c>dd/MM/yyyy</c>, <c>MM/yyyy</c>, French category labels, CRLF, Windows-1252 or UTF-8 with
/// BOM) gives the same report as the plain files.
/// </summary>
public class ReportDialectTest
{
    [Theory]
    [InlineData(true, '\u00A0')]
    [InlineData(true, ' ')]
    [InlineData(false, '\u202F')]
    public void The_French_dialect_gives_the_same_report(bool windows1252, char thousands)
    {
        var sample = Path.Combine(System.AppContext.BaseDirectory, Cae.Cli.Input.InputResolver.SampleFolder);
        var folder = TestData.NewDirectory();
        foreach (var file in new[] { "paths.csv", "activity.csv", "sessions.csv", "candidates.csv" })
        {
            File.WriteAllBytes(Path.Combine(folder, file), FrenchDialectWriter.Convert(File.ReadAllText(Path.Combine(sample, file)), windows1252, thousands));
        }

        var plain = CliRun.Of("report", "--format", "json");
        var french = CliRun.Of("report", "--paths", Path.Combine(folder, "paths.csv"), "--activity", Path.Combine(folder, "activity.csv"), "--policy", Path.Combine(sample, "policy.json"), "--sessions", Path.Combine(folder, "sessions.csv"), "--candidates", Path.Combine(folder, "candidates.csv"), "--format", "json");
        Assert.Equal(0, plain.Code);
        Assert.True(french.Code == 0, french.Error);
        Assert.Equal(plain.Out, french.Out);
        Assert.Contains("\"Montbéliard\"", french.Out);
    }
}
