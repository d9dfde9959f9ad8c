using System;
using System.IO;
using System.Linq;
using Cae.Domain.Organisation;
using Cae.Domain.Policy;
using Cae.Domain.Values;
using Cae.Rules.Pay;
using NodaTime;
using Xunit;

namespace Cae.Rules.Tests.Docs;

/// <summary>The README's usage example is this test's code: the test runs it and checks the README still shows it.</summary>
public class ReadmeExampleTest
{
    [Fact]
    public void The_example_runs_and_prints_the_documented_values()
    {
        var output = new StringWriter();
        var previous = Console.Out;
        Console.SetOut(output);
        try
        {
            Example();
        }
        finally
        {
            Console.SetOut(previous);
        }

        var text = output.ToString();
        Assert.Contains("Contribution 130.00 €, gross salary 1114.29 €, 93.80 h", text);
        Assert.Contains("smic_hourly", text);
        Assert.Contains("11.88", text);
    }

    [Fact]
    public void The_readme_shows_exactly_this_example()
    {
        var fromReadme = Between(File.ReadAllLines(Path.Combine(RepositoryRoot(), "README.md")), "<!-- example:start -->", "<!-- example:end -->")
            .Where(l => !l.StartsWith("```", StringComparison.Ordinal) && !l.StartsWith("using ", StringComparison.Ordinal) && l.Trim().Length > 0)
            .Select(l => l.Trim())
            .ToArray();
        var fromTest = Between(File.ReadAllLines(Path.Combine(RepositoryRoot(), "tests", "Cae.Rules.Tests", "Docs", "ReadmeExampleTest.cs")), "// example:start", "// example:end").Select(l => l.Trim()).Where(l => l.Length > 0).ToArray();
        Assert.NotEmpty(fromTest);
        Assert.Equal(fromTest, fromReadme);
    }

    private static void Example()
    {
        // example:start
        // January 2025: 1 300 € of turnover, no purchases, under the network's default policy.
        var input = new PayInput(new YearMonth(2025, 1), new Structure("Coopilote"), Money.FromEuros(1300m));
        var pay = new PayCascadeRule(CaePolicy.Default).Explain(input); // purchases, costs and year-to-date base: zero
        Console.WriteLine($"Contribution {pay.Contribution} €, gross salary {pay.GrossSalary} €, {pay.Hours} h");
        foreach (var parameter in pay.Trace.Parameters)
        {
            Console.WriteLine(parameter); // each parameter with its value, effective date and reference
        }

        // example:end
    }

    private static string[] Between(string[] lines, string start, string end)
    {
        var from = Array.FindIndex(lines, l => l.Trim() == start);
        var to = Array.FindIndex(lines, l => l.Trim() == end);
        Assert.True(from >= 0 && to > from, $"markers {start} … {end} not found");
        return lines.Skip(from + 1).Take(to - from - 1).ToArray();
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Cae.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Cae.sln not found above " + AppContext.BaseDirectory);
    }
}
