using System;
using System.IO;
using System.Linq;
using Cae.IO.Tests.Csv;
using Xunit;

using Cae.IO.Tests;

namespace Cae.Cli.Tests.Commands;

public class CheckCommandTest
{
    private static (int Code, string Out, string Error) Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = CaeApp.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();

    [Theory]
    [InlineData("")]
    [InlineData("fr-FR")]
    [InlineData("tr-TR")]
    public void Bad_input_exits_1_and_lists_every_rejected_row_and_warning_on_stderr(string culture)
    {
        using var scope = new CultureScope(culture);
        var paths = TestData.Path("bad", "paths.csv");
        var activity = TestData.Path("bad", "activity.csv");
        var (code, output, error) = Run("check", "--paths", paths, "--activity", activity);
        Assert.Equal(1, code);
        var lines = Lines(error);
        var expected = BadInputFixture.Expected
            .Select(e => $"{(e.File == "paths.csv" ? paths : activity)}:{e.Line}: {e.Column}: ")
            .Concat(new[] { $"{paths}:1: notes: ", $"{paths}:12: gender: " })
            .ToArray();
        Assert.Equal(expected.Length, lines.Length);
        foreach (var prefix in expected)
        {
            Assert.Single(lines, l => l.StartsWith(prefix, StringComparison.Ordinal));
        }

        Assert.Equal($"{paths}:1: notes: unknown column ignored", lines[0]);
        Assert.Equal(
            new[]
            {
                $"{paths}: 16 rows read, 8 accepted, 8 rejected (delimiter ',', UTF-8 with BOM)",
                $"{activity}: 20 rows read, 11 accepted, 9 rejected (delimiter ';', Windows-1252)",
                "17 rows rejected, 2 warnings",
            },
            Lines(output));
    }

    [Fact]
    public void Stderr_lists_messages_file_by_file_in_line_order()
    {
        var paths = TestData.Path("bad", "paths.csv");
        var (_, _, error) = Run("check", "--paths", paths, "--activity", TestData.Path("bad", "activity.csv"));
        var positions = Lines(error)
            .Select(l => (File: l.StartsWith(paths, StringComparison.Ordinal) ? 0 : 1, Line: int.Parse(l.Split(':')[1], System.Globalization.CultureInfo.InvariantCulture)))
            .ToArray();
        Assert.Equal(positions.OrderBy(p => p.File).ThenBy(p => p.Line), positions);
    }

    [Fact]
    public void Good_input_exits_0_with_a_summary_and_only_its_warnings_on_stderr()
    {
        var (code, output, error) = Run("check", "--paths", TestData.Path("good", "paths.csv"), "--activity", TestData.Path("good", "activity.csv"));
        Assert.Equal(0, code);
        Assert.Equal(new[] { "paths.csv:1: notes: unknown column ignored", "paths.csv:8: gender: unknown gender 'X' counted as unknown (F or M expected)" }, Lines(error).Select(l => l.Substring(l.LastIndexOf("paths.csv", StringComparison.Ordinal))));
        Assert.EndsWith("0 rows rejected, 2 warnings", output.TrimEnd(), StringComparison.Ordinal);
        Assert.Contains("8 rows read, 8 accepted, 0 rejected", output, StringComparison.Ordinal);
    }

    [Fact]
    public void File_names_are_printed_as_given_on_the_command_line()
    {
        var directory = TestData.NewDirectory();
        File.Copy(TestData.Path("bad", "paths.csv"), Path.Combine(directory, "p.csv"));
        File.Copy(TestData.Path("good", "activity.csv"), Path.Combine(directory, "a.csv"));
        var previous = Environment.CurrentDirectory;
        try
        {
            Environment.CurrentDirectory = directory;
            var (code, _, error) = Run("check", "--paths", "p.csv", "--activity", "./a.csv");
            Assert.Equal(1, code);
            Assert.StartsWith("p.csv:1: notes: unknown column ignored", error, StringComparison.Ordinal);
        }
        finally
        {
            Environment.CurrentDirectory = previous;
        }
    }

    [Fact]
    public void A_missing_file_exits_2_with_one_line_and_no_stack_trace()
    {
        var (code, output, error) = Run("check", "--paths", "missing/paths.csv", "--activity", TestData.Path("good", "activity.csv"));
        Assert.Equal(2, code);
        Assert.Equal(new[] { "missing/paths.csv: file not found" }, Lines(error));
        Assert.Empty(output);
    }

    [Fact]
    public void A_missing_required_column_exits_2_naming_it()
    {
        var directory = TestData.NewDirectory();
        var paths = Path.Combine(directory, "paths.csv");
        File.WriteAllText(paths, "entrepreneur_id;establishment;structure\nE1;B;C\n");
        var (code, _, error) = Run("check", "--paths", paths, "--activity", TestData.Path("good", "activity.csv"));
        Assert.Equal(2, code);
        Assert.Equal(new[] { $"{paths}:1: entry_date: required column missing" }, Lines(error));
    }

    [Fact]
    public void Both_files_are_required_options()
    {
        var (code, _, error) = Run("check", "--paths", TestData.Path("good", "paths.csv"));
        Assert.Equal(2, code);
        Assert.Contains("--activity", error, StringComparison.Ordinal);
    }

    [Fact]
    public void With_a_policy_associate_dates_off_its_assemblies_are_warnings_and_the_exit_code_stays_0()
    {
        var directory = TestData.NewDirectory();
        var policy = Path.Combine(directory, "policy.json");
        File.WriteAllText(policy, "{ \"assemblies\": [\"2015-06-20\"], \"admission\": \"next_assembly\" }");
        var paths = TestData.Path("good", "paths.csv");
        var (code, _, error) = Run("check", "--paths", paths, "--activity", TestData.Path("good", "activity.csv"), "--policy", policy);
        Assert.Equal(0, code);
        Assert.Contains(
            $"{paths}:3: associate_date: 2015-06-13 is not a general-assembly date of the policy (admission rule not followed); the row is kept",
            Lines(error));

        File.WriteAllText(policy, "{ \"assemblies\": [\"2015-06-13\"] }");
        (code, _, error) = Run("check", "--paths", paths, "--activity", TestData.Path("good", "activity.csv"), "--policy", policy);
        Assert.Equal(0, code);
        Assert.DoesNotContain("associate_date", error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unreadable_policy_file_exits_2()
    {
        var (code, output, error) = Run("check", "--paths", TestData.Path("good", "paths.csv"), "--activity", TestData.Path("good", "activity.csv"), "--policy", "no/such/policy.json");
        Assert.Equal(2, code);
        Assert.StartsWith("no/such/policy.json: ", error, StringComparison.Ordinal);
        Assert.Empty(output);
    }
}
