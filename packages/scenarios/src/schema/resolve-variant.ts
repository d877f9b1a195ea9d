import type { Measure } from './measure.ts';
import type { Scenario } from './scenario.ts';

/** A scenario with one variant applied: what one simulation runs. */
export interface ResolvedScenario extends Omit<Scenario, 'variants'> {
  /** The applied variant (`base` when the scenario has none). */
  readonly variant: string;
  /** The variant's measures, already applied to the fields above (empty for `base`); their own costs reach the running cost. */
  readonly measures: readonly Measure[];
}

/** Names of the variants to compare, in file order; `['base']` when the scenario defines none. */
export const variantIds = (scenario: Scenario): string[] => {
  const ids = Object.keys(scenario.variants);
  return ids.length > 0 ? ids : ['base'];
};

/**
 * Applies a variant's overrides (system placement and backups, line routes, generator hours, BCP
 * measures), then its measures in order, to the base scenario. Pure: the input is not modified.
 *
 * @throws RangeError when the variant does not exist.
 * @example
 * resolveVariant(scenario, 'public-cloud').systems.find((s) => s.id === 'resident-registry')?.site
 */
export function resolveVariant(scenario: Scenario, variant?: string): ResolvedScenario {
  const { variants, ...base } = scenario;
  const name = variant ?? variantIds(scenario)[0]!;
  if (name === 'base' && Object.keys(variants).length === 0) return { ...base, variant: 'base', measures: [] };
  const v = variants[name];
  if (!v) throw new RangeError(`unknown variant "${name}"; known: ${variantIds(scenario).join(', ')}`);
  const overridden = <T extends object>(item: T, override: Partial<T> | undefined): T => (override ? { ...item, ...defined(override) } : item);
  const resolved: ResolvedScenario = {
    ...base,
    variant: name,
    systems: base.systems.map((s) => overridden(s, v.systems[s.id])),
    links: base.links.map((l) => overridden(l, v.links[l.id])),
    sites: base.sites.map((s) => overridden(s, v.sites[s.id])),
    bcp: v.bcp ? { ...base.bcp, ...defined(v.bcp) } : base.bcp,
    measures: v.measures,
  };
  return v.measures.reduce(applyMeasure, resolved);
}

const defined = <T extends object>(o: T): Partial<T> => Object.fromEntries(Object.entries(o).filter(([, x]) => x !== undefined)) as Partial<T>;

/** One measure applied to a resolved scenario, as the override it stands for (ids are checked by the schema). */
function applyMeasure(s: ResolvedScenario, m: Measure): ResolvedScenario {
  switch (m.kind) {
    case 'line-routes':
      return { ...s, links: s.links.map((l) => (l.id === m.link ? { ...l, routes: m.routes } : l)) };
    case 'alternate-office':
      return { ...s, bcp: { ...s.bcp, alternateOfficeSetupHours: m.setupHours, ...(m.site === undefined ? {} : { alternateOfficeSite: m.site }) } };
    case 'backup':
      return { ...s, systems: s.systems.map((x) => (m.systems.includes(x.id) ? { ...x, backups: [...x.backups, m.backup] } : x)) };
    case 'generator-hours':
      return { ...s, sites: s.sites.map((x) => (x.id === m.site ? { ...x, generatorHours: m.hours } : x)) };
    case 'fuel-resupply':
      return { ...s, bcp: { ...s.bcp, fuelResupplyAfterHours: m.afterHours } };
    case 'vendor-contract':
      return {
        ...s,
        people: { ...s.people, vendors: s.people.vendors.map((x) => (x.id === m.vendor ? { ...x, contract: m.contract, responseHours: m.responseHours } : x)) },
      };
  }
}
