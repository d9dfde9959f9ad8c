using System;
using BenchmarkDotNet.Running;
using Cae.Benchmarks.Compare;
using Cae.Benchmarks.Loading;

namespace Cae.Benchmarks;

/// <summary>
/// Entry point: <c>compare</c>, <c>load</c> and <c>network</c> run the quick comparisons; any other arguments go to
/// BenchmarkDotNet's switcher.
/// </summary>
public static class Program
{
    /// <summary>Runs the quick comparison or the benchmarks chosen on the command line.</summary>
    /// <param name="args">The command line.</param>
    /// <returns>The exit code.</returns>
    public static int Main(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Length > 0 && args[0] == "compare")
        {
            return CompareCommand.Run(args[1..], Console.Out);
        }

        if (args.Length > 0 && args[0] == "network")
        {
            return Network.NetworkCommand.Run(args[1..], Console.Out);
        }

        if (args.Length > 0 && args[0] == "load")
        {
            return LoadCommand.Run(args[1..], Console.Out);
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
