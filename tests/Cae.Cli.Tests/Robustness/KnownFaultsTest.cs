using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using Cae.Cli.Tests.Commands;
using Xunit;

namespace Cae.Cli.Tests.Robustness;

/// <summary>
/// The faults found by trying the tool as a new user would, each pinned: a crash (a stack trace, exit 134) or a
/// wrong answer with exit code 0 before its fix.
/// </summary>
public sealed class KnownFaultsTest : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "cae-faults-" + Guid.NewGuid().ToString("N"));

    public KnownFaultsTest() => Directory.CreateDirectory(folder);

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Theory]
    [InlineData("9999")]
    [InlineData("0")]
    [InlineData("1")]
    [InlineData("10000")]
    [InlineData("-5")]
    [InlineData("2013")] // no data: gave an all-zero report with exit 0
    [InlineData("2016")]
    public void A_year_outside_the_data_is_a_usage_error_naming_the_covered_years(string year)
    {
        var run = CliRun.Of("report", "--year", year);
        Assert.Equal(2, run.Code);
        Assert.Equal($"cae: --year {year}: the data holds no row of {year}; it covers 2014–2015.", Assert.Single(run.ErrorLines));
        Assert.Empty(run.Out);
        Assert.Equal(2, CliRun.Of("whatif", "--sweep", "contribution_rate=0.1", "--year", year).Code);
    }

    [Fact]
    public void A_year_that_is_not_a_number_is_said_in_the_users_words()
    {
        foreach (var command in new[] { "report", "whatif" })
        {
            var run = CliRun.Of(command, "--year", "abc");
            Assert.Equal(2, run.Code);
            Assert.Equal("cae: --year: 'abc' is not a year (a whole number, e.g. 2015)", Assert.Single(run.ErrorLines));
            Assert.DoesNotContain("System.", run.Error);
        }
    }

    [Fact]
    public void A_9999_12_31_exit_date_is_no_crash()
    {
        var run = Report(Paths("E1,B,C,2014-01-01,9999-12-31,other", "E2,B,C,2015-02-01,,"), Activity("E1,2015-01,C,10", "E2,2015-03,C,20"), "--format", "json");
        Assert.True(run.Code is 0 or 1, run.Error);
        Assert.DoesNotContain("Exception", run.Error);
        Assert.DoesNotContain("   at ", run.Error);
    }

    [Fact]
    public void Data_that_stops_in_February_reports_its_last_year_and_says_so()
    {
        // The default year was 2013 or 2014 for such a file.
        var run = Report(Paths("E1,B,C,2013-01-01,,"), Activity("E1,2013-12,C,10", "E1,2014-01,C,10", "E1,2014-02,C,10"), "--format", "json");
        Assert.Equal(0, run.Code);
        using var json = run.Json;
        Assert.Equal(2014, json.RootElement.GetProperty("year").GetInt32());
        Assert.Equal("cae: year 2014: no year has data in 10 of its 12 months, so the last year with data, in 2 months (--year for another).", Assert.Single(run.ErrorLines));
    }

    [Fact]
    public void Amounts_past_two_to_the_63_cents_are_rejected_rows_not_an_overflow()
    {
        // Two accepted amounts of 92 233 720 368 547 758 € each overflowed the contribution sum (or, in the other
        // order, gave a negative total with exit 0). Amounts are now bounded at 10^12 € per row.
        var run = Report(
            Paths("E1,B,C,2014-01-01,,"),
            "entrepreneur_id,month,structure,turnover,purchases\nE1,2015-01,C,92233720368547758,0\nE1,2015-02,C,92233720368547758,0\nE1,2015-03,C,1000000000000,0\nE1,2015-04,C,1000000000000,0\n",
            "--format", "json", "--year", "2015");
        Assert.Equal(1, run.Code);
        Assert.Equal(2, run.ErrorLines.Count(l => l.Contains("beyond 10^12", StringComparison.Ordinal)));
        using var json = run.Json;
        Assert.Equal(2_000_000_000_000m, json.RootElement.GetProperty("turnover").GetProperty("total").GetDecimal());
        Assert.Equal(200_000_000_000m, json.RootElement.GetProperty("contributions").GetProperty("total").GetDecimal());
    }

    [Fact]
    public void A_path_at_the_end_of_the_calendar_is_a_usage_error()
    {
        var run = CliRun.Of("path", "--entry", "9999-12-01");
        Assert.Equal(2, run.Code);
        Assert.Equal("cae: --entry: 9999-12-01 is outside the dates the tool handles, 1900-01-01..2100-12-31", Assert.Single(run.ErrorLines));
    }

    [Fact]
    public void A_huge_support_limit_is_a_usage_error_naming_the_field_in_path_and_whatif()
    {
        var policy = CliRun.PolicyJson("huge-limit", "{ \"support_limit_months\": 100000 }");
        var path = CliRun.Of("path", "--entry", "2015-01-01", "--policy", policy);
        Assert.Equal(2, path.Code);
        Assert.Contains("support_limit_months", Assert.Single(path.ErrorLines));
        var whatif = CliRun.Of("whatif", "--scenario", policy, "--year", "2015");
        Assert.Equal(2, whatif.Code);
        Assert.Contains("support_limit_months", Assert.Single(whatif.ErrorLines));
    }

    [Fact]
    public void A_huge_application_cutoff_is_a_usage_error_naming_the_field()
    {
        var policy = CliRun.PolicyJson("huge-cutoff", "{ \"application_cutoff_days\": 2000000000 }");
        var path = CliRun.Of("path", "--entry", "2015-01-01", "--application", "2015-02-01", "--policy", policy);
        Assert.Equal(2, path.Code);
        Assert.Contains("application_cutoff_days", Assert.Single(path.ErrorLines));
    }

    [Fact]
    public void A_sweep_to_a_cutoff_beyond_the_calendar_blames_the_cutoff_not_the_indicators()
    {
        var run = CliRun.Of("whatif", "--sweep", "application_cutoff_days=0,1000000000", "--year", "2015");
        Assert.Equal(2, run.Code);
        var line = Assert.Single(run.ErrorLines);
        Assert.Equal("cae: --sweep: application_cutoff_days: a whole number from 0 to 730 is expected (got 1000000000)", line);
    }

    [Fact]
    public void A_full_standard_output_is_exit_2_with_one_line()
    {
        using var stderr = new StringWriter(CultureInfo.InvariantCulture);
        var code = CaeApp.Run(new[] { "report", "--year", "2015" }, new FailingWriter(new IOException("No space left on device")), stderr);
        Assert.Equal(2, code);
        Assert.Equal("cae: cannot write to the standard output: No space left on device", stderr.ToString().Trim());
    }

    [Fact]
    public void Dev_full_as_standard_output_is_exit_2_with_one_line()
    {
        if (!File.Exists("/dev/full"))
        {
            return; // not on this system
        }

        var full = new StreamWriter(new FileStream("/dev/full", FileMode.Open, FileAccess.Write, FileShare.ReadWrite, bufferSize: 0), new UTF8Encoding(false)) { AutoFlush = true };
        using var stderr = new StringWriter(CultureInfo.InvariantCulture);
        var code = CaeApp.Run(new[] { "report", "--year", "2015" }, full, stderr);
        try
        {
            full.Dispose(); // flushes what could not be written, and fails again
        }
        catch (IOException)
        {
        }

        Assert.Equal(2, code);
        Assert.StartsWith("cae: cannot write to the standard output: ", Assert.Single(stderr.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries)));
    }

    [Fact]
    public void An_unexpected_error_is_one_line_and_the_internal_error_code()
    {
        using var stderr = new StringWriter(CultureInfo.InvariantCulture);
        var code = CaeApp.Run(new[] { "report", "--year", "2015" }, new FailingWriter(new InvalidOperationException("boom")), stderr);
        Assert.Equal(3, code);
        var line = Assert.Single(stderr.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal("cae: internal error (InvalidOperationException): boom (please report it, with the command line)", line.TrimEnd('\r'));
    }

    [Fact]
    public void Out_naming_an_input_file_is_a_usage_error_and_the_input_is_untouched()
    {
        var paths = Write("paths.csv", Paths("E1,B,C,2014-01-01,,"));
        var activity = Write("activity.csv", Activity("E1,2015-01,C,10"));
        var before = File.ReadAllBytes(activity);
        foreach (var target in new[] { activity, Path.Combine(folder, ".", "activity.csv"), paths })
        {
            var run = CliRun.Of("report", "--paths", paths, "--activity", activity, "--year", "2015", "--out", target);
            Assert.Equal(2, run.Code);
            Assert.Contains("is the input file", Assert.Single(run.ErrorLines));
        }

        Assert.Equal(before, File.ReadAllBytes(activity));
        if (!OperatingSystem.IsWindows())
        {
            var link = Path.Combine(folder, "link.csv");
            File.CreateSymbolicLink(link, activity);
            var linkedFolder = Path.Combine(folder, "linked");
            Directory.CreateSymbolicLink(linkedFolder, folder);
            foreach (var target in new[] { link, Path.Combine(linkedFolder, "activity.csv") })
            {
                var run = CliRun.Of("report", "--paths", paths, "--activity", activity, "--year", "2015", "--out", target);
                Assert.Equal(2, run.Code);
            }

            Assert.Equal(before, File.ReadAllBytes(activity));
        }

        var scenario = CliRun.PolicyJson("scenario-out", "{ \"name\": \"s\" }");
        var whatif = CliRun.Of("whatif", "--scenario", scenario, "--year", "2015", "--out", scenario);
        Assert.Equal(2, whatif.Code);
        Assert.Equal("{ \"name\": \"s\" }", File.ReadAllText(scenario));
    }

    [Fact]
    public void Out_writes_through_a_temporary_file_and_leaves_nothing_else()
    {
        var target = Path.Combine(folder, "bilan.md");
        File.WriteAllText(target, "old");
        var run = CliRun.Of("report", "--year", "2015", "--out", target);
        Assert.Equal(0, run.Code);
        Assert.StartsWith("# Bilan d'activité 2015", File.ReadAllText(target));
        Assert.Equal(new[] { target }, Directory.GetFiles(folder));

        var missing = CliRun.Of("report", "--year", "2015", "--out", Path.Combine(folder, "no-such-folder", "bilan.md"));
        Assert.Equal(2, missing.Code);
        Assert.Single(missing.ErrorLines);
        Assert.Equal(new[] { target }, Directory.GetFiles(folder));
    }

    [Fact]
    public void Out_dash_is_the_standard_output()
    {
        var current = Directory.GetCurrentDirectory();
        var run = CliRun.Of("report", "--year", "2015", "--format", "json", "--out", "-");
        Assert.Equal(0, run.Code);
        Assert.StartsWith("{", run.Out);
        Assert.False(File.Exists(Path.Combine(current, "-")));
    }

    [Fact]
    public void Whatif_writes_to_out_in_French_by_default()
    {
        var scenario = CliRun.PolicyJson("rate-8", "{ \"name\": \"Huit pour cent\", \"contribution\": { \"rates\": [ { \"from\": \"2014-01-01\", \"rate\": 0.08 } ] } }");
        var target = Path.Combine(folder, "simulation.md");
        var run = CliRun.Of("whatif", "--scenario", scenario, "--year", "2015", "--out", target);
        Assert.True(run.Code == 0, run.Error);
        Assert.Empty(run.Out);
        var text = File.ReadAllText(target);
        Assert.StartsWith("# Simulation : Huit pour cent (2015)", text);
        Assert.Contains("| Indicateur | Référence | Scénario | Écart |", text);
        Assert.Contains("## Chiffres clés", text);
        Assert.DoesNotContain("Key figures", text);
    }

    private CliRun Report(string paths, string activity, params string[] more) =>
        CliRun.Of(new[] { "report", "--paths", Write("paths.csv", paths), "--activity", Write("activity.csv", activity) }.Concat(more).ToArray());

    private static string Paths(params string[] rows) =>
        "entrepreneur_id,establishment,structure,entry_date,exit_date,exit_category\n" + string.Join("\n", rows) + "\n";

    private static string Activity(params string[] rows) =>
        "entrepreneur_id,month,structure,turnover\n" + string.Join("\n", rows) + "\n";

    private string Write(string name, string text)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>A writer whose every write fails.</summary>
    private sealed class FailingWriter : TextWriter
    {
        private readonly Exception failure;

        public FailingWriter(Exception failure) => this.failure = failure;

        public override Encoding Encoding => Encoding.UTF8;

        public override void Write(char value) => throw failure;

        public override void Write(string? value) => throw failure;

        public override void Write(char[] buffer, int index, int count) => throw failure;
    }
}
