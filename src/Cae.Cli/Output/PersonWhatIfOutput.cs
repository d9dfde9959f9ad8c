using System;
using System.Globalization;
using System.IO;
using Cae.IO.Json;
using Cae.IO.Reports.Markdown;
using Cae.Rules.WhatIf;

namespace Cae.Cli.Output;

/// <summary><c>cae whatif --person ID</c>: what the scenario means for one person, as JSON or a Markdown table.</summary>
internal static class PersonWhatIfOutput
{
    /// <summary>The formats of <c>--person</c>.</summary>
    public static readonly string[] Formats = { "json", "md" };

    /// <summary>Writes one person's baseline and scenario figures.</summary>
    /// <param name="person">The person's figures.</param>
    /// <param name="result">The comparison (its name and year).</param>
    /// <param name="format">json or md.</param>
    /// <param name="outFile">The <c>--out</c> file, or <c>null</c>.</param>
    /// <param name="stdout">The standard output.</param>
    public static void Write(PersonWhatIf person, WhatIfResult result, string format, string? outFile, TextWriter stdout) =>
        TextOutput.Write(outFile, text =>
        {
            if (format == "json")
            {
                JsonOut.Document(text, w =>
                {
                    w.WriteStartObject();
                    w.WriteString("name", result.Name);
                    w.WriteNumber("year", result.Year);
                    w.WriteString("entrepreneur_id", person.EntrepreneurId);
                    Figures(w, "baseline", person.Baseline);
                    Figures(w, "scenario", person.Scenario);
                    w.WriteEndObject();
                });
            }
            else
            {
                text.WriteLine(FormattableString.Invariant($"# {MarkdownText.Escape(result.Name)}: {MarkdownText.Escape(person.EntrepreneurId)} in {result.Year}"));
                text.WriteLine();
                text.WriteLine("| | baseline | scenario |");
                text.WriteLine("| --- | ---: | ---: |");
                text.WriteLine($"| Hours | {person.Baseline.Hours} | {person.Scenario.Hours} |");
                text.WriteLine($"| Contribution | {person.Baseline.Contribution} € | {person.Scenario.Contribution} € |");
                text.WriteLine($"| Admission as associate | {Date(person.Baseline.Admission)} | {Date(person.Scenario.Admission)} |");
            }
        }, stdout);

    private static void Figures(System.Text.Json.Utf8JsonWriter w, string name, PersonFigures figures)
    {
        w.WriteStartObject(name);
        JsonOut.Hours(w, "hours", figures.Hours);
        JsonOut.Money(w, "contribution", figures.Contribution);
        JsonOut.Date(w, "admission", figures.Admission);
        w.WriteEndObject();
    }

    private static string Date(NodaTime.LocalDate? date) =>
        date is { } d ? d.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture) : "–";
}
