using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Cae.Cli;

namespace Cae.Fuzz;

/// <summary>
/// Runs a <see cref="FuzzCase"/> through the tool's entry point in-process and checks what must hold on any
/// input: no exception escapes, the exit code is 0, 1 or 2, no message line is longer than 300 characters or
/// holds a stack trace, every row read is accepted or rejected, and an HTML page holds no unescaped
/// <see cref="Marker"/> from the input.
/// </summary>
public static class Oracle
{
    /// <summary>A tag the mutator writes into inputs: it must never reach an HTML page unescaped.</summary>
    public const string Marker = "<x-cae";

    private static readonly Regex CheckSummary = new(@": (\d+) rows? read, (\d+) accepted, (\d+) rejected", RegexOptions.CultureInvariant);
    private static readonly Regex CheckTotal = new(@"^(\d+) rows? rejected, ", RegexOptions.CultureInvariant | RegexOptions.Multiline);

    /// <summary>Runs a case and lists what went wrong (empty when all holds).</summary>
    /// <param name="fuzzCase">The case.</param>
    /// <param name="exitCode">The exit code of the run (−1 when an exception escaped).</param>
    public static IReadOnlyList<string> Check(FuzzCase fuzzCase, out int exitCode) => Check(fuzzCase, out exitCode, out _);

    /// <summary>Runs a case and lists what went wrong (empty when all holds), with the last line written on standard error.</summary>
    /// <param name="fuzzCase">The case.</param>
    /// <param name="exitCode">The exit code of the run (−1 when an exception escaped).</param>
    /// <param name="lastError">The last line of standard error (empty when none).</param>
    public static IReadOnlyList<string> Check(FuzzCase fuzzCase, out int exitCode, out string lastError)
    {
        lastError = string.Empty;
        var folder = Path.Combine(Path.GetTempPath(), "cae-fuzz-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var args = fuzzCase.WriteTo(folder);
            var problems = new List<string>();
            using var stdout = new StringWriter(CultureInfo.InvariantCulture);
            using var stderr = new StringWriter(CultureInfo.InvariantCulture);
            try
            {
                exitCode = CaeApp.Run(args, stdout, stderr);
            }
            catch (Exception e)
            {
                exitCode = -1;
                problems.Add($"unhandled {e.GetType().Name}: {e.Message}");
                return problems;
            }

            lastError = stderr.ToString().TrimEnd().Split('\n').Last().Replace(folder, FuzzCase.Folder, StringComparison.Ordinal);
            if (exitCode is not (0 or 1 or 2))
            {
                problems.Add($"exit code {exitCode}: {FirstLine(stderr.ToString())}");
            }

            foreach (var line in stderr.ToString().Split('\n'))
            {
                if (line.TrimEnd('\r').Length > CaeApp.MaxMessage)
                {
                    problems.Add($"a message of {line.Length} characters: {line.Substring(0, 120)}…");
                }

                if (line.StartsWith("   at ", StringComparison.Ordinal) || line.Contains("Exception:", StringComparison.Ordinal))
                {
                    problems.Add("a stack trace: " + line.Trim());
                }
            }

            var output = Output(fuzzCase, folder, stdout.ToString());
            if (exitCode is 0 or 1)
            {
                CheckCounts(fuzzCase, output, problems);
            }

            if (Value(fuzzCase.Args, "--format") == "html" && output.Contains(Marker, StringComparison.OrdinalIgnoreCase))
            {
                problems.Add("the HTML page holds an unescaped " + Marker + " from the input");
            }

            return problems;
        }
        finally
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    private static string Output(FuzzCase fuzzCase, string folder, string stdout)
    {
        var outFile = Value(fuzzCase.Args, "--out");
        if (outFile is null || outFile == "-")
        {
            return stdout;
        }

        var path = outFile.Replace(FuzzCase.Folder, folder, StringComparison.Ordinal);
        return File.Exists(path) ? File.ReadAllText(path, Encoding.UTF8) : string.Empty;
    }

    /// <summary>Every row read is accepted or rejected: the report's <c>input</c> and <c>rejected_rows</c>, and the summary of <c>check</c>.</summary>
    private static void CheckCounts(FuzzCase fuzzCase, string output, List<string> problems)
    {
        if (fuzzCase.Command == "report" && Value(fuzzCase.Args, "--format") == "json")
        {
            try
            {
                using var json = JsonDocument.Parse(output);
                var input = json.RootElement.GetProperty("input");
                var read = input.GetProperty("paths_read").GetInt64() + input.GetProperty("activity_read").GetInt64();
                var accepted = input.GetProperty("paths_accepted").GetInt64() + input.GetProperty("activity_accepted").GetInt64();
                var rejected = json.RootElement.GetProperty("rejected_rows").GetArrayLength();
                if (read != accepted + rejected)
                {
                    problems.Add(FormattableString.Invariant($"rows read {read} != accepted {accepted} + rejected {rejected}"));
                }
            }
            catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
            {
                problems.Add("the JSON report does not parse: " + e.Message);
            }
        }
        else if (fuzzCase.Command == "check")
        {
            var files = CheckSummary.Matches(output);
            var total = CheckTotal.Match(output);
            var expected = 2 + (Value(fuzzCase.Args, "--sessions") is null ? 0 : 1) + (Value(fuzzCase.Args, "--candidates") is null ? 0 : 1);
            if (files.Count != expected || !total.Success)
            {
                problems.Add("the check summary is missing: " + FirstLine(output));
                return;
            }

            long rejected = 0;
            foreach (Match m in files)
            {
                long read = long.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), accepted = long.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture);
                rejected += read - accepted;
                if (read - accepted != long.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture))
                {
                    problems.Add("check: read - accepted != rejected in " + m.Value);
                }
            }

            if (rejected != long.Parse(total.Groups[1].Value, CultureInfo.InvariantCulture))
            {
                problems.Add(FormattableString.Invariant($"check: {total.Groups[1].Value} rows rejected in all, but the files lose {rejected}"));
            }
        }
    }

    private static string? Value(IReadOnlyList<string> args, string option)
    {
        for (var i = 0; i + 1 < args.Count; i++)
        {
            if (args[i] == option)
            {
                return args[i + 1];
            }
        }

        return null;
    }

    private static string FirstLine(string text)
    {
        var line = text.Split('\n').FirstOrDefault() ?? string.Empty;
        return line.Length <= 200 ? line : line.Substring(0, 200) + "…";
    }
}
