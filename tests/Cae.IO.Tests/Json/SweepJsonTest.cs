using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using Cae.Rules.WhatIf;
using Xunit;

namespace Cae.IO.Tests.Json;

public class SweepJsonTest
{
    [Fact]
    public void A_sweep_is_an_array_of_runs_with_each_axis_and_indicator_by_name()
    {
        var (loaded, policy) = Reports.SampleReport.Load();
        var engine = new WhatIfEngine(loaded.Dataset, policy);
        var axes = new[] { SweepAxis.Parameter("contribution_rate", new[] { 0.08m, 0.10m }) };
        var indicators = new[] { "contributions.total", "self_financing" };
        var sweep = engine.Sweep(Scenario.Identity, axes, indicators, 2015, parallel: false);
        using var text = new StringWriter(CultureInfo.InvariantCulture);

        SweepJson.Write(sweep, text);

        var runs = JsonDocument.Parse(text.ToString()).RootElement.EnumerateArray().ToList();
        Assert.Equal(2, runs.Count);
        Assert.EndsWith("\n", text.ToString(), System.StringComparison.Ordinal);
        for (var r = 0; r < runs.Count; r++)
        {
            Assert.Equal(new[] { "contribution_rate", "contributions.total", "self_financing" }, runs[r].EnumerateObject().Select(p => p.Name));
            Assert.Equal(sweep.Rows[r].Parameters[0], runs[r].GetProperty("contribution_rate").GetDecimal());
            Assert.Equal(sweep.Rows[r].Values[0], runs[r].GetProperty("contributions.total").GetDecimal());
            Assert.Equal(sweep.Rows[r].Values[1], runs[r].GetProperty("self_financing").GetDecimal());
        }

        Assert.True(runs[0].GetProperty("contributions.total").GetDecimal() < runs[1].GetProperty("contributions.total").GetDecimal());
    }
}
