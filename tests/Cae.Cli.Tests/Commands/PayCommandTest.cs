using System.Linq;
using Xunit;

namespace Cae.Cli.Tests.Commands;

public class PayCommandTest
{
    [Fact]
    public void The_cascade_prints_the_contract_fields_as_numbers_in_euros()
    {
        var run = CliRun.Of("pay", "--month", "2025-01", "--turnover", "3000", "--purchases", "500", "--costs", "200");

        Assert.Equal(0, run.Code);
        Assert.Equal(string.Empty, run.Error);
        var root = run.Json.RootElement;
        Assert.Equal(
            new[] { "gross_margin", "contribution", "available", "employer_charges", "gross_salary", "smic_hourly", "hours", "explain" },
            root.EnumerateObject().Select(p => p.Name).ToArray());
        Assert.Equal(2500m, root.GetProperty("gross_margin").GetDecimal());
        Assert.Equal(250m, root.GetProperty("contribution").GetDecimal());
        Assert.Equal(2050m, root.GetProperty("available").GetDecimal());
        Assert.Equal(158.27m, root.GetProperty("employer_charges").GetDecimal()); // 2 050 / (1 + 8.3667 % at 1.0499 SMIC)
        Assert.Equal(1891.73m, root.GetProperty("gross_salary").GetDecimal());
        Assert.Equal(11.88m, root.GetProperty("smic_hourly").GetDecimal());
        Assert.Equal(151.67m, root.GetProperty("hours").GetDecimal());
        var smic = root.GetProperty("explain").EnumerateArray().First(s => s.GetProperty("name").GetString() == "smic_hourly");
        Assert.Equal("11.88", smic.GetProperty("value").GetString());
        Assert.Equal("2024-11-01", smic.GetProperty("effective_from").GetString());
        Assert.StartsWith("Décret n° 2024-951 du 23 octobre 2024", smic.GetProperty("reference").GetString());
    }

    [Fact]
    public void Before_2024_the_default_policy_has_no_employer_charge_schedule_and_says_so()
    {
        var run = CliRun.Of("pay", "--month", "2016-01", "--turnover", "3000");
        Assert.Equal(2, run.Code);
        Assert.Equal("cae: employer_charges: the parameter has no value before 2024-01-01 (got 2016-01-01)", Assert.Single(run.ErrorLines));

        var policy = CliRun.PolicyJson("pay-own-schedule-2016", """
            { "employer_charges": [ { "from": "2015-01-01", "by_smic_multiple": [[1.0, 0.05], [1.163, 0.16], [1.449, 0.30]] } ] }
            """);
        var root = CliRun.Of("pay", "--month", "2016-01", "--turnover", "3000", "--purchases", "500", "--costs", "200", "--policy", policy).Json.RootElement;
        Assert.Equal(303.34m, root.GetProperty("employer_charges").GetDecimal());
        Assert.Equal(1746.66m, root.GetProperty("gross_salary").GetDecimal());
    }

    [Fact]
    public void Worked_example_1000_euros_gross_gives_103_41_hours()
    {
        // No contribution and no employer charges: the whole 1 000 € is gross salary; 1 000 / 9.67 = 103.41 h (103.4 in the source).
        var policy = CliRun.PolicyJson("pay-no-deductions", """
            { "contribution": { "rates": [ { "from": "2015-01-01", "rate": 0 } ] },
              "employer_charges": [ { "from": "2015-01-01", "rate": 0 } ] }
            """);
        var root = CliRun.Of("pay", "--month", "2016-01", "--turnover", "1000", "--policy", policy).Json.RootElement;

        Assert.Equal(1000m, root.GetProperty("gross_salary").GetDecimal());
        Assert.Equal(103.41m, root.GetProperty("hours").GetDecimal());
    }

    [Fact]
    public void Structure_and_year_to_date_base_select_the_rate_and_the_tier()
    {
        var policy = CliRun.PolicyJson("pay-baticoop-tiers", """
            { "contribution": { "rates": [ { "from": "2015-01-01", "rate": 0.10 },
                { "from": "2015-01-01", "structure": "Baticoop", "rate": 0.08, "tiers": [ { "above": 35000, "rate": 0.06 } ] } ] },
              "employer_charges": [ { "from": "2015-01-01", "rate": 0.45 } ] }
            """);

        Assert.Equal(400m, Contribution("--structure", "Coopilote"));
        Assert.Equal(320m, Contribution("--structure", "Baticoop"));
        Assert.Equal(280m, Contribution("--structure", "Baticoop", "--year-to-date-base", "33000")); // 2 000 × 8 % + 2 000 × 6 %

        decimal Contribution(params string[] more) =>
            CliRun.Of(new[] { "pay", "--month", "2015-09", "--turnover", "4000", "--policy", policy }.Concat(more).ToArray())
                .Json.RootElement.GetProperty("contribution").GetDecimal();
    }

