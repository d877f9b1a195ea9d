import { Calendar, HOURS_PER_YEAR, type Reason } from '@machi/scenarios';
import { escapeHTML } from '../escape.ts';
import { Figure } from '../figure.ts';
import { digits } from '../format/digits.ts';
import { formatDate } from '../format/date.ts';
import { japaneseEraYear } from '../format/japanese-era.ts';
import { formatHours } from '../format/quantity.ts';
import type { Lang } from '../lang.ts';
import { localeOf } from '../locales/locale-of.ts';
import { coordinate as c } from '../svg/coordinate.ts';
import { textWidth } from '../svg/text-width.ts';
import { wrapText } from '../svg/wrap-text.ts';
import { caseNames, type NamedScenario } from './case-names.ts';
import { reasonLabel } from './reason-label.ts';
import type { VirtualCase } from './virtual-case.ts';

export interface CaseGanttOptions {
  readonly lang: Lang;
  /** For the names of systems and services (ids otherwise). */
  readonly scenario?: NamedScenario;
}

// 640 units wide, so that printed 16 cm wide its smallest text (11.5 units) is 8 pt.
const WIDTH = 640;
const LABEL_WIDTH = 232;
/** Where the year runs, left to right, in SVG units. */
export const GANTT_PLOT = { left: 240, right: WIDTH - 14 } as const;
const X0 = GANTT_PLOT.left;
const X1 = GANTT_PLOT.right;
const ROW = 24;
/** A row whose name takes two lines. */
const TALL_ROW = 36;
const BAR = 14;
const TITLE_SIZE = 14;
const TITLE_LINE = 18;
const TEXT_SIZE = 12;
const SMALL_SIZE = 11.5;

type Style = { fill: string; ink: string };

/**
 * Fills that survive monochrome printing: solid greys for physical causes, patterns for network and
 * attack, dots for a site people must leave; a light grey for the rest (restoring, cutover).
 */
function styleOf(reason: Reason, id: string): Style {
  switch (reason) {
    case 'site-destroyed':
    case 'site-flooded':
    case 'site-burnt':
    case 'site-wind-damaged':
      return { fill: '#111', ink: '#fff' };
    case 'power':
    case 'facility':
    case 'hardware':
    case 'fire-damage':
      return { fill: '#666', ink: '#fff' };
    case 'encrypted':
      return { fill: `url(#${id}-cross)`, ink: '#000' };
    case 'line-cut':
    case 'isolated':
    case 'lgwan-outage':
    case 'juki-net-outage':
    case 'zone-outage':
    case 'region-outage':
      return { fill: `url(#${id}-hatch)`, ink: '#000' };
    case 'evacuated':
      return { fill: `url(#${id}-dots)`, ink: '#000' };
    default:
      return { fill: '#bbb', ink: '#000' };
  }
}

// The Gantt chart's labels are fitted to fixed columns: a slightly wider Latin glyph (0.62 em) keeps
// its truncation on the safe side.
const labelWidth = (text: string, size: number) => textWidth(text, size, 0.62);

function fit(text: string, size: number, width: number): string {
  if (labelWidth(text, size) <= width) return text;
  const chars = [...text];
  while (chars.length > 1 && labelWidth(`${chars.join('')}…`, size) > width) chars.pop();
  return `${chars.join('')}…`;
}

/** `text` wrapped at phrase boundaries into at most two lines, the second shortened with … if need be. */
function twoLines(text: string, width: number, size: number): string[] {
  const lines = wrapText(text, width, size);
  return lines.length <= 2 ? lines : [lines[0]!, fit(lines.slice(1).join(''), size, width)];
}

type Bar = { readonly left: number; readonly right: number };

/**
 * Where a bar's label goes: inside the bar left of its RTO marker, inside right of it, right of the bar
 * (or of a marker just after it), or left of it — the first place wide enough that covers no RTO marker
 * and nothing else of the row (`others`: its bars and the labels already placed) and stays inside the
 * plot; undefined when there is none.
 */
