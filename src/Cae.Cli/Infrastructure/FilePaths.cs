using System;
using System.IO;

namespace Cae.Cli.Infrastructure;

/// <summary>File names compared as the file system sees them: full, with every link resolved.</summary>
internal static class FilePaths
{
    /// <summary>How two canonical paths compare: case-sensitively on Linux, not on Windows and macOS.</summary>
    public static StringComparison Comparison => OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;

    /// <summary>The full path of a file with every symbolic link resolved, in the folders and in the file itself.</summary>
    /// <param name="path">The path, relative or absolute; the file need not exist.</param>
    public static string Canonical(string path) => Canonical(path, 0);

    private static string Canonical(string path, int depth)
    {
        var full = Path.GetFullPath(path);
        if (depth > 40)
        {
            return full; // a loop of links: the comparison falls back on the path itself
        }

        var root = Path.GetPathRoot(full) ?? string.Empty;
        var current = root;
        var parts = full.Substring(root.Length).Split(new[] { Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar }, StringSplitOptions.RemoveEmptyEntries);
        foreach (var part in parts)
        {
            var next = Path.Combine(current, part);
            FileSystemInfo info = Directory.Exists(next) ? new DirectoryInfo(next) : new FileInfo(next);
            if (info.Exists && info.LinkTarget is { } target)
            {
                next = Canonical(Path.IsPathRooted(target) ? target : Path.Combine(current, target), depth + 1);
            }

            current = next;
        }

        return current;
    }
}
