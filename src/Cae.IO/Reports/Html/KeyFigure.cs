namespace Cae.IO.Reports.Html;

/// <summary>A key figure shown as a tile: the figure, what it is, and optionally the year before's.</summary>
/// <param name="Figure">The figure, formatted.</param>
/// <param name="Caption">What it counts.</param>
/// <param name="Previous">The line about the year before (or the baseline), or <c>null</c>.</param>
/// <param name="Highlight">Whether the tile is highlighted (the positive and perennial exit rates).</param>
internal sealed record KeyFigure(string Figure, string Caption, string? Previous = null, bool Highlight = false);