function labelPlace(bar: Bar, others: readonly Bar[], markerXs: readonly number[], width: number): { x: number; inside: boolean } | undefined {
  const pad = 3;
  const clear = (from: number, to: number, inside: boolean) =>
    from >= X0 + 1 &&
    to <= X1 - 1 &&
    markerXs.every((m) => m < from - 4 || m > to + 4) &&
    others.every((b) => (inside && b === bar) || b.right < from - 2 || b.left > to + 2);
  const inBar = [bar.left, ...markerXs.filter((m) => m > bar.left && m < bar.right), bar.right];
  for (let i = 0; i + 1 < inBar.length; i++) {
    const from = inBar[i]! + (i === 0 ? pad : 6);
    if (from + width <= inBar[i + 1]! - (i + 2 === inBar.length ? pad : 6) && clear(from, from + width, true)) return { x: from, inside: true };
  }
  // Right of the bar, or right of an RTO marker that stands just after it.
  for (const from of [bar.right + 4, ...markerXs.filter((m) => m >= bar.right).map((m) => m + 6)]) {
    if (clear(from, from + width, false)) return { x: from, inside: false };
  }
  if (clear(bar.left - 4 - width, bar.left - 4, false)) return { x: bar.left - 4 - width, inside: false };
  return undefined;
}

/**
 * The Gantt chart of one virtual year: one row per system, then per resident service, that was down
 * at some time in the year; a bar per window, filled and labelled by its reason (site flooded, line cut,
 * encrypted…); a marker where each window passes the row's recovery time objective (a service's is
 * the shortest RTO of its systems); a month axis from the scenario's start date with 西暦 and 和暦.
 * Standalone SVG, black on white, the same bytes for the same case; the rows are its `data`.
 *
 * @example
 * caseGanttFigure(buildCase(result, { scenario, year: 0 }), { lang: 'ja', scenario }).toSVG();
 */
