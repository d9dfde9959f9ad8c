using System;
using System.Diagnostics;
using System.IO;
using System.Threading.Tasks;

namespace Cae.Cli.Tests.Output.Html;

/// <summary>Runs Debian's Chromium headless on a local file, isolated (a new profile, no network use of its own).</summary>
internal static class HeadlessChromium
{
    /// <summary>Where Debian's <c>chromium</c> package installs the browser.</summary>
    public const string Executable = "/usr/bin/chromium";

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);

    /// <summary>Whether the browser is installed.</summary>
    public static bool IsInstalled => File.Exists(Executable);

    /// <summary>Loads the page and returns the DOM after layout and scripts (<c>--dump-dom</c>).</summary>
    public static string DumpDom(string page, int width, int height) => Run(page, width, height, "--dump-dom");

    /// <summary>Loads the page and writes a PNG screenshot of the window.</summary>
    public static void Screenshot(string page, string png, int width, int height) => Run(page, width, height, "--screenshot=" + png);

    private static string Run(string page, int width, int height, string action)
    {
        var profile = Directory.CreateTempSubdirectory("cae-chromium-");
        try
        {
            var start = new ProcessStartInfo(Executable)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in new[]
                     {
                         "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                         "--disable-background-networking", "--disable-component-update", "--disable-sync",
                         "--disable-dev-shm-usage", "--hide-scrollbars", "--user-data-dir=" + profile.FullName,
                         FormattableString.Invariant($"--window-size={width},{height}"), action, new Uri(page).AbsoluteUri,
                     })
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start) ?? throw new InvalidOperationException("Chromium did not start.");
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(Timeout))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"Chromium did not finish within {Timeout.TotalSeconds} s.");
            }

            Task.WaitAll(output, errors);
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"Chromium exited with code {process.ExitCode}: {errors.Result}");
            }

            return output.Result;
        }
        finally
        {
            profile.Delete(recursive: true);
        }
    }
}
