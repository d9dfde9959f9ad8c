using System;
using System.Diagnostics;
using Xunit;

namespace Cae.Cli.Tests.Commands;

/// <summary>The tool without ICU (<c>DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1</c>) prints the same reports as with it.</summary>
public class InvariantGlobalizationTest
{
    [Theory]
    [InlineData("md", "fr")]
    [InlineData("html", "en")]
    [InlineData("csv", "fr")]
    public void The_report_is_the_same_without_icu(string format, string language)
    {
        var expected = CliRun.Of("report", "--format", format, "--lang", language);
        var (code, text) = Tool(true, "report", "--format", format, "--lang", language);

        Assert.Equal(0, expected.Code);
        Assert.Equal(0, code);
        Assert.Equal(expected.Out, text);
    }

    private static (int Code, string Out) Tool(bool invariant, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(typeof(CaeApp).Assembly.Location);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = invariant ? "1" : "0";
        start.StandardOutputEncoding = System.Text.Encoding.UTF8;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        // Only the note that says which year the report took, nothing else.
        Assert.All(errors.Result.Split('\n', StringSplitOptions.RemoveEmptyEntries), line => Assert.StartsWith("cae: year ", line, StringComparison.Ordinal));
        return (process.ExitCode, output.Result);
    }
}
