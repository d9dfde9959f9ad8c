#if NETSTANDARD2_0
using System.IO;

namespace Cae.IO.Csv;

// On netstandard2.0 (no positional file reads), a file is always read by one load, from its start to its end.
internal sealed partial class ActivityLoad
{
    /// <summary>Whether the file was read in two parts: never here.</summary>
    public bool WasSplit => false;

    private static long SplitSearchFrom(Stream stream) => long.MaxValue;

    private static void StartSecondHalf(Stream stream, LineScan scan)
    {
    }
}
#endif
