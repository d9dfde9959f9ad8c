using System;
using System.IO;

namespace Cae.Cli.Infrastructure;

/// <summary>
/// Writes a file so that a failed write leaves neither a half file nor a damaged one: into a temporary file of
/// the same folder, renamed over the target once complete (data contract §2'). A special file (a device, a named
/// pipe: see <see cref="FileKind"/>) is written into directly instead, so that <c>--out /dev/null</c> stays the
/// device and <c>--out /dev/full</c> fails with the device's error.
/// </summary>
internal static class ReplacingWrite
{
    /// <summary>Writes the target.</summary>
    /// <param name="target">The file to write.</param>
    /// <param name="write">Writes the content into a stream.</param>
    /// <exception cref="IOException">The write failed; the temporary file is removed and the target is as it was (a special file may hold part of the content).</exception>
    /// <exception cref="UnauthorizedAccessException">The folder or the target is not writable.</exception>
    public static void Write(string target, Action<Stream> write)
    {
        var full = Path.GetFullPath(target);
        if (FileKind.IsSpecial(full))
        {
            using var device = new FileStream(full, FileMode.Open, FileAccess.Write);
            write(device);
            device.Flush();
            return;
        }

        var temporary = Path.Combine(Path.GetDirectoryName(full) ?? ".", "." + Path.GetFileName(full) + "." + Guid.NewGuid().ToString("N").Substring(0, 12) + ".tmp");
        try
        {
            using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write))
            {
                write(file);
            }

            File.Move(temporary, full, overwrite: true);
        }
        catch
        {
            TryDelete(temporary);
            throw;
        }
    }

    private static void TryDelete(string file)
    {
        try
        {
            File.Delete(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            // Nothing more can be done; the write error is what the user needs to see.
        }
    }
}
