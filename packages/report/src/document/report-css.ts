/**
 * The report's only style: system fonts with the Japanese stack, tables that fit A4 portrait, figures
 * that do not break across pages, and nothing that needs colour to be read.
 *
 * Nothing scrolls sideways and nothing is clipped, on screen or on paper: a table is never wider than
 * the text. Its cells wrap instead — numbers only at spaces and brackets (`keep-all`: `1.7億円` stays in
 * one piece), text anywhere a long word or address must break. A table, a figure or a heading stays
 * with what follows it across a page break; a table breaks only between rows, never before its third
 * row, and repeats its header row. A table's title is a paragraph before it (Chromium ignores
 * `break-after: avoid` on a `<caption>`), and a heading, the sentences under it and the first table,
 * figure or list they introduce form a `div.keep` (`blocksToHTML`) in which no break may fall.
 * A row of the table of what differs between the options holds paragraphs, so it may break inside.
 * On paper the decision table ends the first page, so that page can be handed out alone.
 */
export const REPORT_CSS = `
@page { size: A4; margin: 15mm 12mm; }
:root { color: #111; background: #fff; }
body { font-family: 'BIZ UDPGothic', 'Yu Gothic', YuGothic, Meiryo, 'Noto Sans JP', 'Noto Sans CJK JP', sans-serif; font-size: 10.5pt; line-height: 1.6; max-width: 186mm; margin: 0 auto; padding: 8mm 0; }
h1 { font-size: 18pt; border-bottom: 2px solid #111; padding-bottom: 4px; }
h2 { font-size: 14pt; border-left: 6px solid #111; padding-left: 8px; margin-top: 2em; break-after: avoid; }
h3 { font-size: 12pt; margin-top: 1.4em; break-after: avoid; }
p, li { orphans: 3; widows: 3; }
.machi-table { margin: 0.8em 0; }
.keep > :not(:last-child) { break-after: avoid; break-inside: avoid; }
table { border-collapse: collapse; width: 100%; font-size: 9pt; line-height: 1.35; }
.table-title { font-weight: bold; font-size: 9pt; margin: 0; padding: 2px 0; break-after: avoid; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
.machi-table[data-table="differences"] tr { break-inside: auto; }
tbody tr:first-child, tbody tr:nth-child(2) { break-before: avoid; }
th, td { border: 1px solid #555; padding: 2px 5px; vertical-align: top; overflow-wrap: anywhere; }
th { background: #eee; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
td.num { word-break: keep-all; overflow-wrap: normal; }
td:first-child:not(.num) { min-width: 7em; }
.table-note { font-size: 8.5pt; margin: 2px 0 0; }
figure.machi-figure { margin: 1em 0; break-inside: avoid; }
figure.machi-figure svg, img { max-width: 100%; height: auto; }
figcaption { font-size: 9pt; }
pre { background: #f4f4f4; border: 1px solid #ccc; padding: 6px; white-space: pre-wrap; word-break: break-all; font-size: 9pt; }
a { color: #0645ad; }
p.link { margin: 0.3em 0; }
@media print { a { color: #111; } h2 { break-before: auto; } .machi-table[data-table="decision"] { break-after: page; } .machi-table[data-table="decision"] table { font-size: 8.5pt; } }
`;
