using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using Cae.Rules.Indicators;
using Cae.Rules.WhatIf;

namespace Cae.Cli.Output;

/// <summary>
/// <c>cae whatif --format md</c>: a what-if or a sweep for people, in French (the default) or English: the key
/// figures, the admissions that move and every figure that changes, as tables of indicator | baseline | scenario |
/// delta; a sweep as one row per combination.
/// </summary>
internal sealed class WhatIfMarkdownWriter
{
    /// <summary>The key figures: report-tree path, English label, French label.</summary>
    private static readonly string[][] KeyFigures =
    {
        new[] { "flows.total.accompanied", "Accompanied people", "Personnes accompagnées" },
        new[] { "flows.total.present_end", "Present at year end", "Présents au 31 décembre" },
        new[] { "exits.total.total", "Exits", "Sorties" },
        new[] { "exits.total.associate", "Exits as associate", "Sorties comme associé" },
        new[] { "exits.positive_rate", "Positive exit rate", "Taux de sorties positives" },
        new[] { "exits.perennial_rate", "Perennial exit rate", "Taux de sorties pérennes" },
        new[] { "path_duration_months.average", "Average path (months)", "Durée moyenne du parcours (mois)" },
        new[] { "path_duration_months.by_category.associate", "Associates' average path (months)", "Durée moyenne du parcours des associés (mois)" },
        new[] { "turnover.associates", "Turnover of associates (€)", "Chiffre d'affaires des associés (€)" },
        new[] { "turnover.accompanied", "Turnover of the accompanied (€)", "Chiffre d'affaires des accompagnés (€)" },
        new[] { "salary.total.salaried", "Salaried accompanied (per unit)", "Accompagnés salariés (par unité)" },
        new[] { "salary.total.hours", "Salary hours", "Heures salariées" },
        new[] { "salary.total.fte", "Full-time equivalents", "Équivalents temps plein" },
        new[] { "contributions.total", "Contributions (€)", "Contributions (€)" },
        new[] { "self_financing", "Self-financing rate", "Taux d'autofinancement" },
    };

    private readonly bool french;

    private WhatIfMarkdownWriter(string language) => french = language == "fr";

    /// <summary>Writes a what-if.</summary>
    /// <param name="result">The what-if.</param>
    /// <param name="scenarioFile">The scenario file, named in the text.</param>
    /// <param name="language"><c>fr</c> or <c>en</c>.</param>
    /// <param name="w">Where to write.</param>
    public static void Write(WhatIfResult result, string scenarioFile, string language, TextWriter w) =>
        new WhatIfMarkdownWriter(language).WriteResult(result, scenarioFile, w);

    /// <summary>Writes a sweep.</summary>
    /// <param name="result">The sweep.</param>
    /// <param name="language"><c>fr</c> or <c>en</c>.</param>
    /// <param name="w">Where to write.</param>
    public static void Write(SweepResult result, string language, TextWriter w) =>
        new WhatIfMarkdownWriter(language).WriteSweep(result, w);

    private string T(string english, string frenchText) => french ? frenchText : english;

    private void WriteResult(WhatIfResult result, string scenarioFile, TextWriter w)
    {
        var baseline = result.Baseline.ToTree();
        var scenario = result.Scenario.ToTree();
        w.Write(FormattableString.Invariant($"# {T("What-if: ", "Simulation : ")}{Escape(result.Name)} ({result.Year})\n\n"));
        w.Write(T("Scenario file: `", "Fichier du scénario : `") + Path.GetFileName(scenarioFile).Replace("`", "'") + "`. ");
        w.Write(T(
            "Baseline and scenario are both modelled by the same rules from the recorded turnover, purchases, entry, CESA and application dates, so the delta shows only the policy's effect; the figures as recorded are under `actual` in `--format json`.\n",
            "La référence et le scénario sont modélisés par les mêmes règles à partir du chiffre d'affaires, des achats et des dates d'entrée, de CESA et de candidature enregistrés : l'écart ne montre que l'effet de la politique ; les chiffres tels qu'enregistrés sont sous `actual` avec `--format json`.\n"));
        w.Write(T("\n## Key figures\n\n", "\n## Chiffres clés\n\n"));
        TableHeader(w);
        foreach (var figure in KeyFigures)
        {
            var path = figure[0].Split('.');
            Row(w, french ? figure[2] : figure[1], baseline.Find(path) as ReportNumber, scenario.Find(path) as ReportNumber, result.Delta.Find(path) as ReportNumber);
        }

        Row(
            w,
            T("Supported past the support limit on 31 December", "Accompagnés au-delà de la durée maximale au 31 décembre"),
            new ReportNumber(result.BaselinePastSupportLimit, ReportValueKind.Count),
            new ReportNumber(result.ScenarioPastSupportLimit, ReportValueKind.Count),
            new ReportNumber(result.ScenarioPastSupportLimit - result.BaselinePastSupportLimit, ReportValueKind.Count));
        if (result.AdmissionChanges.Count > 0)
        {
            w.Write(T("\n## Admissions as associate that move\n\n", "\n## Admissions comme associé qui changent de date\n\n"));
            w.Write(T("| person | application | baseline | scenario | months earlier |\n", "| personne | candidature | référence | scénario | mois plus tôt |\n") + "| --- | --- | --- | --- | ---: |\n");
            foreach (var change in result.AdmissionChanges)
            {
                w.Write(FormattableString.Invariant(
                    $"| {Escape(change.EntrepreneurId)} | {Date(change.Application)} | {Date(change.Baseline)} | {Date(change.Scenario)} | {(change.MonthsEarlier is { } m ? m.ToString(CultureInfo.InvariantCulture) : "–")} |\n"));
            }
        }

        w.Write(T("\n## Every figure that changes\n\n", "\n## Tous les chiffres qui changent\n\n"));
        var changed = 0;
        foreach (var (path, delta) in Numbers(result.Delta, string.Empty))
        {
            var names = path.Split('.');
            var before = baseline.Find(names) as ReportNumber;
            var after = scenario.Find(names) as ReportNumber;
            var undefinedOnBothSides = before?.Value is null && after?.Value is null;
            if (delta.Value == 0m || (delta.Value is null && undefinedOnBothSides))
            {
                continue;
            }

            if (changed++ == 0)
            {
                TableHeader(w);
            }

            Row(w, path, before, after, delta);
        }

        if (changed == 0)
        {
            w.Write(T("No figure of the report changes.\n", "Aucun chiffre du bilan ne change.\n"));
        }
    }

