using System.CommandLine;
using System.Linq;
using Cae.Cli.Infrastructure;
using Cae.Cli.Input;
using Cae.IO;
using Cae.Rules.Indicators;
using Cae.Rules.Indicators.Additions;
using Cae.Rules.Network;

namespace Cae.Cli.Commands;

/// <summary>
/// <c>cae aggregate</c>: one CAE's year as a partial report (data contract §6'), counters and sums only, computed
/// under the CAE's own policy, for <c>cae merge</c> to add into the network's report.
/// </summary>
/// <remarks>Exit codes as <c>cae report</c>: 0, or 1 when input rows were rejected (the partial is still written from the accepted rows, every rejected row on stderr), 2 on a usage error.</remarks>
public static class AggregateCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="context">The writers.</param>
    public static Command Create(CliContext context)
    {
        var data = new DataOptions();
        var year = new Option<string?>("--year") { Description = "The year, one the data covers (default: the last year with data in at least 10 of its months, else the last year with data)." };
        var output = new Option<string>("--out") { Description = "The partial report to write (JSON; '-' for the standard output).", Required = true };
        var command = new Command("aggregate", "Write one CAE's year as a partial report (counters and sums only: no id, no row, no date of a person), for cae merge.");
        foreach (var option in data.All.Append(year).Append(output))
        {
            command.Options.Add(option);
        }

        command.SetAction(parse => Run(context, data.Files(parse, "aggregate"), ReportYear.Parse(parse.GetValue(year)), parse.GetValue(output)!));
        return command;
    }

    private static int Run(CliContext context, InputFiles files, int? year, string outFile)
    {
        var input = InputResolver.Read(context, files);
        var engine = new AnnualReportEngine(input.Load.Dataset, input.Policy);
        var reportYear = ReportYear.Choose(year, engine.Coverage, context.Error);
        var accumulator = engine.CreateAccumulator(reportYear);
        accumulator.AddPersons(0, engine.Data.PersonCount);
        accumulator.AddRows(0, engine.Data.ActivityCount);
        var partial = ReportPartial.Of(accumulator, input.Summary).WithAdditions(ReportAdditions.Compute(engine.Data, reportYear));
        OutputFile.Write(outFile, PartialJson.ToJson(partial), input.Files.All, context.Out);
        return input.HasRejections ? ExitCodes.RejectedRows : ExitCodes.Success;
    }
}
