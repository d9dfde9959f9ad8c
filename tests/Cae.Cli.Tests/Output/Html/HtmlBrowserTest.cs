using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Xunit;
using Xunit.Abstractions;

namespace Cae.Cli.Tests.Output.Html;

/// <summary>
/// Opens the HTML report of the bundled sample in headless Chromium and checks that the charts are laid
/// out at a non-zero size and that the screenshot of the page is drawn. Skipped, with a message, where
/// Chromium is not installed (.ci/run installs it).
/// </summary>
public class HtmlBrowserTest
{
    /// <summary>Where the screenshot is left for people to look at.</summary>
    public static readonly string ScreenshotFile = Path.Combine(Path.GetTempPath(), "cae-html-report", "coopilote-2015-fr.png");

    // A test-only probe appended to a copy of the page: it writes every chart's laid-out size into the DOM.
    private const string Probe = """
        <script>
        (function () {
          var lines = [];
          document.querySelectorAll('svg.chart').forEach(function (svg) {
            var box = svg.getBoundingClientRect();
            lines.push(svg.id + ' ' + Math.round(box.width) + ' ' + Math.round(box.height));
          });
          var pre = document.createElement('pre');
          pre.id = 'probe';
          pre.textContent = lines.join(';');
          document.body.appendChild(pre);
        })();
        </script>
        """;

    private readonly ITestOutputHelper output;

    public HtmlBrowserTest(ITestOutputHelper output) => this.output = output;

    [SkippableFact]
    public void The_charts_of_the_sample_report_render_at_a_non_zero_size_in_a_browser()
    {
        Skip.IfNot(HeadlessChromium.IsInstalled, $"SKIPPED: chromium not installed ({HeadlessChromium.Executable}); .ci/run installs the Debian package 'chromium'.");
        var run = Commands.CliRun.Of("report", "--format", "html");
        Assert.Equal(0, run.Code);
        var html = run.Out;
        var charts = Regex.Matches(html, "<svg ").Count;
        Assert.True(charts >= 4, $"{charts} charts in the sample's report");
        var folder = Directory.CreateTempSubdirectory("cae-html-test-");
        try
        {
            var probed = Path.Combine(folder.FullName, "probed.html");
            File.WriteAllText(probed, html.Replace("</body>", Probe + "\n</body>", StringComparison.Ordinal));
            var dom = HeadlessChromium.DumpDom(probed, 1200, 4000);
            var sizes = Sizes(dom);
            output.WriteLine($"chart sizes (id width height): {string.Join("; ", sizes.Select(s => $"{s.Id} {s.Width} {s.Height}"))}");
            Assert.Equal(charts, sizes.Count);
            Assert.All(sizes, s => Assert.True(s.Width > 100 && s.Height > 50, $"{s.Id} is laid out at {s.Width} × {s.Height}"));

            var page = Path.Combine(folder.FullName, "coopilote-2015-fr.html");
            File.WriteAllText(page, html);
            var screenshot = Path.Combine(folder.FullName, "coopilote-2015-fr.png");
            HeadlessChromium.Screenshot(page, screenshot, 1200, 4000);
            var image = PngImage.Read(File.ReadAllBytes(screenshot));
            var inked = image.InkedPixels();
            output.WriteLine($"screenshot {image.Width} × {image.Height}, {inked} non-white pixels");
            Assert.Equal((1200, 4000), (image.Width, image.Height));
            Assert.True(inked > image.Width * image.Height / 50, $"the screenshot is nearly blank: {inked} non-white pixels");

            Directory.CreateDirectory(Path.GetDirectoryName(ScreenshotFile)!);
            File.Copy(screenshot, ScreenshotFile, overwrite: true);
            output.WriteLine($"screenshot kept at {ScreenshotFile}");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [SkippableFact]
    public void The_line_charts_of_a_sweep_render_at_a_non_zero_size_in_a_browser()
    {
        Skip.IfNot(HeadlessChromium.IsInstalled, $"SKIPPED: chromium not installed ({HeadlessChromium.Executable}); .ci/run installs the Debian package 'chromium'.");
        var run = Commands.CliRun.Of("whatif", "--sweep", "contribution_rate=0.06:0.12:0.02", "--indicators", "contributions.total,self_financing", "--format", "html");
        Assert.Equal(0, run.Code);
        var folder = Directory.CreateTempSubdirectory("cae-html-test-");
        try
        {
            var probed = Path.Combine(folder.FullName, "sweep.html");
            File.WriteAllText(probed, run.Out.Replace("</body>", Probe + "\n</body>", StringComparison.Ordinal));
            var sizes = Sizes(HeadlessChromium.DumpDom(probed, 1200, 2000));
            output.WriteLine($"sweep chart sizes (id width height): {string.Join("; ", sizes.Select(s => $"{s.Id} {s.Width} {s.Height}"))}");
            Assert.Equal(2, sizes.Count);
            Assert.All(sizes, s => Assert.True(s.Width > 100 && s.Height > 50, $"{s.Id} is laid out at {s.Width} × {s.Height}"));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static List<(string Id, int Width, int Height)> Sizes(string dom)
    {
        var probe = Regex.Match(dom, "<pre id=\"probe\">(.*?)</pre>", RegexOptions.Singleline);
        Assert.True(probe.Success, "the probe did not run: no <pre id=\"probe\"> in the DOM dumped by Chromium");
        return probe.Groups[1].Value.Split(';', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split(' '))
            .Select(p => (p[0], int.Parse(p[1], CultureInfo.InvariantCulture), int.Parse(p[2], CultureInfo.InvariantCulture)))
            .ToList();
    }
}
