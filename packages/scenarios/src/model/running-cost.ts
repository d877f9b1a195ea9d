import type { ResolvedScenario } from '../schema/index.ts';

/**
 * The town's running cost per year for a resolved scenario: each system at the rate of its hosting kind
 * (a shared site's systems split among its member towns), the fixed cost of every site in use (shared
 * likewise), and the routes of lines that lead to a site in use. Deterministic.
 */
export function runningCostYen(scenario: ResolvedScenario): number {
  const sites = new Map(scenario.sites.map((s) => [s.id, s]));
  const used = new Set<string>([scenario.municipality.officeSite]);
  let total = 0;
  for (const system of scenario.systems) {
    const site = sites.get(system.site)!;
    used.add(site.id);
    for (const b of system.backups) used.add(b.site);
    total += system.annualCostYen[site.kind] / site.memberTowns;
  }
  for (const id of used) total += sites.get(id)!.annualCostYen / sites.get(id)!.memberTowns;
  for (const link of scenario.links) {
    if (link.to.some((t) => scenario.systems.some((s) => s.site === t))) total += link.routes * link.annualCostYenPerRoute;
  }
  return total;
}
