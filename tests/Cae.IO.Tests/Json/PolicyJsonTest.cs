using System;
using System.Linq;
using System.Text;
using Cae.Domain.Organisation;
using Cae.Domain.Paths;
using Cae.Domain.Policy;
using Cae.Domain.Values;
using NodaTime;
using Xunit;

namespace Cae.IO.Tests.Json;

public class PolicyJsonTest
{
    private const string ContractExample = """
        {
          "support_limit_months": 24,
          "assemblies": ["2015-06-13", "2016-06-18"],
          "admission": "next_assembly",
          "application_cutoff_days": 0,
          "contribution": {
            "base": "gross_margin",
            "rates": [ { "from": "2015-01-01", "rate": 0.10 },
                       { "from": "2015-01-01", "structure": "Baticoop", "rate": 0.08,
                         "tiers": [ { "above": 35000, "rate": 0.06 } ] } ],
            "monthly_minimum": 0
          },
          "employer_charges": [ { "from": "2015-01-01", "rate": 0.45 } ],
          "smic_hourly": [ { "from": "2015-01-01", "value": 9.61 } ],
          "fte_annual_hours": 1820,
          "positive_exits": ["creation", "associate", "employment"],
          "perennial_exits": ["creation", "associate"],
          "reporting_units": [ { "structure": "Coopilote", "establishment": "Besançon", "label": "Coopilote B" } ],
          "support_budget": { "2015": 440000 }
        }
        """;

    private static CaePolicy Load(string json) =>
        PolicyJson.Overrides(Encoding.UTF8.GetBytes(json), "policy.json", allowName: false).ApplyTo(CaePolicy.Default);

    private static InputException Fails(string json, bool allowName = false) =>
        Assert.Throws<InputException>(() => PolicyJson.Overrides(Encoding.UTF8.GetBytes(json), "policy.json", allowName).ApplyTo(CaePolicy.Default));

    [Fact]
    public void The_contract_example_loads_with_every_field()
    {
        var p = Load(ContractExample);
        var day = new LocalDate(2015, 7, 1);
        Assert.Equal(24, p.SupportLimitMonths.ValueOn(day));
        Assert.Equal(new[] { new LocalDate(2015, 6, 13), new LocalDate(2016, 6, 18) }, p.Assemblies.Dates);
        Assert.Equal(AdmissionMode.NextAssembly, p.Admission);
        Assert.Equal(ContributionBase.GrossMargin, p.Contribution.Base);
        var baticoop = p.Contribution.RateFor(day, new Structure("Baticoop"));
        Assert.Equal(0.08m, baticoop.Rate.Value);
        Assert.Equal(Money.FromEuros(35000m), baticoop.Tiers.Single().Above);
        Assert.Equal(0.10m, p.Contribution.RateFor(day, new Structure("Coopilote")).Rate.Value);
        Assert.True(p.EmployerCharges.ValueOn(day).IsFlat);
        Assert.Equal(0.45m, p.EmployerCharges.ValueOn(day).RateAt(2m));
        Assert.Equal(Money.FromEuros(9.61m), p.SmicHourly.ValueOn(day));
        Assert.Equal(Hours.FromDecimal(1820m), p.FteAnnualHours.ValueOn(day));
        Assert.Equal(ExitCategorySet.Of(ExitCategory.Creation, ExitCategory.Associate, ExitCategory.Employment), p.PositiveExits);
        Assert.Equal("Coopilote B", p.ReportingUnits.LabelFor(new Structure("Coopilote"), new Establishment("Besançon")));
        Assert.Equal(Money.FromEuros(440000m), p.SupportBudget[2015]);
    }

    [Fact]
    public void Smic_table_of_the_file_replaces_the_built_in_table()
    {
        var p = Load("""{ "smic_hourly": [ { "from": "2015-01-01", "value": 9.61 } ] }""");
        Assert.Throws<Cae.Domain.Errors.DomainRuleException>(() => p.SmicHourly.ValueOn(new LocalDate(2014, 12, 31)));
        Assert.Equal(Money.FromEuros(9.61m), p.SmicHourly.ValueOn(new LocalDate(2030, 1, 1)));
    }

