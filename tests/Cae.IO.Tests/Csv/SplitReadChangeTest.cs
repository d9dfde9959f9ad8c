using System.IO;
using System.Linq;
using System.Text;
using Cae.Domain.Policy;
using Cae.IO.Csv;
using Cae.Rules.Data;
using TestData = Cae.Tests.TestData;
using Xunit;

namespace Cae.IO.Tests.Csv;

/// <summary>
/// A file read in two parts whose first half gains lines after they were counted (the file is being written while
/// it is read) is refused with a message that says so, rather than loaded with rows of one half over the other's.
/// </summary>
public class SplitReadChangeTest
{
    private const string Header = "entrepreneur_id,month,structure,establishment,turnover,contribution,salary_hours\n";

    // 41 bytes a row; the same 41 bytes as two rows: "…,0\n" (20) and "…,00\n" (21).
    private static readonly string Row = "E1,2015-01,C,,1,1," + new string('0', 22) + "\n";
    private const string TwoRows = "E1,2015-01,C,,1,1,0\nE1,2015-01,C,,1,1,00\n";

    private static string Write(string directory)
    {
        var file = Path.Combine(directory, "activity.csv");
        File.WriteAllText(file, Header + string.Concat(Enumerable.Repeat(Row, 200)));
        return file;
    }

    /// <summary>Rows 20 to 29 become twice as many: the same length, the bytes from the middle on unchanged.</summary>
    private static void Grow(string file)
    {
        using var writer = new FileStream(file, FileMode.Open, FileAccess.Write, FileShare.ReadWrite);
        writer.Position = Header.Length + (20 * Row.Length);
        var bytes = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat(TwoRows, 10)));
        writer.Write(bytes, 0, bytes.Length);
    }

    private static (CaeDatasetBuilder Builder, ActivityLoad Load) NewLoad()
    {
        var builder = new CaeDatasetBuilder();
        return (builder, new ActivityLoad("activity.csv", builder, new RateCheck(CaePolicy.Default), new LoadDiagnostics(), splitFrom: 0));
    }

    [Fact]
    public void A_file_whose_first_half_gains_lines_while_it_is_read_is_refused()
    {
        var file = Write(TestData.NewDirectory());
        var (_, load) = NewLoad();
        using var stream = new ChangingFileStream(file, () => Grow(file));

        var error = Assert.Throws<InputException>(() => ContractCsv.Run(load, stream, 64));

        Assert.True(stream.Changed);
        Assert.True(load.WasSplit);
        Assert.Equal("activity.csv: the file changed while it was read; read it again once it is written", error.Message);
    }

    [Fact]
    public void The_same_file_unchanged_loads_in_two_parts()
    {
        var file = Write(TestData.NewDirectory());
        var (builder, load) = NewLoad();
        using var stream = new ChangingFileStream(file, () => { });

        ContractCsv.Run(load, stream, 64);

        Assert.True(stream.Changed);
        Assert.True(load.WasSplit);
        Assert.Equal(200, builder.ActivityCount);
    }

    /// <summary>
    /// A file stream that runs an action once, when it is moved after it was read to its end twice: by the encoding's
    /// check, then by the line count, whose last step moves the stream back before the rows are read.
    /// </summary>
    private sealed class ChangingFileStream : FileStream
    {
        private readonly System.Action change;
        private int ends;

        public ChangingFileStream(string file, System.Action change)
            : base(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1, FileOptions.None) => this.change = change;

        public bool Changed { get; private set; }

        public override long Position
        {
            get => base.Position;
            set
            {
                base.Position = value;
                if (ends == 2 && !Changed)
                {
                    Changed = true;
                    change();
                }
            }
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var read = base.Read(buffer, offset, count);
            ends += read == 0 && count > 0 ? 1 : 0;
            return read;
        }

        public override int Read(System.Span<byte> buffer)
        {
            var read = base.Read(buffer);
            ends += read == 0 && buffer.Length > 0 ? 1 : 0;
            return read;
        }
    }
}
