using System.IO;
using Cae.Cli.Infrastructure;
using Cae.IO;
using Cae.IO.Reports.Html;
using Cae.IO.Reports.Labels;
using Cae.IO.Reports.Markdown;
using Cae.IO.Reports.Xlsx;
using Cae.Rules.WhatIf;

namespace Cae.Cli.Output;

/// <summary>Writes a what-if or a sweep in the format of <c>--format</c> to <c>--out</c> or the standard output.</summary>
internal static class WhatIfOutput
{
    /// <summary>The formats of <c>cae whatif</c>.</summary>
    public static readonly string[] Formats = { "json", "md", "html", "xlsx" };

    /// <summary>Writes a what-if.</summary>
    /// <param name="result">The what-if.</param>
    /// <param name="diagnostics">The rejected rows and warnings of the input, written beside the comparison (json, xlsx).</param>
    /// <param name="scenarioFile">The scenario file, named in the Markdown.</param>
    /// <param name="format">One of <see cref="Formats"/>.</param>
    /// <param name="labels">The language.</param>
    /// <param name="outFile">The <c>--out</c> file, or <c>null</c>.</param>
    /// <param name="stdout">The standard output.</param>
    public static void Write(WhatIfResult result, ReportDiagnostics diagnostics, string scenarioFile, string format, ReportLabels labels, string? outFile, TextWriter stdout)
    {
        if (format == "xlsx")
        {
            BinaryOutput.Write(outFile, stream => XlsxWhatIfWriter.Write(result, diagnostics, labels, stream), stdout);
            return;
        }

        TextOutput.Write(
            outFile,
            text =>
            {
                if (format == "json")
                {
                    ReportJson.Write(result, diagnostics, text);
                }
                else if (format == "html")
                {
                    WhatIfHtmlWriter.Write(result, labels, text);
                }
                else
                {
                    WhatIfMarkdownWriter.Write(result, scenarioFile, labels, text);
                }
            },
            stdout);
    }

    /// <summary>Writes a sweep.</summary>
    /// <param name="result">The sweep.</param>
    /// <param name="format">One of <see cref="Formats"/>.</param>
    /// <param name="labels">The language.</param>
    /// <param name="outFile">The <c>--out</c> file, or <c>null</c>.</param>
    /// <param name="stdout">The standard output.</param>
    public static void Write(SweepResult result, string format, ReportLabels labels, string? outFile, TextWriter stdout)
    {
        if (format == "xlsx")
        {
            BinaryOutput.Write(outFile, stream => XlsxWhatIfWriter.Write(result, labels, stream), stdout);
            return;
        }

        TextOutput.Write(
            outFile,
            text =>
            {
                if (format == "json")
                {
                    SweepJson.Write(result, text);
                }
                else if (format == "html")
                {
                    WhatIfHtmlWriter.Write(result, labels, text);
                }
                else
                {
                    WhatIfMarkdownWriter.Write(result, labels, text);
                }
            },
            stdout);
    }
}
