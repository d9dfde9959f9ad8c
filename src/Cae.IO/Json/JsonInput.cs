using System;
using System.IO;

namespace Cae.IO.Json;

/// <summary>Reads a JSON input whole, as the readers need it (documents are small).</summary>
internal static class JsonInput
{
    /// <summary>Reads a file's bytes, without a UTF-8 byte order mark.</summary>
    /// <param name="file">The file.</param>
    /// <exception cref="InputException">The file is missing or cannot be read.</exception>
    public static byte[] ReadAll(string file)
    {
        try
        {
            return WithoutBom(File.ReadAllBytes(file));
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new InputException($"{file}: file not found", e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new InputException($"{file}: cannot read the file: {e.Message}", e);
        }
    }

    /// <summary>Reads a stream to its end (not closed), without a UTF-8 byte order mark.</summary>
    /// <param name="stream">The stream.</param>
    /// <param name="name">Its name in messages.</param>
    /// <exception cref="InputException">The stream cannot be read.</exception>
    public static byte[] ReadAll(Stream stream, string name)
    {
        try
        {
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return WithoutBom(copy.ToArray());
        }
        catch (Exception e) when (e is IOException or NotSupportedException or ObjectDisposedException)
        {
            throw new InputException($"{name}: cannot read the file: {e.Message}", e);
        }
    }

    private static byte[] WithoutBom(byte[] utf8)
    {
        if (utf8.Length < 3 || utf8[0] != 0xEF || utf8[1] != 0xBB || utf8[2] != 0xBF)
        {
            return utf8;
        }

        var rest = new byte[utf8.Length - 3];
        Array.Copy(utf8, 3, rest, 0, rest.Length);
        return rest;
    }
}
