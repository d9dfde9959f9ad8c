#if !NETSTANDARD2_0
using System;
using System.IO;
using System.Threading.Tasks;
using Cae.Rules.Data;

namespace Cae.IO.Csv;

// A large file read in two parts at once: the first by this load, the second by a load of its own on another
// thread, into the same columns; its rows, lines and diagnostics then follow this load's, as if read in turn.
internal sealed partial class ActivityLoad
{
    private LimitedStream? limited;
    private ActivityLoad? part;
    private CaeDatasetBuilder? partBuilder;
    private int partFirstRow;
    private Task? partRun;

    /// <summary>Whether the file was read in two parts.</summary>
    public bool WasSplit => part is not null;

    protected override Stream Source(Stream stream)
    {
        if (SplitFromBytes != long.MaxValue && stream is FileStream { CanSeek: true } file && file.Length >= SplitFromBytes)
        {
            limited = new LimitedStream(stream);
            return limited;
        }

        return stream;
    }

    protected override void Finished()
    {
        if (part is null)
        {
            return;
        }

        partRun!.GetAwaiter().GetResult();
        if (builder.ActivityCount > partFirstRow)
        {
            throw new InputException($"{File}: the file changed while it was read; read it again once it is written");
        }

        builder.AppendActivityOf(partBuilder!, partFirstRow);
        Absorb(part);
    }

    protected override void Abandoned()
    {
        if (partRun is not null)
        {
            // The part's own failure, if any, is this one's consequence or the same: the first one goes on.
            ((IAsyncResult)partRun).AsyncWaitHandle.WaitOne();
        }
    }

    /// <summary>Where the second half may start at the earliest: the middle of a file that <see cref="Source"/> limited.</summary>
    private long SplitSearchFrom(Stream stream) => limited is null ? long.MaxValue : stream.Length / 2;

    /// <summary>
    /// Starts the second half's load on another thread when the scan found where it starts (the file holds no
    /// quote byte, so every line is a record) and the reader has not yet buffered beyond it; the columns already
    /// have room for every row.
    /// </summary>
    private void StartSecondHalf(Stream stream, LineScan scan)
    {
        if (limited is null || scan.Split < 0 || scan.Split <= limited.Position || scan.Rows >= int.MaxValue / 2)
        {
            return;
        }

        limited.End = scan.Split;
        partFirstRow = builder.ActivityCount + (int)scan.RowsBefore;
        partBuilder = new CaeDatasetBuilder(builder, partFirstRow);
        var load = part = new ActivityLoad(File, partBuilder, rates.Copy(), new LoadDiagnostics()) { ByLines = ByLines };
        var range = new FileRangeStream(((FileStream)stream).SafeFileHandle, scan.Split, stream.Length);
        var firstLine = (int)scan.BreaksBefore + 1;
        var bufferSize = BufferSize;
        partRun = Task.Run(() => load.RunPart(this, range, bufferSize, firstLine));
    }
}
#endif
