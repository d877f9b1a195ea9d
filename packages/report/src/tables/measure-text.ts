import type { Measure, Scenario } from '@machi/scenarios';
import { formatHours } from '../format/quantity.ts';
import type { Lang } from '../lang.ts';
import { localized } from '../labels.ts';
import { localeOf } from '../locales/locale-of.ts';

type Names = Pick<Scenario, 'sites' | 'people' | 'links'>;

/**
 * A measure in words: its label, or its kind's words, with what it sets (`line routes (Town hall →
 * Sapporo data centre with 2 routes)`), naming sites, lines and vendors as the scenario does.
 *
 * @example
 * measureText({ kind: 'alternate-office', setupHours: 72 }, scenario, 'en'); // 'alternate office (72 h (3 days))'
 */
export function measureText(m: Measure, scenario: Names, lang: Lang): string {
  const t = localeOf(lang);
  const d = t.differences.measureTargets;
  const hours = (h: number) => formatHours(h, lang);
  const siteName = (id: string) => localized(scenario.sites.find((s) => s.id === id)?.name, lang, id);
  const vendorName = (id: string) => localized(scenario.people.vendors.find((v) => v.id === id)?.name, lang, id);
  // Lines have no name of their own: the sites they join name them for a reader, the id only when unknown.
  const lineName = (id: string) => {
    const link = scenario.links.find((l) => l.id === id);
    return link === undefined ? id : `${siteName(link.from)} → ${t.list.comma(link.to.map(siteName))}`;
  };
  const target = (() => {
    switch (m.kind) {
      case 'line-routes':
        return d.lineRoutes(lineName(m.link), m.routes);
      case 'alternate-office':
        return d.hours(hours(m.setupHours));
      case 'backup':
        return d.backup(siteName(m.backup.site), hours(m.backup.intervalHours), m.backup.offline, m.systems.length);
      case 'generator-hours':
        return d.siteHours(siteName(m.site), hours(m.hours));
      case 'fuel-resupply':
        return d.hours(hours(m.afterHours));
      case 'vendor-contract':
        return d.vendorContract(vendorName(m.vendor), t.contracts[m.contract], hours(m.responseHours));
    }
  })();
  const name = m.label === undefined ? t.measureKinds[m.kind] : localized(m.label, lang, m.kind);
  return t.differences.measureWithTarget(name, target);
}
