using System;
using System.IO;

namespace Cae.Tests;

/// <summary>The files under <c>Data/</c>, copied next to the test assembly (shared by the test projects that have data files).</summary>
internal static class TestData
{
    private static readonly Lazy<string> Root = new(CreateRoot);

    /// <summary>The full path of a data file, e.g. <c>TestData.Path("bad", "paths.csv")</c>.</summary>
    public static string Path(params string[] parts) =>
        System.IO.Path.Combine(AppContext.BaseDirectory, "Data", System.IO.Path.Combine(parts));

    /// <summary>
    /// A fresh empty directory under this test run's own folder of the temporary directory, which is deleted with
    /// everything in it when the test process ends.
    /// </summary>
    public static string NewDirectory()
    {
        var directory = System.IO.Path.Combine(Root.Value, Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        return directory;
    }

    private static string CreateRoot()
    {
        var root = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "cae-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(root);
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                Directory.Delete(root, recursive: true);
            }
            catch (IOException)
            {
                // A file still open by a test being torn down: left to the system's cleaning of the temporary folder.
            }
            catch (UnauthorizedAccessException)
            {
                // The same, for a file made read-only by a test.
            }
        };
        return root;
    }
}
