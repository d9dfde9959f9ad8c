using System.IO;
using System.Linq;
using System.Text.Json;
using Cae.Cli.Commands;
using Xunit;

namespace Cae.Cli.Tests.Commands;

public class PathCommandTest
{
    private static readonly string JunePolicy = CliRun.PolicyJson("path-june-assemblies", """
        { "assemblies": ["2013-06-15", "2014-06-14", "2015-06-13", "2016-06-18"], "admission": "next_assembly" }
        """);

    [Fact]
    public void Worked_example_prints_the_contract_fields()
    {
        var run = CliRun.Of("path", "--entry", "2013-03-01", "--on", "2015-04-01", "--policy", JunePolicy);

        Assert.Equal(0, run.Code);
        Assert.Equal(string.Empty, run.Error);
        var root = run.Json.RootElement;
        Assert.Equal(
            new[] { "support_end", "months_elapsed", "legal_associate_deadline", "admission_date", "waiting_months", "violations", "explain" },
            root.EnumerateObject().Select(p => p.Name).ToArray());
        Assert.Equal("2015-03-01", root.GetProperty("support_end").GetString());
        Assert.Equal(25, root.GetProperty("months_elapsed").GetInt32());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("legal_associate_deadline").ValueKind);
        Assert.Equal("2015-06-13", root.GetProperty("admission_date").GetString());
        Assert.Equal(3, root.GetProperty("waiting_months").GetInt32());
        Assert.Equal(0, root.GetProperty("violations").GetArrayLength());
        var parameter = root.GetProperty("explain").EnumerateArray().First(s => s.GetProperty("name").GetString() == "support_limit_months");
        Assert.Equal("parameter", parameter.GetProperty("kind").GetString());
        Assert.Equal("24", parameter.GetProperty("value").GetString());
        Assert.Equal(Cae.Domain.Policy.LegalParameters.SupportLimit.Title, parameter.GetProperty("reference").GetString());
        var assemblies = root.GetProperty("explain").EnumerateArray().First(s => s.GetProperty("name").GetString() == "assemblies");
        Assert.Equal("CAE policy (" + Path.GetFileName(JunePolicy) + ")", assemblies.GetProperty("reference").GetString());
    }

    [Fact]
    public void With_a_cesa_and_a_cape_the_legal_deadline_and_its_violations_appear()
    {
        var run = CliRun.Of("path", "--entry", "2012-03-01", "--cape-months", "12", "--cesa", "2013-03-01", "--application", "2014-07-01", "--on", "2014-08-01", "--policy", JunePolicy);

        Assert.Equal(0, run.Code);
        var root = run.Json.RootElement;
        Assert.Equal("2015-03-01", root.GetProperty("legal_associate_deadline").GetString());
        Assert.Equal("2015-06-13", root.GetProperty("admission_date").GetString());
        Assert.Equal(11, root.GetProperty("waiting_months").GetInt32());
        var violation = Assert.Single(root.GetProperty("violations").EnumerateArray()).GetString();
        Assert.StartsWith("the first admission possible (2015-06-13) falls after the legal associate deadline of 2015-03-01", violation);
        Assert.Contains("L7331-3", violation);
    }

    [Fact]
    public void Without_a_calendar_the_admission_is_null_and_explained()
    {
        var run = CliRun.Of("path", "--entry", "2016-02-29", "--on", "2016-03-01");

        var root = run.Json.RootElement;
        Assert.Equal("2018-02-28", root.GetProperty("support_end").GetString());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("admission_date").ValueKind);
        Assert.Equal(JsonValueKind.Null, root.GetProperty("waiting_months").ValueKind);
        Assert.Contains(root.GetProperty("explain").EnumerateArray(), s => s.GetProperty("value").GetString()!.Contains("records no general assembly"));
    }

    [Fact]
    public void On_defaults_to_today()
    {
        var today = CalculatorArguments.Today();
        var entry = today.PlusMonths(-5).PlusDays(-1);
        var run = CliRun.Of("path", "--entry", entry.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(5, run.Json.RootElement.GetProperty("months_elapsed").GetInt32());
    }

    [Fact]
    public void Markdown_shows_the_table_violations_and_explanation()
    {
        var run = CliRun.Of("path", "--entry", "2013-03-01", "--on", "2015-07-01", "--policy", JunePolicy, "--format", "md");

        Assert.Equal(0, run.Code);
        Assert.Contains("| Support end | 2015-03-01 |", run.Out);
        Assert.Contains("| Admission date | 2015-06-13 |", run.Out);
        Assert.Contains("- still supported on 2015-07-01, past the support limit of 24 months reached on 2015-03-01", run.Out);
        Assert.Contains("## Explanation", run.Out);
    }

    [Theory]
    [InlineData("--entry", "2015-13-01", "cae: --entry: '2015-13-01' is not a date (yyyy-MM-dd)")]
    [InlineData("--on", "01/02/2015", "cae: --on: '01/02/2015' is not a date (yyyy-MM-dd)")]
    [InlineData("--cesa", "soon", "cae: --cesa: 'soon' is not a date (yyyy-MM-dd)")]
    [InlineData("--cape-months", "-3", "cae: --cape-months: '-3' is not a whole number, zero or more")]
    [InlineData("--format", "xml", "cae: --format: 'xml' is not one of json, md")]
    public void Bad_values_are_one_line_on_stderr_and_exit_2(string option, string value, string message)
    {
        var args = option == "--entry"
            ? new[] { "path", "--entry", value }
            : new[] { "path", "--entry", "2015-01-01", option, value };
        var run = CliRun.Of(args);

        Assert.Equal(2, run.Code);
        Assert.Equal(string.Empty, run.Out);
        Assert.Equal(new[] { message }, run.ErrorLines);
    }

    [Fact]
    public void A_missing_entry_or_policy_file_is_a_usage_error()
    {
        Assert.Equal(2, CliRun.Of("path").Code);
        var missing = CliRun.Of("path", "--entry", "2015-01-01", "--policy", Path.Combine(Path.GetTempPath(), "no-such-policy.json"));
        Assert.Equal(2, missing.Code);
        Assert.Single(missing.ErrorLines);
    }
}
