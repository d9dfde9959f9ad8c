using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace Cae.Fuzz;

/// <summary>
/// One input of the fuzz target: the files of a command (paths.csv, activity.csv, policy.json, scenario.json, as
/// bytes) and its arguments, where <c>{dir}</c> stands for the folder the files are written to.
/// </summary>
/// <remarks>Saved as a folder: the files, and <c>args.txt</c> with one argument per line.</remarks>
public sealed class FuzzCase
{
    /// <summary>The placeholder of the case's folder in the arguments.</summary>
    public const string Folder = "{dir}";

    /// <summary>Creates a case.</summary>
    /// <param name="files">The files, by name.</param>
    /// <param name="args">The arguments.</param>
    public FuzzCase(IReadOnlyDictionary<string, byte[]> files, IReadOnlyList<string> args)
    {
        Files = files;
        Args = args;
    }

    /// <summary>The files, by name.</summary>
    public IReadOnlyDictionary<string, byte[]> Files { get; }

    /// <summary>The arguments, with <see cref="Folder"/> for the folder of the files.</summary>
    public IReadOnlyList<string> Args { get; }

    /// <summary>The command (the first argument).</summary>
    public string Command => Args.Count > 0 ? Args[0] : string.Empty;

    /// <summary>Reads a case saved by <see cref="Save"/>.</summary>
    /// <param name="folder">The folder.</param>
    public static FuzzCase Load(string folder)
    {
        var files = Directory.GetFiles(folder)
            .Where(f => Path.GetFileName(f) is not ("args.txt" or "finding.txt"))
            .ToDictionary(f => Path.GetFileName(f), File.ReadAllBytes);
        var args = File.ReadAllText(Path.Combine(folder, "args.txt"), Encoding.UTF8).Split('\n').Select(a => a.TrimEnd('\r')).ToList();
        if (args.Count > 0 && args[^1].Length == 0)
        {
            args.RemoveAt(args.Count - 1);
        }

        return new FuzzCase(files, args);
    }

    /// <summary>Saves the case in a folder, with what was found.</summary>
    /// <param name="folder">The folder (created).</param>
    /// <param name="finding">What the oracle found.</param>
    public void Save(string folder, string finding)
    {
        Directory.CreateDirectory(folder);
        foreach (var (name, bytes) in Files)
        {
            File.WriteAllBytes(Path.Combine(folder, name), bytes);
        }

        File.WriteAllText(Path.Combine(folder, "args.txt"), string.Join("\n", Args) + "\n", new UTF8Encoding(false));
        File.WriteAllText(Path.Combine(folder, "finding.txt"), finding + "\n", new UTF8Encoding(false));
    }

    /// <summary>Writes the files to a folder and gives the arguments with the folder in place.</summary>
    /// <param name="folder">The folder, existing and empty.</param>
    public string[] WriteTo(string folder)
    {
        foreach (var (name, bytes) in Files)
        {
            File.WriteAllBytes(Path.Combine(folder, name), bytes);
        }

        return Args.Select(a => a.Replace(Folder, folder, StringComparison.Ordinal)).ToArray();
    }
}
