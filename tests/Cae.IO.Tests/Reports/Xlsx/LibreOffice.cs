using System.Diagnostics;
using System.IO;
using System.Linq;
using Xunit;

namespace Cae.IO.Tests.Reports.Xlsx;

/// <summary>LibreOffice headless, where it is installed: converts workbooks to PDF, which proves it opens them.</summary>
internal static class LibreOffice
{
    /// <summary>The <c>soffice</c> program, or <c>null</c> when LibreOffice is not installed.</summary>
    public static string? Program { get; } = new[] { "/usr/bin/soffice", "/usr/bin/libreoffice", "/usr/local/bin/soffice" }.FirstOrDefault(File.Exists);

    /// <summary>The reason a test is skipped without LibreOffice.</summary>
    public const string Missing = "SKIPPED: LibreOffice is not installed (soffice); the Debian package libreoffice-calc-nogui provides it.";

    /// <summary>Converts workbooks of <paramref name="folder"/> to PDF files beside them, with a profile of its own in that folder.</summary>
    /// <param name="folder">The folder of the workbooks, and of the PDF files.</param>
    /// <param name="workbooks">The workbooks' paths.</param>
    /// <returns>What LibreOffice printed.</returns>
    public static string ConvertToPdf(string folder, params string[] workbooks)
    {
        var start = new ProcessStartInfo(Program!, $"-env:UserInstallation=file://{folder}/profile --headless --convert-to pdf --outdir {folder} {string.Join(" ", workbooks)}")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var log = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        Assert.True(process.WaitForExit(180_000), "LibreOffice did not finish within 3 minutes");
        return log;
    }
}
