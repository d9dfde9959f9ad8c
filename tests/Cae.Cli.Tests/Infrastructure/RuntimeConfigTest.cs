using System.IO;
using System.Text.Json;
using Xunit;

namespace Cae.Cli.Tests.Infrastructure;

/// <summary>The runtime settings the <c>cae</c> tool ships with, in its <c>cae.runtimeconfig.json</c> (copied beside these tests).</summary>
public class RuntimeConfigTest
{
    [Fact]
    public void Promotes_hot_code_after_10_ms_of_quiet_not_the_runtimes_100()
    {
        var directory = Path.GetDirectoryName(typeof(Program).Assembly.Location)!;
        using var config = JsonDocument.Parse(File.ReadAllText(Path.Combine(directory, "cae.runtimeconfig.json")));
        var properties = config.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties");

        Assert.True(properties.TryGetProperty("System.Runtime.TieredCompilation.CallCountingDelayMs", out var delay), "cae.runtimeconfig.json sets no call-counting delay");
        Assert.Equal(10, delay.GetInt32());
    }
}
