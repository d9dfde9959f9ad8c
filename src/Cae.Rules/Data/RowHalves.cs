using System;
using System.Collections.Generic;
using System.Threading.Tasks;

namespace Cae.Rules.Data;

/// <summary>A pass of the build over the rows, run in two halves at once, each half with a rejection list of its own.</summary>
internal static class RowHalves
{
    /// <summary>
    /// Runs <paramref name="pass"/> over rows [0, <paramref name="cut"/>) into <paramref name="found"/> and over rows
    /// [<paramref name="cut"/>, <paramref name="end"/>) into a list of its own, on two threads, then appends the
    /// second half's rejections after the first's (the build sorts them by row).
    /// </summary>
    /// <param name="found">Receives the rejections of both halves.</param>
    /// <param name="cut">The first row of the second half.</param>
    /// <param name="end">The end of the rows.</param>
    /// <param name="pass">The pass over rows [from, to), adding to the list it is given; returns the rows it dropped.</param>
    /// <returns>The rows both halves dropped.</returns>
    public static int Run(List<BuildRejection> found, int cut, int end, Func<List<BuildRejection>, int, int, int> pass)
    {
        var secondFound = new List<BuildRejection>();
        int first = 0, second = 0;
        Parallel.Invoke(() => first = pass(found, 0, cut), () => second = pass(secondFound, cut, end));
        found.AddRange(secondFound);
        return first + second;
    }
}