    [Fact]
    public void A_general_reduction_schedule_takes_T_and_the_threshold_from_the_library_s_tables_unless_given()
    {
        var p = Load("""
            { "employer_charges": [ { "from": "2016-01-01", "general_reduction": { "full_rate": 0.43 } },
                                    { "from": "2024-01-01", "general_reduction": { "full_rate": 0.40, "max_coefficient": 0.3194 } } ] }
            """);
        var in2016 = p.EmployerCharges.ValueOn(new LocalDate(2016, 6, 1));
        Assert.Equal(EmployerChargeSchedule.GeneralReduction(Rate.FromFraction(0.43m), 0.2845m, 1.6m), in2016);
        Assert.Equal(EmployerChargeSchedule.GeneralReduction(Rate.FromFraction(0.40m), 0.3194m, 1.6m), p.EmployerCharges.ValueOn(new LocalDate(2024, 6, 1)));
        Assert.Throws<Cae.IO.InputException>(() => Load("""{ "employer_charges": [ { "from": "2016-01-01", "general_reduction": { "max_coefficient": 0.3 } } ] }"""));
        Assert.Throws<Cae.IO.InputException>(() => Load("""{ "employer_charges": [ { "from": "2016-01-01", "rate": 0.4, "general_reduction": { "full_rate": 0.43 } } ] }"""));
    }

    [Fact]
    public void Fields_absent_from_the_file_keep_the_default()
    {
        var p = Load("""{ "support_limit_months": 30 }""");
        Assert.Equal(30, p.SupportLimitMonths.ValueOn(new LocalDate(2015, 1, 1)));
        Assert.Equal(CaePolicy.Default.SmicHourly, p.SmicHourly);
        Assert.Equal(CaePolicy.Default.Contribution, p.Contribution);
    }

    [Fact]
    public void An_unknown_field_is_an_error_with_its_line()
    {
        var e = Fails("{\n  \"support_limit_months\": 24,\n  \"suport_budget\": {}\n}");
        Assert.StartsWith("policy.json:3: $.suport_budget: unknown field 'suport_budget' (a typo must not fall back to a default); the fields are support_limit_months, ", e.Message, StringComparison.Ordinal);
        Assert.Contains("support_budget", e.Message.Substring(e.Message.IndexOf(';')), StringComparison.Ordinal);
    }

    [Fact]
    public void A_nested_bad_value_names_its_path_and_line()
    {
        var e = Fails("{\n  \"contribution\": {\n    \"rates\": [\n      { \"from\": \"2015-01-01\", \"rate\": 1.5 }\n    ]\n  }\n}");
        Assert.StartsWith("policy.json:4: $.contribution.rates[0].rate: a rate is a fraction between 0 and 1", e.Message);
    }

    [Theory]
    [InlineData("""{ "admission": "sometimes" }""", "$.admission: 'sometimes' is not an admission mode")]
    [InlineData("""{ "assemblies": ["13/06/2015"] }""", "$.assemblies[0]: '13/06/2015' is not a date")]
    [InlineData("""{ "positive_exits": ["succès"] }""", "$.positive_exits[0]: 'succès' is not an exit category")]
    [InlineData("""{ "support_limit_months": -3 }""", "$.support_limit_months: a whole number from 1 to 240 is expected (got -3)")]
    [InlineData("""{ "support_limit_months": 2.5 }""", "$.support_limit_months: a whole number is expected (got 2.5)")]
    [InlineData("""{ "support_limit_months": 100000 }""", "$.support_limit_months: a whole number from 1 to 240 is expected (got 100000)")]
    [InlineData("""{ "application_cutoff_days": 5000 }""", "$.application_cutoff_days: a whole number from 0 to 730 is expected (got 5000)")]
    [InlineData("""{ "cape_maximum_months": 0 }""", "$.cape_maximum_months: a whole number from 1 to 36 is expected (got 0)")]
    [InlineData("""{ "smic_hourly": [ { "from": "2015-01-01", "value": 0 } ] }""", "$.smic_hourly: a positive amount is expected (got 0.00)")]
    [InlineData("""{ "fte_annual_hours": 0 }""", "$.fte_annual_hours: a positive number of hours, at most 8784, is expected (got 0.00)")]
    [InlineData("""{ "support_budget": { "2015": 0 } }""", "$.support_budget.2015: support_budget: a positive amount is expected (got 0.00)")]
    [InlineData("""{ "support_budget": { "2300": 10 } }""", "$.support_budget.2300: support_budget: a whole number from 1900 to 2100 is expected (got 2300)")]
    [InlineData("""{ "smic_hourly": [ { "from": "2015-01-01", "value": 9.61, "reference": { "href": "x" } } ] }""", "$.smic_hourly[0].reference: a reference needs 'title'")]
    [InlineData("""{ "associate_deadline_months": [ { "from": "2015-01-01", "value": 30, "source": "x" } ] }""", "$.associate_deadline_months[0].source: unknown field 'source'")]
    [InlineData("""{ "application_cutoff_days": [ { "from": "2015-01-01", "value": 3 } ] }""", "$.application_cutoff_days: a number is expected, not array")]
    [InlineData("""{ "contribution": { "rates": [ { "from": "2015-01-01", "structure": "X", "rate": 0.1 } ] } }""", "$.contribution.rates: contribution.rates: a contribution policy has a CAE-wide default rate")]
    [InlineData("""{ "employer_charges": [ { "from": "2015-01-01", "by_smic_multiple": [[1.0]] } ] }""", "$.employer_charges[0].by_smic_multiple[0]: a point is [smic_multiple, rate]")]
    [InlineData("""[1, 2]""", "$: an object is expected")]
    [InlineData("""{ "name": "x" }""", "$.name: unknown field 'name'")]
    public void Invalid_values_are_errors(string json, string expected) =>
        Assert.Contains(expected, Fails(json).Message);

