namespace Cae.IO.Reports.Html;

/// <summary>
/// The page's inline style sheet: readable on screen, printed on A4 with each section on a new page, tables
/// and charts kept whole, colours printed as they are (the palette also reads in grey).
/// </summary>
internal static class HtmlStyles
{
    /// <summary>The CSS, inlined in the page's <c>&lt;style&gt;</c>.</summary>
    public const string Css = """
        :root { --ink: #222222; --muted: #5f6b7a; --rule: #d0d0d0; --accent: #1f4e79; --highlight: #fff3d6; }
        * { box-sizing: border-box; }
        html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        body { margin: 0 auto; max-width: 60rem; padding: 1.5rem; color: var(--ink); background: #ffffff;
               font-family: "Segoe UI", "Helvetica Neue", Arial, "Liberation Sans", sans-serif; font-size: 11pt; line-height: 1.45; }
        header.report { border-bottom: 3px solid var(--accent); margin-bottom: 1rem; }
        h1 { font-size: 1.9rem; margin: 0 0 .2rem; color: var(--accent); }
        h2 { font-size: 1.35rem; margin: 0 0 .6rem; color: var(--accent); border-bottom: 1px solid var(--rule); padding-bottom: .2rem; }
        h3 { font-size: 1.05rem; margin: 1.1rem 0 .4rem; }
        p.subtitle { margin: 0 0 .6rem; color: var(--muted); }
        p.note { color: var(--muted); font-size: .9rem; }
        nav.contents ol { columns: 2; margin: .2rem 0 0; padding-left: 1.4rem; }
        nav.contents a { color: var(--accent); text-decoration: none; }
        section { margin: 0 0 2rem; }
        figure { margin: .8rem 0 1.2rem; break-inside: avoid; page-break-inside: avoid; }
        figure svg.chart { display: block; max-width: 100%; height: auto; }
        figcaption { font-weight: bold; margin-bottom: .3rem; }
        .tiles { display: flex; flex-wrap: wrap; gap: .6rem; margin: .6rem 0 1rem; }
        .tile { flex: 1 1 10rem; border: 1px solid var(--rule); border-radius: 6px; padding: .5rem .7rem; break-inside: avoid; }
        .tile.highlight { background: var(--highlight); border-color: #f4b942; border-width: 2px; }
        .tile .figure { display: block; font-size: 1.55rem; font-weight: bold; color: var(--accent); }
        .tile .caption { display: block; }
        .tile .previous { display: block; color: var(--muted); font-size: .85rem; }
        table { border-collapse: collapse; margin: .4rem 0 1.2rem; font-size: .92rem; break-inside: auto; min-width: 26rem; }
        caption { text-align: left; font-weight: bold; padding-bottom: .3rem; }
        th, td { border-bottom: 1px solid var(--rule); padding: .25rem .55rem; vertical-align: top; }
        thead th { border-bottom: 2px solid var(--ink); text-align: right; }
        thead th:first-child, tbody th { text-align: left; font-weight: normal; }
        tbody th { white-space: nowrap; }
        td { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        tr.total th, tr.total td { font-weight: bold; border-top: 2px solid var(--ink); }
        td.up { color: #1d6b3a; } td.down { color: #9b2c2c; }
        .side-by-side { display: flex; flex-wrap: wrap; gap: 0 1.2rem; align-items: flex-start; }
        .side-by-side table { min-width: 0; }
        ul.rejected { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: .85rem; }
        footer { border-top: 1px solid var(--rule); margin-top: 2rem; padding-top: .5rem; color: var(--muted); font-size: .85rem; }
        @page { size: A4; margin: 15mm 14mm; }
        @media print {
          body { max-width: none; padding: 0; font-size: 10pt; }
          nav.contents { display: none; }
          section { break-before: page; page-break-before: always; margin: 0; }
          section.first { break-before: auto; page-break-before: auto; }
          h2, h3, caption, figcaption { break-after: avoid; page-break-after: avoid; }
          table, tr { break-inside: avoid; page-break-inside: avoid; }
          a { color: inherit; text-decoration: none; }
        }
        """;
}