export function caseGanttFigure(vc: VirtualCase, options: CaseGanttOptions): Figure {
  const { lang } = options;
  const t = localeOf(lang).gantt;
  const names = options.scenario ? caseNames(options.scenario, lang) : undefined;
  const id = `case-gantt-${vc.variant}-r${vc.replication}-y${vc.year}`.replace(/[^A-Za-z0-9-]/g, '-');
  const fromHours = vc.year * HOURS_PER_YEAR;
  const toHours = fromHours + HOURS_PER_YEAR;
  const x = (hours: number) => X0 + ((hours - fromHours) / HOURS_PER_YEAR) * (X1 - X0);
  const calendar = new Calendar(vc.startDate);
  const dateText = (hours: number) => formatDate(calendar.civilAt(hours), lang);
  const day = (t: { year: number; month: number; day: number }, l: Lang) => formatDate({ year: t.year, month: t.month, day: t.day }, l);
  const title = t.title(vc.town, day(vc.from.date, lang));

  const parts: string[] = [];
  parts.push(
    `<defs>` +
      `<pattern id="${id}-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#fff"/><line x1="0" y1="0" x2="0" y2="6" stroke="#000" stroke-width="2.5"/></pattern>` +
      `<pattern id="${id}-cross" width="6" height="6" patternUnits="userSpaceOnUse"><rect width="6" height="6" fill="#ddd"/><path d="M0 0L6 6M6 0L0 6" stroke="#000" stroke-width="1.2"/></pattern>` +
      `<pattern id="${id}-dots" width="5" height="5" patternUnits="userSpaceOnUse"><rect width="5" height="5" fill="#fff"/><circle cx="2.5" cy="2.5" r="1.3" fill="#000"/></pattern>` +
      `</defs>`,
  );
  const titleLines = wrapText(title, WIDTH - 24, TITLE_SIZE);
  titleLines.forEach((line, i) => parts.push(`<text x="12" y="${22 + i * TITLE_LINE}" font-size="${TITLE_SIZE}" font-weight="bold">${escapeHTML(line)}</text>`));
  const plotTop = 48 + titleLines.length * TITLE_LINE;

  // Month axis: the start date, then the first of every month in the year; the year (with 和暦) at the start and each January.
  const ticks: { hours: number; month: number; year: number }[] = [{ hours: fromHours, month: vc.from.date.month, year: vc.from.date.year }];
  for (let y = vc.from.date.year, m = vc.from.date.month + 1; ; m++) {
    if (m > 12) (m = 1), y++;
    const hours = calendar.hoursAt(`${y}-${String(m).padStart(2, '0')}-01`);
    if (hours >= toHours) break;
    ticks.push({ hours, month: m, year: y });
  }
  // A year that starts a day or two before the 1st (8,760-hour years drift with leap days) would print
  // two month labels on top of each other: the 1st wins, and the left edge keeps its line.
  if (ticks.length > 1 && x(ticks[1]!.hours) - x(ticks[0]!.hours) < 30) ticks.shift();
  const rowsTop = plotTop;
  const groups = [
    { kind: 'system' as const, label: t.systems },
    { kind: 'service' as const, label: t.services },
  ];
  let y = rowsTop;
  const body: string[] = [];
  const reasons: Reason[] = [];
  let markers = 0;
  for (const group of groups) {
    const rows = vc.outages.filter((r) => r.kind === group.kind);
    if (rows.length === 0) continue;
    body.push(`<text x="12" y="${c(y + 16)}" font-size="${TEXT_SIZE}" font-weight="bold">${escapeHTML(group.label)}</text>`);
    y += ROW;
    for (const row of rows) {
      const name = row.kind === 'system' ? (names?.system(row.id) ?? row.id) : (names?.service(row.id) ?? row.id);
      const rto = row.rtoHours === undefined ? '' : t.rto(digits(row.rtoHours, row.rtoHours < 10 ? 1 : 0));
      const rtoWidth = rto ? labelWidth(rto, SMALL_SIZE) + 8 : 0;
      // A long name takes two lines, broken between phrases (budoux), rather than losing its end.
      const nameLines = twoLines(name, LABEL_WIDTH - 20 - rtoWidth, TEXT_SIZE);
      const height = nameLines.length > 1 ? TALL_ROW : ROW;
      const mid = y + height / 2;
      body.push(`<line x1="${X0}" y1="${c(mid)}" x2="${X1}" y2="${c(mid)}" stroke="#ddd"/>`);
      nameLines.forEach((line, i) => body.push(`<text x="20" y="${c(mid + 4.5 + (i - (nameLines.length - 1) / 2) * 14)}" font-size="${TEXT_SIZE}">${escapeHTML(line)}</text>`));
      if (rto) body.push(`<text x="${X0 - 6}" y="${c(mid + 4)}" font-size="${SMALL_SIZE}" text-anchor="end" fill="#333">${escapeHTML(rto)}</text>`);
      const top = mid - BAR / 2;
      const bars: { left: number; right: number; label: string; style: Style }[] = [];
      const markerXs: number[] = [];
      for (const w of row.windows) {
        if (!reasons.includes(w.reason)) reasons.push(w.reason);
        const style = styleOf(w.reason, id);
        const left = x(w.fromHours);
        const width = Math.max(2, x(w.toHours) - left);
        const label = reasonLabel(w.reason, lang);
        const tip = `${name}: ${label}, ${dateText(w.fromHours)} – ${dateText(w.toHours)} (${formatHours(w.toHours - w.fromHours, lang)})`;
        body.push(
          `<rect x="${c(left)}" y="${c(top)}" width="${c(width)}" height="${BAR}" fill="${style.fill}" stroke="#000" stroke-width="0.6" data-reason="${escapeHTML(w.reason)}"><title>${escapeHTML(tip)}</title></rect>`,
        );
        bars.push({ left, right: left + width, label, style });
        if (row.rtoHours !== undefined && w.fromHours + row.rtoHours <= toHours) {
          const mx = x(w.fromHours + row.rtoHours);
          markerXs.push(mx);
          markers++;
          body.push(
            `<path d="M${c(mx - 3.5)} ${c(top - 4)}L${c(mx + 3.5)} ${c(top - 4)}L${c(mx)} ${c(top)}Z" fill="#000" data-rto="${c(row.rtoHours)}"/>` +
              `<line x1="${c(mx)}" y1="${c(top)}" x2="${c(mx)}" y2="${c(top + BAR + 2)}" stroke="#000" stroke-width="1" stroke-dasharray="2 1"/>`,
          );
        }
      }
      // Labels go where they hide no RTO marker and no other bar, inside the plot; a bar with no such
      // place is named by its pattern in the legend only.
      const taken: Bar[] = [];
      for (const bar of bars) {
        const width = labelWidth(bar.label, SMALL_SIZE);
        const place = labelPlace(bar, [...bars, ...taken], markerXs, width);
        if (!place) continue;
        taken.push({ left: place.x, right: place.x + width });
        const ink = place.inside ? bar.style.ink : '#000';
        const halo = place.inside && !bar.style.fill.startsWith('url(') ? bar.style.fill : '#fff';
        body.push(
          `<text x="${c(place.x)}" y="${c(mid + 4)}" font-size="${SMALL_SIZE}" fill="${ink}" paint-order="stroke" stroke="${halo}" stroke-width="2.5">${escapeHTML(bar.label)}</text>`,
        );
      }
      y += height;
    }
  }
  if (vc.outages.length === 0) {
    body.push(`<text x="${X0}" y="${c(y + 16)}" font-size="${TEXT_SIZE}">${escapeHTML(t.nothingDown)}</text>`);
    y += ROW;
  }
  const bottom = y;

  for (const tick of ticks) {
    const tx = x(tick.hours);
    const month = t.month(tick.month);
    parts.push(`<line x1="${c(tx)}" y1="${plotTop - 4}" x2="${c(tx)}" y2="${c(bottom)}" stroke="#bbb" stroke-width="0.6"/>`);
    parts.push(`<text x="${c(tx + 2)}" y="${plotTop - 8}" font-size="${SMALL_SIZE}">${escapeHTML(month)}</text>`);
    if (tick === ticks[0] || tick.month === 1) {
      const yearText = t.year(tick.year, japaneseEraYear(tick.year, tick.month, 1));
      parts.push(`<text x="${c(tx + 2)}" y="${plotTop - 23}" font-size="${SMALL_SIZE}" font-weight="bold">${escapeHTML(yearText)}</text>`);
    }
  }
  for (const edge of [X0, X1]) parts.push(`<line x1="${edge}" y1="${plotTop - 4}" x2="${edge}" y2="${c(bottom)}" stroke="#bbb" stroke-width="0.6"/>`);
  parts.push(...body);

  // Legend: the reasons drawn, then the RTO marker.
  let lx = 12;
  let ly = bottom + 20;
  const legend: string[] = [];
  const item = (swatch: string, text: string) => {
    const w = 18 + labelWidth(text, SMALL_SIZE) + 14;
    if (lx + w > WIDTH - 12) (lx = 12), (ly += 20);
    legend.push(`<g transform="translate(${c(lx)} ${c(ly)})">${swatch}<text x="18" y="10" font-size="${SMALL_SIZE}">${escapeHTML(text)}</text></g>`);
    lx += w;
  };
  for (const reason of reasons) item(`<rect width="14" height="10" fill="${styleOf(reason, id).fill}" stroke="#000" stroke-width="0.6"/>`, reasonLabel(reason, lang));
  if (markers > 0) item(`<path d="M3.5 0L10.5 0L7 4Z" fill="#000"/><line x1="7" y1="4" x2="7" y2="12" stroke="#000" stroke-dasharray="2 1"/>`, t.rtoMarker);
  const height = (reasons.length > 0 || markers > 0 ? ly + 22 : bottom + 12);

  const systemsDown = vc.outages.filter((r) => r.kind === 'system').length;
  const servicesDown = vc.outages.length - systemsDown;
  const description = t.description(day(vc.from.date, lang), day(calendar.civilAt(toHours - 24), lang), systemsDown, servicesDown);
  return new Figure({
    id,
    title,
    description,
    width: WIDTH,
    height,
    data: { startDate: vc.startDate, fromHours, toHours, rows: vc.outages },
    body: parts.join('') + legend.join(''),
  });
}
