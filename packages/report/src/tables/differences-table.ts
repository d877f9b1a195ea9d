import { measureCosts, resolveVariant, runningCostYen, type ResolvedScenario, type Scenario } from '@machi/scenarios';
import { formatHours } from '../format/quantity.ts';
import { formatYen } from '../format/yen.ts';
import type { Lang } from '../lang.ts';
import { localized, variantLabel } from '../labels.ts';
import { localeOf } from '../locales/locale-of.ts';
import { Table } from '../table.ts';
import { measureText } from './measure-text.ts';

type Aspect = keyof ReturnType<typeof localeOf>['differences']['aspects'];
const ASPECTS: readonly Aspect[] = ['placement', 'lines', 'backups', 'alternateOffice', 'generators', 'vendors', 'measures', 'runningCost'];

/** Items grouped by a key, in order of first appearance (deterministic: no unordered iteration). */
function grouped<T>(items: readonly T[], key: (item: T) => string): { key: string; items: T[] }[] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (!groups.has(k)) groups.set(k, []);
    groups.get(k)!.push(item);
  }
  return [...groups].map(([k, v]) => ({ key: k, items: v }));
}

/**
 * The cells of one option, one per aspect, read from the scenario as that option runs it: where each
 * system runs (systems with the same placement together), the lines in use with their routes, the copies
 * (same place, interval and medium together), the alternate office and fuel resupply, the generators
 * of the sites in use, the contracts of the vendors in use, the measures with their cost a year, and the
 * running cost a year.
 */
function optionCells(scenario: Scenario, variant: string, lang: Lang): Record<Aspect, string> {
  const t = localeOf(lang);
  const d = t.differences;
  const r: ResolvedScenario = resolveVariant(scenario, variant);
  const siteName = (id: string) => localized(r.sites.find((s) => s.id === id)?.name, lang, id);
  const systemName = (id: string) => localized(r.systems.find((s) => s.id === id)?.name, lang, id);
  const vendorName = (id: string) => localized(r.people.vendors.find((v) => v.id === id)?.name, lang, id);
  const hours = (h: number) => formatHours(h, lang);
  // One item a line in HTML; Markdown puts the cell on one line, so the items keep a separator.
  const lines = (items: readonly string[]) => (items.length === 0 ? d.none : items.join(`${d.itemSeparator}\n`));

  const deployment = (s: ResolvedScenario['systems'][number]) =>
    s.deployment === 'multiAz' ? d.multiAz : s.zone !== undefined ? d.zone(s.zone) : '';
  const placement = grouped(r.systems, (s) => `${s.site}\u0000${deployment(s)}`).map((g) =>
    d.placement(siteName(g.items[0]!.site), deployment(g.items[0]!), t.list.comma(g.items.map((s) => systemName(s.id)))),
  );

  const alternate = r.bcp.alternateOfficeSetupHours === undefined ? undefined : r.bcp.alternateOfficeSite;
  const systemSites = new Set(r.systems.map((s) => s.site));
  const origins = new Set([r.municipality.officeSite, ...(alternate === undefined ? [] : [alternate])]);
  const usedLines = r.links
    .filter((l) => origins.has(l.from) && l.to.some((to) => systemSites.has(to)))
    .map((l) => d.line(siteName(l.from), t.list.comma(l.to.filter((to) => systemSites.has(to)).map(siteName)), l.routes));

  const copies = r.systems.flatMap((s) => s.backups.map((b) => ({ system: s.id, ...b })));
  const backups = grouped(copies, (c) => `${c.site}\u0000${c.intervalHours}\u0000${c.offline}`).map((g) =>
    d.backup(siteName(g.items[0]!.site), hours(g.items[0]!.intervalHours), g.items[0]!.offline, t.list.comma(g.items.map((c) => systemName(c.system)))),
  );

  const office = [
    r.bcp.alternateOfficeSetupHours === undefined ? d.none : d.alternateOffice(hours(r.bcp.alternateOfficeSetupHours), r.bcp.alternateOfficeSite === undefined ? undefined : siteName(r.bcp.alternateOfficeSite)),
    ...(r.bcp.fuelResupplyAfterHours === undefined ? [] : [d.fuelResupply(hours(r.bcp.fuelResupplyAfterHours))]),
  ];

  const inUse = new Set([...origins, ...systemSites]);
  const generators = r.sites.filter((s) => inUse.has(s.id)).map((s) => d.generator(siteName(s.id), s.generatorHours === 0 ? d.none : hours(s.generatorHours)));

  const vendorIds = new Set(r.systems.map((s) => s.vendor));
  const vendors = r.people.vendors.filter((v) => vendorIds.has(v.id)).map((v) => d.vendor(vendorName(v.id), t.contracts[v.contract], hours(v.responseHours)));

  const measures = measureCosts(scenario, variant).map((c) =>
    d.measure(measureText(c.measure, r, lang), formatYen(c.annualYen, lang), c.ownAnnualYen > 0 ? formatYen(c.ownAnnualYen, lang) : ''),
  );

  return {
    placement: lines(placement),
    lines: lines(usedLines),
    backups: lines(backups),
    alternateOffice: lines(office),
    generators: lines(generators),
    vendors: lines(vendors),
    measures: lines(measures),
    runningCost: formatYen(runningCostYen(r), lang),
  };
}

/**
 * "What differs between the options": one row per aspect (placement, lines and routes, copies,
 * alternate office, generators, vendor contracts, measures with their costs, running cost), saying
 * under its name whether it is the same for all, and one column per option — derived from the scenario each option runs
 * (`resolveVariant`), never written by hand, so no difference can hide in a preset. Every name comes from
 * the scenario and is escaped by the table in Markdown and HTML.
 *
 * @example
 * differencesTable(scenario, ['onprem', 'housing'], 'ja').toMarkdown();
 */
export function differencesTable(scenario: Scenario, variants: readonly string[], lang: Lang): Table {
  const d = localeOf(lang).differences;
  const cells = variants.map((v) => optionCells(scenario, v, lang));
  const rows = ASPECTS.map((aspect) => {
    const values = cells.map((c) => c[aspect]);
    const same = values.every((x) => x === values[0]);
    // Whether the row is the same for all goes under the aspect's name: as a column of its own it was a
    // few millimetres wide on A4 and took width from the options.
    return [`${d.aspects[aspect]}\n${same ? d.same : d.differs}`, ...values];
  });
  return new Table({
    id: 'differences',
    title: d.title,
    columns: [
      { key: 'aspect', label: d.aspect },
      ...variants.map((v) => ({ key: v, label: variantLabel(v, lang, scenario) })),
    ],
    rows,
    data: Object.fromEntries(variants.map((v, i) => [v, cells[i]])),
    note: d.note,
  });
}
