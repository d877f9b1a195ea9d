/**
 * The report's only style: system fonts with the Japanese stack, tables that fit A4 portrait, figures
 * that do not break across pages, and nothing that needs colour to be read.
 */
export const REPORT_CSS = `
@page { size: A4; margin: 15mm 12mm; }
:root { color: #111; background: #fff; }
body { font-family: 'BIZ UDPGothic', 'Yu Gothic', YuGothic, Meiryo, 'Noto Sans JP', 'Noto Sans CJK JP', sans-serif; font-size: 10.5pt; line-height: 1.6; max-width: 186mm; margin: 0 auto; padding: 8mm 0; }
h1 { font-size: 18pt; border-bottom: 2px solid #111; padding-bottom: 4px; }
h2 { font-size: 14pt; border-left: 6px solid #111; padding-left: 8px; margin-top: 2em; break-after: avoid; }
h3 { font-size: 12pt; margin-top: 1.4em; break-after: avoid; }
p, li { orphans: 3; widows: 3; }
.machi-table { margin: 0.8em 0; break-inside: avoid; overflow-x: auto; }
table { border-collapse: collapse; width: 100%; font-size: 9pt; }
caption { text-align: left; font-weight: bold; padding: 2px 0; }
th, td { border: 1px solid #555; padding: 2px 5px; vertical-align: top; }
th { background: #eee; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
td.num { white-space: nowrap; }
td:first-child:not(.num) { min-width: 7em; }
.table-note { font-size: 8.5pt; margin: 2px 0 0; }
figure.machi-figure { margin: 1em 0; break-inside: avoid; }
figure.machi-figure svg { max-width: 100%; height: auto; }
figcaption { font-size: 9pt; }
pre { background: #f4f4f4; border: 1px solid #ccc; padding: 6px; white-space: pre-wrap; word-break: break-all; font-size: 9pt; }
a { color: #0645ad; }
@media print { a { color: #111; } h2 { break-before: auto; } }
`;