    [Theory]
    [InlineData("3000,50")]
    [InlineData("3 000.50")]
    [InlineData("3000.5")]
    public void Amounts_accept_a_comma_and_spaces(string turnover) =>
        Assert.Equal(3000.50m, CliRun.Of("pay", "--month", "2025-01", "--turnover", turnover).Json.RootElement.GetProperty("gross_margin").GetDecimal());

    [Theory]
    [InlineData("--turnover", "abc", "cae: --turnover: 'abc' is not an amount (e.g. 1234.56)")]
    [InlineData("--purchases", "1.005", "cae: --purchases: '1.005' is not an amount exact to the cent (two decimals at most)")]
    [InlineData("--costs", "1,234.50", "cae: --costs: '1,234.50' is not an amount (e.g. 1234.56)")]
    [InlineData("--month", "2016-13", "cae: --month: '2016-13' is not a month (yyyy-MM)")]
    [InlineData("--month", "2016-01-01", "cae: --month: '2016-01-01' is not a month (yyyy-MM)")]
    public void Bad_numbers_and_months_are_one_line_on_stderr_and_exit_2(string option, string value, string message)
    {
        var args = new[] { "pay", "--month", "2016-01", "--turnover", "100" }.ToList();
        var at = args.IndexOf(option);
        if (at >= 0)
        {
            args[at + 1] = value;
        }
        else
        {
            args.AddRange(new[] { option, value });
        }

        var run = CliRun.Of(args.ToArray());
        Assert.Equal(2, run.Code);
        Assert.Equal(new[] { message }, run.ErrorLines);
    }

    [Fact]
    public void A_month_before_the_smic_table_fails_loudly()
    {
        var run = CliRun.Of("pay", "--month", "2010-01", "--turnover", "100");
        Assert.Equal(2, run.Code);
        Assert.StartsWith("cae: contribution.rates: no contribution rate is in force on that day (the first starts 2011-12-01) (got 2010-01-01)", Assert.Single(run.ErrorLines));
    }

    [Theory]
    [InlineData("fr-FR")]
    [InlineData("tr-TR")]
    public void Output_is_the_same_in_every_culture(string culture)
    {
        string[] json = { "pay", "--month", "2025-01", "--turnover", "3000,50", "--purchases", "500", "--costs", "200" };
        string[] md = json.Concat(new[] { "--format", "md" }).ToArray();
        string[] path = { "path", "--entry", "2014-01-31", "--cesa", "2014-03-01", "--on", "2015-06-01", "--format", "md" };

        Assert.Equal(CliRun.Of(json).Out, CliRun.InCulture(culture, json).Out);
        var localMd = CliRun.InCulture(culture, md).Out;
        Assert.Equal(CliRun.Of(md).Out, localMd);
        Assert.Contains("| Gross margin | 2500.50 € |", localMd);
        Assert.Equal(CliRun.Of(path).Out, CliRun.InCulture(culture, path).Out);
        Assert.Equal(2, CliRun.InCulture(culture, "pay", "--month", "2016-01", "--turnover", "x").Code);
    }

    [Fact]
    public void A_policy_value_with_a_reference_shows_that_reference_in_the_explain()
    {
        var policy = CliRun.PolicyJson("pay-own-reference", """
            { "smic_hourly": [ { "from": "2015-01-01", "value": 9.61 },
                               { "from": "2016-01-01", "value": 9.70, "reference": { "title": "Décret de la CAE sur le SMIC", "href": "https://www.legifrance.gouv.fr/test" } } ],
              "employer_charges": [ { "from": "2015-01-01", "rate": 0.45 } ] }
            """);

        var run = CliRun.Of("pay", "--month", "2016-02", "--turnover", "2000", "--policy", policy);

        Assert.Equal(0, run.Code);
        var smic = run.Json.RootElement.GetProperty("explain").EnumerateArray().First(s => s.GetProperty("name").GetString() == "smic_hourly");
        Assert.Equal("9.70", smic.GetProperty("value").GetString());
        Assert.Equal("Décret de la CAE sur le SMIC", smic.GetProperty("reference").GetString());
        Assert.Equal("https://www.legifrance.gouv.fr/test", smic.GetProperty("url").GetString());
    }
}
