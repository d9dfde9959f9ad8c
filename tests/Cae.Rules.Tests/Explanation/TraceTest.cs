using System.Globalization;
using Cae.Domain.Policy;
using Cae.Domain.Values;
using Cae.Rules.Explanation;
using NodaTime;
using Xunit;

namespace Cae.Rules.Tests.Explanation;

public class TraceTest
{
    [Theory]
    [InlineData("fr-FR")]
    [InlineData("tr-TR")]
    [InlineData("en-US")]
    public void Traces_read_the_same_in_every_culture(string culture)
    {
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo(culture);
            var trace = new TraceBuilder()
                .Input("turnover", TraceBuilder.Format(Money.FromEuros(1234.5m)))
                .Parameter("smic_hourly", CaePolicy.Default.SmicHourly.EntryOn(new LocalDate(2016, 3, 1)))
                .Value("ratio", TraceBuilder.Format(1.25m), "5 / 4")
                .Result("rate", TraceBuilder.Format(Rate.FromFraction(0.1m)))
                .Note("done")
                .Build();

            Assert.Equal(
                string.Join(
                    System.Environment.NewLine,
                    "input turnover = 1234.50",
                    "parameter smic_hourly = 9.67 (from 2016-01-01; " + CaePolicy.Default.SmicHourly.EntryOn(new LocalDate(2016, 3, 1)).Reference + ")",
                    "ratio = 5 / 4 = 1.25",
                    "result rate = 0.1",
                    "note: done"),
                trace.ToString());
            Assert.Equal("2016-01-31", TraceBuilder.Format(new LocalDate(2016, 1, 31)));
            Assert.Equal("2016-01", TraceBuilder.Format(new YearMonth(2016, 1)));
            Assert.Equal("151.67", TraceBuilder.Format(Hours.FromDecimal(151.67m)));
            Assert.Equal("none", TraceBuilder.Format(null));
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [Fact]
    public void A_parameter_in_force_always_has_no_effective_date()
    {
        var always = DatedParameter<int>.Always("n", "test", 3, new Reference("statutes", null));
        var step = Assert.Single(new TraceBuilder().Parameter("n", always.EntryOn(new LocalDate(2015, 1, 1))).Build().Steps);
        Assert.Null(step.EffectiveFrom);
        Assert.Equal("parameter n = 3 (statutes)", step.ToString());
    }
}
