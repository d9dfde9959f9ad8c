using System;
using System.IO;
using System.Runtime.InteropServices;
using System.Text;

namespace Cae.Cli.Infrastructure;

/// <summary>
/// Whether a path names a special file (a device such as <c>/dev/null</c> or <c>/dev/full</c>, a named pipe, a
/// socket, or a link to one, such as <c>/dev/stdout</c>): such a target is written into, never replaced by a
/// renamed file (which would put a regular file in place of the device).
/// </summary>
/// <remarks>
/// .NET has no public API for a file's type on Unix; the type is read with <c>stat</c> through the runtime's own
/// native library (<c>libSystem.Native</c>, shipped with every .NET runtime on Unix), whose status record starts
/// with two 32-bit fields, flags and mode. Should that call be unavailable, the path counts as a regular file,
/// as on Windows, where the devices (<c>NUL</c>, <c>CON</c>) cannot be renamed over.
/// </remarks>
internal static class FileKind
{
    private const int TypeMask = 0xF000;
    private const int Regular = 0x8000;
    private const int Directory = 0x4000;

    /// <summary><c>true</c> when the path exists and is neither a regular file nor a folder (links followed).</summary>
    /// <param name="path">A full path.</param>
    public static bool IsSpecial(string path)
    {
        if (OperatingSystem.IsWindows() || !File.Exists(path))
        {
            return false;
        }

        var name = Encoding.UTF8.GetBytes(path + "\0");
        var status = new byte[512]; // larger than the runtime's status record on every platform
        try
        {
            if (Stat(name, status) != 0)
            {
                return false;
            }
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }

        var type = BitConverter.ToInt32(status, 4) & TypeMask;
        return type != Regular && type != Directory;
    }

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat")]
    private static extern int Stat(byte[] path, byte[] status);
}