    private void WriteSweep(SweepResult result, TextWriter w)
    {
        w.Write(FormattableString.Invariant($"# {T("What-if sweep", "Balayage de simulations")} ({result.Year})\n\n"));
        w.Write(result.Scenario == Scenario.Identity.Name
            ? T("Over the baseline policy. ", "Sur la politique de référence. ")
            : T("Over the scenario ", "Sur le scénario ") + Escape(result.Scenario) + ". ");
        w.Write(result.Rows.Count.ToString(CultureInfo.InvariantCulture)
            + T(" scenarios, each modelled by the same rules from the recorded inputs.\n\n", " scénarios, chacun modélisé par les mêmes règles à partir des données enregistrées.\n\n"));
        var columns = result.Axes.Concat(result.Indicators).ToArray();
        w.Write("| " + string.Join(" | ", columns.Select(Escape)) + " |\n");
        w.Write("|" + string.Concat(columns.Select(_ => " ---: |")) + "\n");
        foreach (var row in result.Rows)
        {
            var cells = row.Parameters.Select(p => Localize(p.ToString(CultureInfo.InvariantCulture)))
                .Concat(row.Values.Select((v, i) => Format(new ReportNumber(v, result.Kinds[i]), false)));
            w.Write("| " + string.Join(" | ", cells) + " |\n");
        }
    }

    private static IEnumerable<(string Path, ReportNumber Number)> Numbers(ReportNode node, string prefix)
    {
        if (node is ReportNumber number)
        {
            yield return (prefix, number);
        }
        else if (node is ReportTree tree)
        {
            foreach (var child in tree.Children)
            {
                foreach (var pair in Numbers(child.Value, prefix.Length == 0 ? child.Key : prefix + "." + child.Key))
                {
                    yield return pair;
                }
            }
        }
    }

    private void TableHeader(TextWriter w) =>
        w.Write(T("| indicator | baseline | scenario | delta |\n", "| indicateur | référence | scénario | écart |\n") + "| --- | ---: | ---: | ---: |\n");

    private void Row(TextWriter w, string label, ReportNumber? baseline, ReportNumber? scenario, ReportNumber? delta) =>
        w.Write($"| {Escape(label)} | {Format(baseline, false)} | {Format(scenario, false)} | {Format(delta, true)} |\n");

    /// <summary>A number for people: counts and amounts to the unit, hours and averages to 0.01, rates in % (deltas of rates in points).</summary>
    private string Format(ReportNumber? number, bool signed)
    {
        if (number?.Value is not { } value)
        {
            return "–";
        }

        var text = number.Kind switch
        {
            ReportValueKind.Rate => Localize((value * 100m).ToString("#,0.0", CultureInfo.InvariantCulture)) + (signed ? T(" pts", "\u00A0pts") : T(" %", "\u00A0%")),
            ReportValueKind.Amount => Localize(Cae.Domain.Values.Rounding.ToDecimals(value, 0).ToString("#,0", CultureInfo.InvariantCulture)),
            ReportValueKind.Count => Localize(value.ToString("#,0", CultureInfo.InvariantCulture)),
            ReportValueKind.Year => value.ToString("0", CultureInfo.InvariantCulture),
            _ => Localize(value.ToString("#,0.00", CultureInfo.InvariantCulture)),
        };
        return signed && value > 0m ? "+" + text : text;
    }

    /// <summary>An invariant number in the language: unchanged in English; in French, a non-breaking space between thousands and a decimal comma.</summary>
    private string Localize(string invariant)
    {
        if (!french)
        {
            return invariant;
        }

        var text = new StringBuilder(invariant.Length);
        foreach (var c in invariant)
        {
            text.Append(c == ',' ? '\u00A0' : c == '.' ? ',' : c);
        }

        return text.ToString();
    }

    private static string Date(NodaTime.LocalDate? date) => date is { } d ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "–";

    private static string Escape(string text) => text.Replace("|", "\\|").Replace("\r", " ").Replace("\n", " ");
}
