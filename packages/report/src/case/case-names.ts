import type { Scenario, Segment } from '@machi/scenarios';
import { causeLabel } from '../cause-label.ts';
import type { Lang } from '../lang.ts';
import { localized } from '../labels.ts';
import { localeOf } from '../locales/locale-of.ts';
import { wordFor } from '../locales/word-for.ts';

/** The display names of a scenario's systems, services, sites, vendors and incident causes in one language. */
export interface CaseNames {
  system(id: string): string;
  service(id: string): string;
  site(id: string): string;
  vendor(id: string): string;
  /** An outcome's cause (`leak.mis-sending`) with the scenario's name for a cause it names itself. */
  cause(cause: string): string;
  /** A line, by the sites at its ends: `役場から札幌DCへの回線`. */
  link(id: string): string;
  /** A power region, by the first of its sites: `役場サーバ室などのある電力区域`. */
  powerRegion(id: string): string;
  /** An application package, by the first system that runs it: `住民記録など6システムのパッケージ`. */
  applicationPackage(id: string): string;
  /** An availability zone of a site, by its place among the site's zones: `ゾーン2(3ゾーンのうち)`. */
  zone(site: string, zone: string): string;
  /** A network segment of the three-layer separation: `LGWAN接続系`. */
  segment(segment: string): string;
}

/** What `caseNames` reads of a scenario (its leak causes only for their names; links and packages to word them). */
export type NamedScenario = Pick<Scenario, 'systems' | 'services' | 'sites' | 'people'> & Partial<Pick<Scenario, 'threats' | 'links' | 'hazards'>>;

/**
 * Names from the scenario's `name` labels in `lang`, or the id where there is none. Lines, power regions,
 * packages and zones have no names of their own: they are worded from the names of the sites and systems
 * they join, and a word (`回線`, `a line`) stands for one the scenario does not hold, so prose never shows
 * an id of these. Plain text: the renderer escapes it for Markdown or HTML.
 *
 * @example
 * caseNames(scenario, 'ja').system('registry'); // '住民記録' (or 'registry' without a name)
 * caseNames(scenario, 'ja').link('housing-line'); // '役場サーバ室から札幌DCへの回線'
 */
export function caseNames(scenario: NamedScenario, lang: Lang): CaseNames {
  const t = localeOf(lang);
  const words = t.case.names;
  const lookup = (items: readonly { id: string; name?: string | { ja: string; en: string } | undefined }[]) => {
    const byId = new Map(items.map((x) => [x.id, x.name]));
    return (id: string) => localized(byId.get(id), lang, id);
  };
  const site = lookup(scenario.sites);
  const system = lookup(scenario.systems);
  const links = new Map((scenario.links ?? []).map((l) => [l.id, l]));
  const packages = new Map((scenario.hazards?.applicationFailures?.packages ?? []).map((p) => [p.id, p]));
  const { threats } = scenario;
  return {
    system,
    service: lookup(scenario.services),
    site,
    vendor: lookup(scenario.people.vendors),
    cause: (cause) => causeLabel(cause, lang, threats ? { threats } : undefined),
    link: (id) => {
      const link = links.get(id);
      return link ? words.link(site(link.from), t.list.and(link.to.map(site))) : words.anyLink;
    },
    powerRegion: (id) => {
      const sites = scenario.sites.filter((s) => s.powerRegion === id).map((s) => site(s.id));
      return sites.length > 0 ? words.powerRegion(sites[0]!, sites.length - 1) : words.anyPowerRegion;
    },
    applicationPackage: (id) => {
      const pkg = packages.get(id);
      return pkg ? words.applicationPackage(system(pkg.systems[0]!), pkg.systems.length - 1) : words.anyApplicationPackage;
    },
    zone: (siteId, zone) => {
      const zones = scenario.sites.find((s) => s.id === siteId)?.zones ?? [];
      const index = zones.indexOf(zone);
      return index >= 0 ? words.zone(index + 1, zones.length) : words.anyZone;
    },
    segment: (segment) => wordFor(words.segments, segment as Segment) ?? segment,
  };
}
