using System.IO;
using Cae.Cli.Infrastructure;
using Xunit;

namespace Cae.Cli.Tests.Infrastructure;

public class PhaseProgressTest
{
    [Fact]
    public void Is_silent_on_any_writer_but_the_consoles_stderr()
    {
        var error = new StringWriter();
        using (var progress = PhaseProgress.For(error))
        {
            progress.Reading("paths.csv", "activity.csv");
            progress.Phase("computing the 2015 report");
            Assert.False(progress.Enabled);
        }

        Assert.Equal(string.Empty, error.ToString());
    }

    [Fact]
    public void On_a_terminal_rewrites_one_line_and_erases_it_at_the_end()
    {
        var terminal = new StringWriter();
        using (var progress = new PhaseProgress(terminal))
        {
            progress.Reading("no-such-paths.csv", "no-such-activity.csv");
            progress.Phase("computing the 2015 report");
            Assert.StartsWith("\r\u001b[Kcae: reading no-such-paths.csv, no-such-activity.csv (0.0 MB)… (", terminal.ToString(), System.StringComparison.Ordinal);
            Assert.Contains("\r\u001b[Kcae: computing the 2015 report… (", terminal.ToString(), System.StringComparison.Ordinal);
        }

        Assert.EndsWith(" s)\r\u001b[K", terminal.ToString(), System.StringComparison.Ordinal);
        Assert.DoesNotContain("\n", terminal.ToString(), System.StringComparison.Ordinal);
    }
}