    [Fact]
    public void Invalid_json_reports_the_line()
    {
        var e = Fails("{\n  \"support_limit_months\": 24,,\n}");
        Assert.StartsWith("policy.json:2: $: not valid JSON", e.Message);
    }

    [Fact]
    public void A_scenario_file_has_a_name_and_lists_its_fields()
    {
        var overrides = PolicyJson.Overrides(Encoding.UTF8.GetBytes("""{ "name": "8 %", "contribution": { "rates": [ { "from": "2015-01-01", "rate": 0.08 } ] } }"""), "s.json", allowName: true);
        Assert.Equal("8 %", overrides.Name);
        Assert.Equal(new[] { "contribution" }, overrides.Fields);
        var p = overrides.ApplyTo(CaePolicy.Default);
        Assert.Equal(0.08m, p.Contribution.RateFor(new LocalDate(2015, 3, 1), new Structure("Any")).Rate.Value);
        Assert.Equal(CaePolicy.Default.Contribution.Base, p.Contribution.Base);
    }

    [Fact]
    public void A_policy_reads_from_a_stream_with_a_byte_order_mark_like_from_its_file()
    {
        var directory = TestData.NewDirectory();
        var file = System.IO.Path.Combine(directory, "policy.json");
        System.IO.File.WriteAllText(file, ContractExample, new UTF8Encoding(true));
        using var stream = new System.IO.MemoryStream(new UTF8Encoding(true).GetPreamble().Concat(Encoding.UTF8.GetBytes(ContractExample)).ToArray());
        var fromStream = PolicyJson.Read(stream, "policy.json");
        var fromFile = PolicyJson.Read(file);
        Assert.Equal(24, fromStream.SupportLimitMonths.ValueOn(new LocalDate(2015, 1, 1)));
        Assert.Equal(fromFile.Assemblies.Dates, fromStream.Assemblies.Dates);
        Assert.Equal(fromFile.SupportBudget[2015], fromStream.SupportBudget[2015]);
    }

    [Fact]
    public void A_scenario_reads_its_name_or_takes_the_file_name()
    {
        var directory = TestData.NewDirectory();
        var file = System.IO.Path.Combine(directory, "limit-30.json");
        System.IO.File.WriteAllText(file, """{ "support_limit_months": 30 }""");
        var scenario = ScenarioJson.Read(file);
        Assert.Equal("limit-30", scenario.Name);
        Assert.Equal(30, scenario.ApplyTo(CaePolicy.Default).SupportLimitMonths.ValueOn(new LocalDate(2015, 1, 1)));

        using var named = new System.IO.MemoryStream(Encoding.UTF8.GetBytes("""{ "name": "8 %", "contribution": { "rates": [ { "from": "2015-01-01", "rate": 0.08 } ] } }"""));
        var eight = ScenarioJson.Read(named, "in/eight.json");
        Assert.Equal("8 %", eight.Name);
        Assert.Equal(0.08m, eight.ApplyTo(CaePolicy.Default).Contribution.RateFor(new LocalDate(2015, 3, 1), new Structure("Any")).Rate.Value);

        using var empty = new System.IO.MemoryStream(Encoding.UTF8.GetBytes("{}"));
        Assert.True(ScenarioJson.Read(empty, "in/none.json").IsIdentity);
    }

    [Fact]
    public void A_scenario_with_an_unknown_field_is_an_input_error_at_its_line()
    {
        using var stream = new System.IO.MemoryStream(Encoding.UTF8.GetBytes("{\n  \"name\": \"x\",\n  \"suport_limit_months\": 30\n}"));
        var e = Assert.Throws<InputException>(() => ScenarioJson.Read(stream, "s.json"));
        Assert.StartsWith("s.json:3: $.suport_limit_months: unknown field", e.Message);
    }

    [Fact]
    public void A_policy_file_does_not_take_a_name()
    {
        using var stream = new System.IO.MemoryStream(Encoding.UTF8.GetBytes("""{ "name": "x" }"""));
        Assert.Throws<InputException>(() => PolicyJson.Read(stream, "policy.json"));
    }

    [Fact]
    public void A_missing_file_is_a_usage_error()
    {
        var e = Assert.Throws<InputException>(() => PolicyJson.Read("/nonexistent/policy.json"));
        Assert.StartsWith("/nonexistent/policy.json: file not found", e.Message);
    }
}
