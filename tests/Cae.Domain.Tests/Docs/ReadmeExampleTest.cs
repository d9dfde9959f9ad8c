using System;
using System.IO;
using System.Linq;
using Cae.Domain.Policy;
using Cae.Domain.Values;
using NodaTime;
using Xunit;

namespace Cae.Domain.Tests.Docs;

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

        Assert.Contains("SMIC 9.61 €/h", output.ToString());
        Assert.Contains("Contribution 425.00 € on 4250.00 €", output.ToString());
        Assert.Contains("Support limit 24 months", output.ToString());
    }

    [Fact]
    public void The_readme_shows_exactly_this_example()
    {
        var fromReadme = Between(File.ReadAllLines(Path.Combine(RepositoryRoot(), "README.md")), "<!-- example:start -->", "<!-- example:end -->")
            .Where(l => !l.StartsWith("```", StringComparison.Ordinal) && !l.StartsWith("using ", StringComparison.Ordinal) && l.Trim().Length > 0)
            .Select(l => l.Trim())
            .ToArray();
        var fromTest = Between(File.ReadAllLines(Path.Combine(RepositoryRoot(), "tests", "Cae.Domain.Tests", "Docs", "ReadmeExampleTest.cs")), "// example:start", "// example:end").Select(l => l.Trim()).Where(l => l.Length > 0).ToArray();
        Assert.NotEmpty(fromTest);
        Assert.Equal(fromTest, fromReadme);
    }

    private static void Example()
    {
        // example:start
        var policy = CaePolicy.Default;
        var june2015 = new LocalDate(2015, 6, 1);
        var smic = policy.SmicHourly.EntryOn(june2015);          // 9.61 €/h, with its reference
        var turnover = Money.FromEuros(4_250.00m);
        var contribution = turnover.MultiplyBy(Rate.FromPercent(10)); // 425.00, rounded to the cent
        Console.WriteLine($"SMIC {smic.Value} €/h ({smic.Reference.Title})");
        Console.WriteLine($"Contribution {contribution} € on {turnover} €");
        Console.WriteLine($"Support limit {policy.SupportLimitMonths.ValueOn(june2015)} months");
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
