using System.Text.Json;
using Cae.Cli.Tests.Output;
using Xunit;

namespace Cae.IO.Tests.Json;

public class ReportJsonTest
{
    [Fact]
    public void Writes_the_contract_names_numbers_and_nulls()
    {
        var json = ReportJson.ToJson(ReportFixture.Create().ToTree());
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        Assert.Equal(2015, root.GetProperty("year").GetInt32());
        Assert.Equal(3, root.GetProperty("flows").GetProperty("total").GetProperty("accompanied").GetInt32());
        Assert.Equal(16645.67m, root.GetProperty("turnover").GetProperty("total").GetDecimal());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("turnover").GetProperty("by_unit").GetProperty("Coopilote B").GetProperty("average_per_associate").ValueKind);
        Assert.Equal(JsonValueKind.Null, root.GetProperty("path_duration_months").GetProperty("by_category").GetProperty("training").ValueKind);
        Assert.Equal(0.2817m, root.GetProperty("self_financing").GetDecimal());
        Assert.Equal("paths.csv:4: exit_date: the exit is not before the entry", root.GetProperty("rejected_rows")[0].GetString());
        Assert.Equal(6, root.GetProperty("input").GetProperty("activity_read").GetInt32());
        Assert.Contains("\"Montbéliard\"", json);
        Assert.Equal(1000m, root.GetProperty("turnover").GetProperty("previous_year").GetProperty("total").GetDecimal());
    }
}
