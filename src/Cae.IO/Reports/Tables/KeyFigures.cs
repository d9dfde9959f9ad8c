using System.Collections.Generic;
using Cae.IO.Reports.Labels;

namespace Cae.IO.Reports.Tables;

/// <summary>The key figures of a what-if, defined once for every format (Markdown, HTML, XLSX).</summary>
public static class KeyFigures
{
    /// <summary>The key figures, in order.</summary>
    public static IReadOnlyList<KeyFigure> WhatIf { get; } = new[]
    {
        new KeyFigure("flows.total.accompanied", Label.KeyAccompanied),
        new KeyFigure("flows.total.present_end", Label.KeyPresentEnd),
        new KeyFigure("exits.total.total", Label.KeyExits),
        new KeyFigure("exits.total.associate", Label.KeyExitsAssociate),
        new KeyFigure("exits.positive_rate", Label.KeyPositiveRate),
        new KeyFigure("exits.perennial_rate", Label.KeyPerennialRate),
        new KeyFigure("path_duration_months.average", Label.KeyAverageDuration),
        new KeyFigure("path_duration_months.by_category.associate", Label.KeyAssociatesDuration),
        new KeyFigure("turnover.associates", Label.KeyTurnoverAssociates),
        new KeyFigure("turnover.accompanied", Label.KeyTurnoverAccompanied),
        new KeyFigure("salary.total.salaried", Label.KeySalaried),
        new KeyFigure("salary.total.hours", Label.KeyHours),
        new KeyFigure("salary.total.fte", Label.KeyFte),
        new KeyFigure("contributions.total", Label.KeyContributions),
        new KeyFigure("self_financing", Label.KeySelfFinancing),
    };
}
