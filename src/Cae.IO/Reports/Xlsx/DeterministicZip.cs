using System;
using System.IO;
using System.IO.Compression;

namespace Cae.IO.Reports.Xlsx;

/// <summary>Writes a zip again, entry by entry in the same order, with fixed timestamps, so that the same content gives the same bytes.</summary>
internal static class DeterministicZip
{
    /// <summary>The date of every entry: 1980-01-01, the first date a zip can hold (a file time, not a date of the report).</summary>
    private static readonly DateTimeOffset Epoch = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Copies the zip.</summary>
    /// <param name="source">The zip, read from its start.</param>
    /// <param name="output">Where to write it; it stays open.</param>
    public static void Copy(Stream source, Stream output)
    {
        using var input = new ZipArchive(source, ZipArchiveMode.Read, leaveOpen: true);
        using var copy = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var entry in input.Entries)
        {
            var target = copy.CreateEntry(entry.FullName, CompressionLevel.Optimal);
            target.LastWriteTime = Epoch;
            using var from = entry.Open();
            using var to = target.Open();
            from.CopyTo(to);
        }
    }
}
