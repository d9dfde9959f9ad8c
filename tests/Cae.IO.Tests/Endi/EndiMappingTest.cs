using System.Collections.Generic;
using System.IO;
using System.Text;
using Cae.Domain.Paths;
using Cae.IO.Endi;
using Xunit;

namespace Cae.IO.Tests.Endi;

public class EndiMappingTest
{
    [Fact]
    public void Reads_the_contract_example_and_matches_labels_case_and_accents_free()
    {
        var mapping = EndiMapping.Parse(
            "{ \"structure\": \"Coopilote\", \"establishments\": { \"Antenne de Besançon\": \"Besançon\" }, \"exit_categories\": { \"Exerce une activité d'indépendant\": \"creation\", \"Exerce un emploi durable (CDI ou CDD)\": \"emploi\" } }",
            "mapping.json");

        Assert.Equal("Coopilote", mapping.Structure);
        Assert.Equal("Besançon", mapping.EstablishmentOf("ANTENNE DE BESANCON"));
        Assert.Equal("Antenne de Dole", mapping.EstablishmentOf("Antenne de Dole"));
        Assert.True(mapping.TryGetCategory("exerce une activite d’independant", out var creation));
        Assert.Equal(ExitCategory.Creation, creation);
        Assert.True(mapping.TryGetCategory("Exerce un emploi durable (CDI ou CDD)", out var employment));
        Assert.Equal(ExitCategory.Employment, employment);
        Assert.False(mapping.TryGetCategory("Déménagement", out _));
    }

    [Theory]
    [InlineData("{ \"establishments\": {} }", "structure: required")]
    [InlineData("{ \"structure\": \"C\", \"antennas\": {} }", "unknown field 'antennas'")]
    [InlineData("{ \"structure\": \"C\", \"exit_categories\": { \"Abandon\": \"abandon\" } }", "'Abandon': 'abandon' is not a category")]
    [InlineData("{ \"structure\": \"C\", \"exit_categories\": { \"Abandon\": \"other\", \"ABANDON\": \"other\" } }", "'ABANDON' is empty or repeats another label")]
    [InlineData("{ \"structure\": \"C\", \"structure\": \"D\" }", "'structure' appears twice")]
    [InlineData("{ \"structure\": \"C\", \"establishments\": { \"Antenne\": \"\" } }", "an establishment name is expected")]
    [InlineData("{ \"structure\": ", "not valid JSON")]
    public void Refuses_a_mapping_that_breaks_the_format_naming_what(string json, string message)
    {
        var e = Assert.Throws<InputException>(() => EndiMapping.Parse(json, "mapping.json"));
        Assert.StartsWith("mapping.json", e.Message, System.StringComparison.Ordinal);
        Assert.Contains(message, e.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void What_it_writes_reads_back_the_same()
    {
        var mapping = new EndiMapping(
            "Coopilote",
            new Dictionary<string, string> { ["Antenne \"Nord\""] = "Nord" },
            new Dictionary<string, ExitCategory?> { ["Déménagement"] = ExitCategory.Other, ["Création"] = ExitCategory.Creation });
        using var stream = new MemoryStream();
        mapping.Write(stream);
        var text = Encoding.UTF8.GetString(stream.ToArray());

        Assert.Contains("\"Déménagement\": \"other\"", text, System.StringComparison.Ordinal);
        Assert.Equal(mapping, EndiMapping.Parse(text, "mapping.json"));
    }
}
