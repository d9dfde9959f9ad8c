using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Cae.Fuzz;
using Xunit;

namespace Cae.Cli.Tests.Robustness;

/// <summary>
/// Every input the fuzz target (fuzz/Cae.Fuzz) found a fault with, kept under Robustness/FuzzFindings (its files,
/// args.txt and finding.txt) and replayed through the same oracle: it must now hold.
/// </summary>
public class FuzzFindingsTest
{
    public static IEnumerable<object[]> Findings() =>
        Directory.GetDirectories(Path.Combine(AppContext.BaseDirectory, "Robustness", "FuzzFindings"))
            .OrderBy(d => d, StringComparer.Ordinal)
            .Select(d => new object[] { Path.GetFileName(d) });

    [Theory]
    [MemberData(nameof(Findings))]
    public void A_finding_of_the_fuzz_target_holds_now(string finding)
    {
        var fuzzCase = FuzzCase.Load(Path.Combine(AppContext.BaseDirectory, "Robustness", "FuzzFindings", finding));
        var problems = Oracle.Check(fuzzCase, out var code);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.InRange(code, 0, 2);
    }

    [Fact]
    public void The_findings_are_there() => Assert.True(Findings().Count() >= 4);
}
