import type { Scenario } from './scenario.ts';

/** A scenario with one variant applied: what one simulation runs. */
export interface ResolvedScenario extends Omit<Scenario, 'variants'> {
  /** The applied variant (`base` when the scenario has none). */
  readonly variant: string;
}

/** Names of the variants to compare, in file order; `['base']` when the scenario defines none. */
export const variantIds = (scenario: Scenario): string[] => {
  const ids = Object.keys(scenario.variants);
  return ids.length > 0 ? ids : ['base'];
};

/**
 * Applies a variant's overrides (system placement and backups, line routes, generator hours, BCP
 * measures) to the base scenario. Pure: the input is not modified.
 *
 * @throws RangeError when the variant does not exist.
 * @example
 * resolveVariant(scenario, 'public-cloud').systems.find((s) => s.id === 'resident-registry')?.site
 */
export function resolveVariant(scenario: Scenario, variant?: string): ResolvedScenario {
  const { variants, ...base } = scenario;
  const name = variant ?? variantIds(scenario)[0]!;
  if (name === 'base' && Object.keys(variants).length === 0) return { ...base, variant: 'base' };
  const v = variants[name];
  if (!v) throw new RangeError(`unknown variant "${name}"; known: ${variantIds(scenario).join(', ')}`);
  const defined = <T extends object>(o: T): Partial<T> =>
    Object.fromEntries(Object.entries(o).filter(([, x]) => x !== undefined)) as Partial<T>;
  const overridden = <T extends object>(item: T, override: Partial<T> | undefined): T => (override ? { ...item, ...defined(override) } : item);
  return {
    ...base,
    variant: name,
    systems: base.systems.map((s) => overridden(s, v.systems[s.id])),
    links: base.links.map((l) => overridden(l, v.links[l.id])),
    sites: base.sites.map((s) => overridden(s, v.sites[s.id])),
    bcp: v.bcp ? { ...base.bcp, ...defined(v.bcp) } : base.bcp,
  };
}
