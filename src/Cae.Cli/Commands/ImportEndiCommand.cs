using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using Cae.Cli.Infrastructure;
using Cae.IO.Csv;
using Cae.IO.Endi;

namespace Cae.Cli.Commands;

/// <summary>
/// <c>cae import endi</c> (data contract §5'): reads enDI's exports of "Chiffre d'affaire par entrepreneur" with the
/// CAE's <c>mapping.json</c> and writes the contract's <c>paths.csv</c> and <c>activity.csv</c> into a directory;
/// with <c>--write-mapping</c>, writes a mapping template of every antenna and exit reason found instead.
/// </summary>
/// <remarks>
/// It reports like <c>cae check</c>: every rejected row and warning on stderr as <c>file:line: column: message</c>,
/// then each unmapped exit reason once with its count; exit code 0, 1 when rows were rejected, 2 on a usage error.
/// </remarks>
public static class ImportEndiCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="context">The writers.</param>
    public static Command Create(CliContext context)
    {
        var exports = new Option<string[]>("--export") { Description = "An export of the data query \"Chiffre d'affaire par entrepreneur\" (repeat it for each period, e.g. 2018 and 2019).", Required = true, Arity = ArgumentArity.OneOrMore };
        var people = new Option<string?>("--people") { Description = "An export of \"porteurs actifs sur la période\": study level, prescriber and birth date for the typology." };
        var mapping = new Option<string?>("--mapping") { Description = "mapping.json: the structure, and the CAE's antennas and exit reasons mapped to the contract." };
        var output = new Option<string?>("--out") { Description = "The directory to write paths.csv and activity.csv into (created if needed)." };
        var template = new Option<string?>("--write-mapping") { Description = "Write a mapping template holding every antenna and exit reason found to this file, instead of importing." };
        var command = new Command("endi", "Turn enDI's exports into the contract's paths.csv and activity.csv, or write a mapping template (--write-mapping).");
        foreach (var option in new Option[] { exports, people, mapping, output, template })
        {
            command.Options.Add(option);
        }

        command.SetAction(parse =>
        {
            var files = parse.GetValue(exports)!;
            var templateFile = parse.GetValue(template);
            if (templateFile is not null)
            {
                if (parse.GetValue(mapping) is not null || parse.GetValue(output) is not null)
                {
                    throw new UsageException("cae: --write-mapping writes a template: give it without --mapping and --out");
                }

                return WriteTemplate(context, files, templateFile);
            }

            var mappingFile = parse.GetValue(mapping) ?? throw new UsageException("cae: --mapping is required (or --write-mapping M to write a first one)");
            var directory = parse.GetValue(output) ?? throw new UsageException("cae: --out is required: the directory to write paths.csv and activity.csv into");
            var inputs = files.Append(mappingFile).Concat(parse.GetValue(people) is { } p ? new[] { p } : Array.Empty<string>()).ToList();
            var pathsFile = Path.Combine(directory, "paths.csv");
            var activityFile = Path.Combine(directory, "activity.csv");
            RefuseOverwrite(inputs, pathsFile, activityFile);
            var import = EndiExport.Import(files, EndiMapping.Read(mappingFile), parse.GetValue(people));
            CreateDirectory(directory);
            Write(pathsFile, s => ContractCsvWriter.WritePaths(import.Paths, s));
            Write(activityFile, s => ContractCsvWriter.WriteActivity(import.Activity, s));
            Report(context, import, files, pathsFile, activityFile);
            return import.HasRejectedRows ? ExitCodes.RejectedRows : ExitCodes.Success;
        });
        return command;
    }

    private static int WriteTemplate(CliContext context, IReadOnlyList<string> files, string templateFile)
    {
        RefuseOverwrite(files, templateFile);
        var labels = EndiExport.Survey(files);
        Write(templateFile, s => EndiMapping.Template(labels).Write(s));
        context.Out.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{templateFile}: {labels.Antennas.Count} {Plural(labels.Antennas.Count, "antenna")} and {labels.ExitReasons.Count} exit {Plural(labels.ExitReasons.Count, "reason")}; fill in the structure and each reason's category (creation, associate, employment, training, reorientation, other)"));
        return ExitCodes.Success;
    }

    private static void Report(CliContext context, EndiImport import, IReadOnlyList<string> files, string pathsFile, string activityFile)
    {
        var result = import.Load;
        var order = files.Select((f, i) => (f, i)).GroupBy(x => x.f, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().i, StringComparer.Ordinal);
        var messages = result.Rejections.Select(r => (r.File, r.Line, Text: r.ToString()))
            .Concat(result.Warnings.Select(w => (w.File, w.Line, Text: w.ToString())))
            .OrderBy(m => order.TryGetValue(m.File, out var i) ? i : files.Count)
            .ThenBy(m => m.Line);
        foreach (var message in messages)
        {
            context.Error.WriteLine(message.Text);
        }

        foreach (var reason in import.UnmappedExitReasons)
        {
            context.Error.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"cae: exit reason '{reason.Label}' is not mapped: {reason.Rows} {Plural(reason.Rows, "path")} rejected (map it in exit_categories)"));
        }

        var w = context.Out;
        w.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{pathsFile}: {result.PathsAccepted} {Plural(result.PathsAccepted, "path")} of {result.PathsRead} {Plural(result.PathsRead, "person")} found"));
        w.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{activityFile}: {result.ActivityAccepted} activity {Plural(result.ActivityAccepted, "row")} of {result.ActivityRead} {Plural(result.ActivityRead, "month")} with turnover"));
        w.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{result.Rejections.Count} {Plural(result.Rejections.Count, "row")} rejected, {result.Warnings.Count} {Plural(result.Warnings.Count, "warning")}"));
    }

    /// <summary>Refuses an output that is one of the inputs (also through a link), which writing would destroy.</summary>
    private static void RefuseOverwrite(IEnumerable<string> inputs, params string[] outputs)
    {
        foreach (var output in outputs)
        {
            var target = Resolved(output);
            foreach (var input in inputs)
            {
                if (string.Equals(Resolved(input), target, StringComparison.Ordinal))
                {
                    throw new UsageException($"cae: {output}: is also an input ({input}); writing it would destroy it");
                }
            }
        }
    }

    private static string Resolved(string file)
    {
        try
        {
            var full = Path.GetFullPath(file);
            var info = new FileInfo(full);
            return info.Exists && info.ResolveLinkTarget(returnFinalTarget: true) is { } link ? link.FullName : full;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return file;
        }
    }

    private static void CreateDirectory(string directory)
    {
        try
        {
            Directory.CreateDirectory(directory);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new UsageException($"cae: {directory}: cannot create the directory: {e.Message}", e);
        }
    }

    /// <summary>Writes a file through a temporary file renamed at the end, so a failed write leaves no half file.</summary>
    private static void Write(string file, Action<Stream> write)
    {
        try
        {
            ReplacingWrite.Write(file, write);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new UsageException($"cae: {file}: cannot write the file: {e.Message}", e);
        }
    }

    private static string Plural(int count, string word) => count == 1 ? word : word + "s";
}
