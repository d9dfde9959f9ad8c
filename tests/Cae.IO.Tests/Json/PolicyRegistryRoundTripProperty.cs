using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Cae.Domain.Errors;
using Cae.Domain.Policy;
using Cae.Domain.Policy.Registry;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Xunit;

namespace Cae.IO.Tests.Json;

/// <summary>Every parameter of the registry is read from policy.json by its contract name, as the domain sets it.</summary>
public class PolicyRegistryRoundTripProperty
{
    private static readonly Reference FileReference = Reference.UserPolicy("policy.json");
    private static readonly LocalDate Day = new(2016, 3, 1);

    /// <summary>A policy.json value for each parameter that is not a number, and what it reads as on <see cref="Day"/>.</summary>
    private static readonly Dictionary<string, (string Json, string InForce)> Samples = new(StringComparer.Ordinal)
    {
        ["assemblies"] = ("\"assemblies\": [\"2016-06-18\", \"2015-06-13\"]", "2015-06-13, 2016-06-18"),
        ["admission"] = ("\"admission\": \"automatic\"", "automatic"),
        ["contribution.base"] = ("\"contribution\": { \"base\": \"turnover\" }", "turnover"),
        ["contribution.rates"] = ("\"contribution\": { \"rates\": [ { \"from\": \"2015-01-01\", \"rate\": 0.12, \"reference\": { \"title\": \"Statuts\" } } ] }", "0.12"),
        ["contribution.monthly_minimum"] = ("\"contribution\": { \"monthly_minimum\": 15.5 }", "15.50"),
        ["employer_charges"] = ("\"employer_charges\": [ { \"from\": \"2015-01-01\", \"rate\": 0.45 } ]", "rate 0.45"),
        ["positive_exits"] = ("\"positive_exits\": [\"creation\"]", "creation"),
        ["perennial_exits"] = ("\"perennial_exits\": [\"associate\"]", "associate"),
        ["reporting_units"] = ("\"reporting_units\": [ { \"structure\": \"Coopilote\", \"label\": \"Coop\" } ]", "Coopilote → Coop"),
        ["support_budget"] = ("\"support_budget\": { \"2016\": 1000 }", "1000.00"),
    };

    private static CaePolicy Read(string json) =>
        PolicyJson.Read(new System.IO.MemoryStream(Encoding.UTF8.GetBytes(json)), "policy.json");

    private static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>The member of a policy.json for a parameter: <c>"contribution.monthly_minimum"</c> is a member of <c>contribution</c>.</summary>
    private static string Member(string name, string value)
    {
        var dot = name.IndexOf('.');
        return dot < 0 ? $"\"{name}\": {value}" : $"\"{name.Substring(0, dot)}\": {{ \"{name.Substring(dot + 1)}\": {value} }}";
    }

    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var name in PolicyParameters.Names)
        {
            data.Add(name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Every_parameter_of_the_registry_is_read_by_its_contract_name(string name)
    {
        Assert.True(PolicyParameters.TryFind(name, out var parameter));
        if (parameter.IsNumber)
        {
            var value = parameter.InForceOn(CaePolicy.Default, Day).Single().Value;
            var changed = decimal.Parse(value, CultureInfo.InvariantCulture) + 1m;
            var policy = Read("{ " + Member(name, Number(changed)) + " }");
            Assert.Equal(parameter.WithNumber(CaePolicy.Default, changed, FileReference), policy);
            Assert.NotEqual(CaePolicy.Default, policy);
            return;
        }

        Assert.True(Samples.TryGetValue(name, out var sample), $"the test has no policy.json sample for '{name}'");
        var (json, expected) = sample;
        var read = Read("{ " + json + " }");
        Assert.Equal(expected, parameter.InForceOn(read, Day).First().Value);
        Assert.NotEqual(CaePolicy.Default, read);
        Assert.Equal(read, Read("{ " + json + " }"));
    }

    [Property(MaxTest = 200)]
    public Property A_number_reads_as_the_domain_sets_it_or_is_an_error_naming_the_field() =>
        Prop.ForAll(
            Gen.Elements(PolicyParameters.All.Where(p => p.IsNumber).ToArray()).ToArbitrary(),
            Gen.Choose(-50, 3000).Select(i => i / (i % 3 == 0 ? 100m : 1m)).ToArbitrary(),
            Gen.Elements(true, false).ToArbitrary(),
            (parameter, value, dated) =>
            {
                var json = dated && parameter.IsDated
                    ? "{ " + Member(parameter.Name, $"[ {{ \"from\": \"2015-01-01\", \"value\": {Number(value)}, \"reference\": {{ \"title\": \"Décret de test\", \"href\": \"https://www.legifrance.gouv.fr/t\" }} }} ]") + " }"
                    : "{ " + Member(parameter.Name, Number(value)) + " }";
                var reference = dated && parameter.IsDated ? new Reference("Décret de test", "https://www.legifrance.gouv.fr/t") : FileReference;
                var from = dated && parameter.IsDated ? new LocalDate(2015, 1, 1) : LocalDate.MinIsoValue;
                CaePolicy? expected = null;
                try
                {
                    expected = parameter.WithNumbers(CaePolicy.Default, new[] { new DatedValue<decimal>(from, value, reference) });
                }
                catch (DomainRuleException)
                {
                }

                if (expected is null)
                {
                    var e = Assert.Throws<InputException>(() => Read(json));
                    Assert.Contains("$." + parameter.Name + ": ", e.Message, StringComparison.Ordinal);
                    return true;
                }

                var policy = Read(json);
                var entry = parameter.InForceOn(policy, Day).Single();
                return policy.Equals(expected) && policy.GetHashCode() == expected.GetHashCode() && (!parameter.IsDated || entry.Reference == reference);
            });

    [Fact]
    public void A_value_with_a_reference_keeps_it_and_one_without_is_referenced_to_the_file()
    {
        var policy = Read("""
            { "smic_hourly": [ { "from": "2015-01-01", "value": 9.61 },
                               { "from": "2016-01-01", "value": 9.67, "reference": { "title": "Décret n° 2015-1688", "href": "https://www.legifrance.gouv.fr/x" } } ] }
            """);
        Assert.Equal(FileReference, policy.SmicHourly.EntryOn(new LocalDate(2015, 6, 1)).Reference);
        Assert.Equal(new Reference("Décret n° 2015-1688", "https://www.legifrance.gouv.fr/x"), policy.SmicHourly.EntryOn(Day).Reference);
    }

    [Fact]
    public void Two_reads_of_one_file_are_equal_policies()
    {
        var json = System.IO.File.ReadAllText(System.IO.Path.Combine(AppContext.BaseDirectory, "samples", "coopilote-2015", "policy.json"));
        var a = Read(json);
        var b = Read(json);
        Assert.NotSame(a, b);
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(CaePolicy.Default, a);
    }
}
