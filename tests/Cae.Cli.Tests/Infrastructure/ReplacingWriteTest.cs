using System;
using System.Diagnostics;
using System.IO;
using System.Threading.Tasks;
using Cae.Cli.Infrastructure;
using Cae.Cli.Tests.Commands;
using Xunit;

namespace Cae.Cli.Tests.Infrastructure;

public class ReplacingWriteTest
{
    [Fact]
    public void A_regular_file_is_replaced_whole_and_no_temporary_file_is_left()
    {
        var folder = TestData.NewDirectory();
        var target = Path.Combine(folder, "bilan.md");
        File.WriteAllText(target, "old");

        ReplacingWrite.Write(target, s => s.Write(new byte[] { (byte)'n', (byte)'e', (byte)'w' }, 0, 3));

        Assert.Equal("new", File.ReadAllText(target));
        Assert.Equal(new[] { target }, Directory.GetFiles(folder));
        Assert.False(FileKind.IsSpecial(target));
    }

    [Fact]
    public void A_failed_write_leaves_the_target_as_it_was()
    {
        var folder = TestData.NewDirectory();
        var target = Path.Combine(folder, "bilan.md");
        File.WriteAllText(target, "old");

        Assert.Throws<IOException>(() => ReplacingWrite.Write(target, s =>
        {
            s.WriteByte((byte)'x');
            throw new IOException("No space left on device");
        }));

        Assert.Equal("old", File.ReadAllText(target));
        Assert.Equal(new[] { target }, Directory.GetFiles(folder));
    }

    [Fact]
    public async Task A_named_pipe_is_written_into_and_stays_a_pipe()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        var fifo = Path.Combine(TestData.NewDirectory(), "report.pipe");
        using (var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", fifo) { UseShellExecute = false })!)
        {
            mkfifo.WaitForExit();
            Assert.Equal(0, mkfifo.ExitCode);
        }

        var reader = Task.Run(() => File.ReadAllText(fifo));
        var run = CliRun.Of("report", "--format", "json", "--out", fifo);

        Assert.True(run.Code == 0, run.Error);
        Assert.Same(reader, await Task.WhenAny(reader, Task.Delay(TimeSpan.FromSeconds(30))));
        Assert.StartsWith("{", await reader);
        Assert.True(FileKind.IsSpecial(fifo));
    }

    [Theory]
    [InlineData("md")]
    [InlineData("xlsx")]
    public void A_full_device_is_exit_2_with_one_line_and_stays_the_device(string format)
    {
        if (!OperatingSystem.IsLinux() || !FileKind.IsSpecial("/dev/full"))
        {
            return;
        }

        var run = CliRun.Of("report", "--format", format, "--out", "/dev/full");

        Assert.Equal(2, run.Code);
        var line = Assert.Single(run.Error.Split('\n'), l => l.Length > 0 && !l.Contains("the last year with data", StringComparison.Ordinal));
        Assert.Contains("/dev/full", line);
        Assert.True(FileKind.IsSpecial("/dev/full"));
    }

    [Fact]
    public void The_null_device_takes_the_report_and_stays_the_device()
    {
        if (!OperatingSystem.IsLinux() || !FileKind.IsSpecial("/dev/null"))
        {
            return;
        }

        Assert.Equal(0, CliRun.Of("report", "--out", "/dev/null").Code);
        Assert.True(FileKind.IsSpecial("/dev/null"));
    }
}
