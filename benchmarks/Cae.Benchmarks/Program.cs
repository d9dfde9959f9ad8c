using BenchmarkDotNet.Running;

namespace Cae.Benchmarks;

/// <summary>Entry point of the benchmarks: runs the BenchmarkDotNet switcher.</summary>
public static class Program
{
    /// <summary>Runs the benchmarks chosen on the command line.</summary>
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
