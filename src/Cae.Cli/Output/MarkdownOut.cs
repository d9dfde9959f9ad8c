using System.IO;
using Cae.IO.Reports.Markdown;
using Cae.Rules.Explanation;

namespace Cae.Cli.Output;

/// <summary>Writes the calculators' Markdown: a two-column table of results and the numbered explanation.</summary>
internal static class MarkdownOut
{
    /// <summary>Writes a level-1 title and the header of a two-column table.</summary>
    public static void Title(TextWriter w, string title)
    {
        w.WriteLine($"# {title}");
        w.WriteLine();
        w.WriteLine("| | |");
        w.WriteLine("|---|---|");
    }

    /// <summary>Writes one row of the results table.</summary>
    public static void Row(TextWriter w, string label, string value) => w.WriteLine($"| {label} | {MarkdownText.Escape(value)} |");

    /// <summary>Writes the explanation as a numbered list, under its own heading.</summary>
    public static void Explanation(TextWriter w, Trace trace)
    {
        w.WriteLine();
        w.WriteLine("## Explanation");
        w.WriteLine();
        var n = 1;
        foreach (var step in trace.Steps)
        {
            w.WriteLine(System.FormattableString.Invariant($"{n++}. {step}"));
        }
    }
}
