using System.Collections.Generic;
using Cae.IO.Reports.Labels;

namespace Cae.IO.Reports.Tables;

/// <summary>
/// The report's key figures, defined once for every format: the HTML report's tiles, the what-if key-figure
/// table (Markdown, HTML, XLSX) and the series <c>cae trend</c> follows without <c>--indicators</c>.
/// </summary>
public static class KeyFigures
{
    /// <summary>The key figures, in order.</summary>
    public static IReadOnlyList<KeyFigure> All { get; } = new[]
    {
        new KeyFigure("flows.total.present_start", Label.PresentStart),
        new KeyFigure("flows.total.entries", Label.Entries),
        new KeyFigure("flows.total.accompanied", Label.KeyAccompanied),
        new KeyFigure("flows.total.exits", Label.KeyExits),
        new KeyFigure("flows.total.present_end", Label.KeyPresentEnd),
        new KeyFigure("exits.total.associate", Label.KeyExitsAssociate),
        new KeyFigure("exits.positive_rate", Label.KeyPositiveRate, Highlight: true),
        new KeyFigure("exits.perennial_rate", Label.KeyPerennialRate, Highlight: true),
        new KeyFigure("path_duration_months.average", Label.KeyAverageDuration),
        new KeyFigure("path_duration_months.by_category.associate", Label.KeyAssociatesDuration),
        new KeyFigure("turnover.total", Label.KeyTurnoverTotal),
        new KeyFigure("turnover.associates", Label.KeyTurnoverAssociates),
        new KeyFigure("turnover.accompanied", Label.KeyTurnoverAccompanied),
        new KeyFigure("salary.total.salaried", Label.KeySalaried),
        new KeyFigure("salary.total.hours", Label.KeyHours),
        new KeyFigure("salary.total.fte", Label.KeyFte),
        new KeyFigure("contributions.total", Label.KeyContributions),
        new KeyFigure("typology.women_share", Label.WomenShare),
        new KeyFigure("self_financing", Label.KeySelfFinancing),
    };
}
