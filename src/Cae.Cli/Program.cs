using System;

namespace Cae.Cli;

/// <summary>Entry point of the <c>cae</c> tool.</summary>
public static class Program
{
    /// <summary>Runs the tool and returns its exit code (0 success, 1 rejected rows, 2 usage error, unreadable file or failed write, 3 internal error).</summary>
    /// <param name="args">The command line.</param>
    public static int Main(string[] args) => CaeApp.Run(args, Console.Out, Console.Error);
}
