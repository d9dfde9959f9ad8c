using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading.Tasks;

namespace Cae.Fuzz;

/// <summary>
/// The fuzz target's driver: <c>dotnet run --project fuzz/Cae.Fuzz -c Release -- [--seconds N] [--seed S]
/// [--findings DIR]</c> runs cases for N seconds (default 120) and saves each new finding as a case folder;
/// <c>--replay DIR</c> runs the case folders of DIR once. Exit code 0 when nothing was found, 1 otherwise.
/// </summary>
public static class Program
{
    /// <summary>The longest a case may run before it counts as a hang.</summary>
    private static readonly TimeSpan CaseTimeout = TimeSpan.FromSeconds(60);

    /// <summary>Runs the fuzz target.</summary>
    /// <param name="args">The options.</param>
    public static int Main(string[] args)
    {
        var seconds = double.Parse(Option(args, "--seconds") ?? "120", CultureInfo.InvariantCulture);
        var seed = Option(args, "--seed") is { } s ? ulong.Parse(s, CultureInfo.InvariantCulture) : (ulong)DateTime.UtcNow.Ticks;
        var findings = Option(args, "--findings") ?? Path.Combine("fuzz", "findings");
        Verbose = Array.IndexOf(args, "--verbose") >= 0;
        if (Option(args, "--replay") is { } replay)
        {
            return Replay(replay);
        }

        var cases = new Cases(Path.Combine(AppContext.BaseDirectory, "corpus"));
        var clock = Stopwatch.StartNew();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var byCommand = new Dictionary<string, long>(StringComparer.Ordinal);
        var byCode = new SortedDictionary<int, long>();
        long executions = 0;
        var found = 0;
        Console.WriteLine(FormattableString.Invariant($"fuzz: seed {seed}, {seconds} s"));
        var lastReport = 0.0;
        while (clock.Elapsed.TotalSeconds < seconds)
        {
            var fuzzCase = cases.Next(seed, executions);
            var (problems, code) = Run(fuzzCase);
            executions++;
            byCommand[fuzzCase.Command] = byCommand.GetValueOrDefault(fuzzCase.Command) + 1;
            byCode[code] = byCode.GetValueOrDefault(code) + 1;
            if (problems.Count > 0)
            {
                // One folder per kind of finding (the first problem without its numbers and quotes).
                var signature = fuzzCase.Command + ": " + new string(problems[0].Where(c => !char.IsDigit(c)).Take(60).ToArray());
                if (seen.Add(signature))
                {
                    found++;
                    var folder = Path.Combine(findings, FormattableString.Invariant($"{fuzzCase.Command}-{seed}-{executions}"));
                    fuzzCase.Save(folder, string.Join("\n", problems));
                    Console.WriteLine($"fuzz: FINDING in {folder}: {problems[0]}");
                }

                if (code == -2)
                {
                    break; // the hung case still runs: stop here
                }
            }

            if (clock.Elapsed.TotalSeconds - lastReport >= 60)
            {
                lastReport = clock.Elapsed.TotalSeconds;
                Console.WriteLine(FormattableString.Invariant($"fuzz: {executions} executions in {clock.Elapsed.TotalSeconds:0} s, {found} findings"));
            }
        }

        Console.WriteLine(FormattableString.Invariant($"fuzz: {executions} executions in {clock.Elapsed.TotalSeconds:0} s ({executions / clock.Elapsed.TotalSeconds:0.0}/s), {found} findings"));
        Console.WriteLine("fuzz: by command: " + string.Join(", ", byCommand.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => FormattableString.Invariant($"{p.Key} {p.Value}"))));
        Console.WriteLine("fuzz: by exit code: " + string.Join(", ", byCode.Select(p => FormattableString.Invariant($"{p.Key}: {p.Value}"))));
        foreach (var (kind, count) in UsageErrors.OrderByDescending(p => p.Value).Take(25))
        {
            Console.WriteLine(FormattableString.Invariant($"fuzz: exit 2 x{count}: {kind}"));
        }

        return found == 0 ? 0 : 1;
    }

    /// <summary>Runs one case, on its own thread so that a hang is reported rather than waited for.</summary>
    private static (IReadOnlyList<string> Problems, int Code) Run(FuzzCase fuzzCase)
    {
        var code = 0;
        var last = string.Empty;
        var task = Task.Run(() => Oracle.Check(fuzzCase, out code, out last));
        if (!task.Wait(CaseTimeout))
        {
            return (new[] { $"no answer after {CaseTimeout.TotalSeconds} s" }, -2);
        }

        if (code == 2 && Verbose)
        {
            var kind = new string(last.Where(c => !char.IsDigit(c)).Take(70).ToArray());
            UsageErrors[kind] = UsageErrors.GetValueOrDefault(kind) + 1;
        }

        return (task.Result, code);
    }

    /// <summary>With <c>--verbose</c>: the usage errors met, by the start of their message.</summary>
    private static readonly Dictionary<string, int> UsageErrors = new(StringComparer.Ordinal);

    private static bool Verbose { get; set; }

    private static int Replay(string folder)
    {
        var failed = 0;
        foreach (var dir in Directory.GetDirectories(folder).OrderBy(d => d, StringComparer.Ordinal))
        {
            var (problems, code) = Run(FuzzCase.Load(dir));
            Console.WriteLine(FormattableString.Invariant($"{Path.GetFileName(dir)}: exit {code}{(problems.Count == 0 ? string.Empty : ": " + string.Join("; ", problems))}"));
            failed += problems.Count > 0 ? 1 : 0;
        }

        return failed == 0 ? 0 : 1;
    }

    private static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
