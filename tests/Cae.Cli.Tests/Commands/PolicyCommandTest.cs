using System;
using System.Linq;
using System.Text.Json;
using Cae.Domain.Policy;
using Cae.Domain.Policy.Registry;
using Xunit;

namespace Cae.Cli.Tests.Commands;

public class PolicyCommandTest
{
    [Fact]
    public void The_json_lists_every_parameter_in_force_with_its_value_start_and_reference()
    {
        var run = CliRun.Of("policy", "--on", "2016-01-01", "--format", "json");

        Assert.Equal(0, run.Code);
        var items = run.Json.RootElement.EnumerateArray().ToArray();
        var names = items.Select(i => i.GetProperty("name").GetString()).ToArray();
        // Every parameter but the budget (none given) and the employer charges, whose default schedule starts in 2024.
        Assert.Equal(PolicyParameters.All.Where(p => p.Name != "support_budget" && p.Name != "employer_charges").Select(p => p.Name), names.Distinct());
        var in2024 = CliRun.Of("policy", "--on", "2024-01-01", "--format", "json").Json.RootElement.EnumerateArray()
            .Single(i => i.GetProperty("name").GetString() == "employer_charges");
        Assert.Equal("2024-01-01", in2024.GetProperty("from").GetString());
        Assert.Contains("L241-13", in2024.GetProperty("reference").GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.All(items, i => Assert.Equal(new[] { "name", "value", "from", "reference" }, i.EnumerateObject().Select(p => p.Name)));

        var smic = items.Single(i => i.GetProperty("name").GetString() == "smic_hourly");
        Assert.Equal(9.67m, smic.GetProperty("value").GetDecimal());
        Assert.Equal("2016-01-01", smic.GetProperty("from").GetString());
        Assert.StartsWith("Décret n° 2015-1688 du 17 décembre 2015", smic.GetProperty("reference").GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("https://www.legifrance.gouv.fr/", smic.GetProperty("reference").GetProperty("href").GetString(), StringComparison.Ordinal);

        var deadline = items.Single(i => i.GetProperty("name").GetString() == "associate_deadline_months");
        Assert.Equal(36, deadline.GetProperty("value").GetInt32());
        Assert.Contains("L7331-3", deadline.GetProperty("reference").GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Equal("next_assembly", items.Single(i => i.GetProperty("name").GetString() == "admission").GetProperty("value").GetString());
        Assert.Equal("gross_margin", items.Single(i => i.GetProperty("name").GetString() == "contribution.base").GetProperty("value").GetString());
    }

    [Fact]
    public void Over_the_SMIC_history_each_revaluation_has_its_own_reference()
    {
        var titles = CaePolicy.Default.SmicHourly.Values
            .Select(v => CliRun.Of("policy", "--on", v.From.ToString("yyyy-MM-dd", null), "--format", "json").Json.RootElement.EnumerateArray()
                .Single(i => i.GetProperty("name").GetString() == "smic_hourly").GetProperty("reference").GetProperty("title").GetString())
            .ToArray();

        Assert.Equal(CaePolicy.Default.SmicHourly.Values.Count, titles.Distinct().Count());
    }

    [Fact]
    public void A_value_from_policy_json_shows_its_own_reference()
    {
        var policy = CliRun.PolicyJson("policy-own-reference", """
            { "smic_hourly": [ { "from": "2016-01-01", "value": 9.70, "reference": { "title": "Décret de la CAE", "href": "https://www.legifrance.gouv.fr/test" } } ],
              "associate_deadline_months": 30 }
            """);

        var items = CliRun.Of("policy", "--on", "2016-02-01", "--policy", policy, "--format", "json").Json.RootElement.EnumerateArray().ToArray();

        var smic = items.Single(i => i.GetProperty("name").GetString() == "smic_hourly");
        Assert.Equal("Décret de la CAE", smic.GetProperty("reference").GetProperty("title").GetString());
        var deadline = items.Single(i => i.GetProperty("name").GetString() == "associate_deadline_months");
        Assert.Equal(30, deadline.GetProperty("value").GetInt32());
        Assert.Equal(JsonValueKind.Null, deadline.GetProperty("from").ValueKind);
        Assert.Equal("CAE policy (policy-own-reference.json)", deadline.GetProperty("reference").GetProperty("title").GetString());
    }

    [Fact]
    public void The_markdown_uses_the_contract_names()
    {
        var run = CliRun.Of("policy", "--on", "2016-01-01");

        Assert.Equal(0, run.Code);
        Assert.Contains("| admission | next_assembly |", run.Out, StringComparison.Ordinal);
        Assert.Contains("| contribution.base | gross_margin |", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("NextAssembly", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("GrossMargin", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_format_is_a_usage_error()
    {
        var run = CliRun.Of("policy", "--on", "2016-01-01", "--format", "xml");

        Assert.Equal(2, run.Code);
        Assert.Contains("--format", run.Error, StringComparison.Ordinal);
    }
}
