using System;
using System.IO;
using Cae.Rules.Indicators;

namespace Cae.IO.Tests.Reports;

/// <summary>The bundled Coopilote 2015 sample's report, computed as <c>cae report</c> computes it.</summary>
internal static class SampleReport
{
    private static readonly Lazy<AnnualReport> Report = new(Compute);

    /// <summary>The sample's folder, copied next to the test assembly.</summary>
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "samples", "coopilote-2015");

    /// <summary>The 2015 report of the sample, with its own policy.</summary>
    public static AnnualReport Value => Report.Value;

    /// <summary>The sample's rows, loaded with its own policy.</summary>
    public static (LoadResult Loaded, Cae.Domain.Policy.CaePolicy Policy) Load()
    {
        var policy = PolicyJson.Read(Path.Combine(Folder, "policy.json"));
        return (ContractCsv.Load(Path.Combine(Folder, "paths.csv"), Path.Combine(Folder, "activity.csv"), policy), policy);
    }

    private static AnnualReport Compute()
    {
        var (loaded, policy) = Load();
        var engine = new AnnualReportEngine(loaded.Dataset, policy);
        var input = new InputSummary(loaded.PathsRead, loaded.PathsAccepted, loaded.ActivityRead, loaded.ActivityAccepted);
        return engine.Compute(engine.DefaultYear!.Value, input);
    }
}
