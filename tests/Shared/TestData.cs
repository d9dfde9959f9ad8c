using System;
using System.IO;

namespace Cae.Tests;

/// <summary>The files under <c>Data/</c>, copied next to the test assembly (shared by the test projects that have data files).</summary>
internal static class TestData
{
    /// <summary>The full path of a data file, e.g. <c>TestData.Path("bad", "paths.csv")</c>.</summary>
    public static string Path(params string[] parts) =>
        System.IO.Path.Combine(AppContext.BaseDirectory, "Data", System.IO.Path.Combine(parts));

    /// <summary>A fresh empty directory under the temporary folder.</summary>
    public static string NewDirectory()
    {
        var directory = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "cae-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        return directory;
    }
}
