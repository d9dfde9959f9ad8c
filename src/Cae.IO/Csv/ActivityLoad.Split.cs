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

    /// <summary>
    /// Splits the file in two when it is large, holds no quote byte (so every line is a record) and its second
    /// half starts beyond what the reader has already buffered; then starts the second part's load.
    /// </summary>
    private bool TrySplit(Stream stream)
    {
        if (limited is null || stream is not FileStream file)
        {
            return false;
        }

        var length = file.Length;
        var scan = LineScan.Of(file, length / 2);
        if (scan.Split < 0 || scan.Split <= limited.Position || scan.BreaksBefore + scan.RowsAfter > int.MaxValue / 2)
        {
            builder.EnsureActivityCapacity(builder.ActivityCount + (int)Math.Min(Math.Max(scan.RowsAfter, 1), int.MaxValue / 2));
            return false;
        }

        limited.Limit = scan.Split;
        partFirstRow = builder.ActivityCount + (int)scan.RowsBefore;
        builder.EnsureActivityCapacity(partFirstRow + (int)scan.RowsAfter);
        partBuilder = new CaeDatasetBuilder(builder, partFirstRow);
        var load = part = new ActivityLoad(File, partBuilder, rates.Copy(), new LoadDiagnostics());
        var range = new FileRangeStream(file.SafeFileHandle, scan.Split, length);
        var firstLine = (int)scan.BreaksBefore + 1;
        var bufferSize = BufferSize;
        partRun = Task.Run(() => load.RunPart(this, range, bufferSize, firstLine));
        return true;
    }
}
#endif
