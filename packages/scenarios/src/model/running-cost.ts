import type { ResolvedScenario } from '../schema/index.ts';
import { getOrThrow } from './by-id.ts';
import { valueForKind } from '../schema/by-hosting-kind.ts';
import { measureOwnAnnualYen } from '../schema/measure.ts';

/**
 * The town's running cost per year for a resolved scenario: each system at the rate of its hosting kind
 * (a shared site's systems split among its member towns), the fixed cost of every site in use (shared
 * likewise; the alternate office's site when the variant has one), and the routes of lines that lead to
 * a site in use (from the alternate office's site only when the variant has one), plus what the
 * variant's measures cost on top of that (`measureOwnAnnualYen`: a one-off cost spread over its life).
 * Deterministic.
 */
export function runningCostYen(scenario: ResolvedScenario): number {
  const sites = new Map(scenario.sites.map((s) => [s.id, s]));
  const site = (id: string) => getOrThrow(sites, id, 'site');
  const used = new Set<string>([scenario.municipality.officeSite]);
  const alternate = scenario.bcp.alternateOfficeSetupHours === undefined ? undefined : scenario.bcp.alternateOfficeSite;
  if (alternate !== undefined) used.add(alternate);
  // Lines of an alternate office the variant does not have are not paid for.
  const unusedFrom = alternate === undefined ? scenario.bcp.alternateOfficeSite : undefined;
  let total = 0;
  for (const system of scenario.systems) {
    const at = site(system.site);
    used.add(at.id);
    for (const b of system.backups) used.add(b.site);
    total += valueForKind(system.annualCostYen, at.kind) / at.memberTowns;
  }
  for (const id of used) total += site(id).annualCostYen / site(id).memberTowns;
  for (const link of scenario.links) {
    if (link.from === unusedFrom) continue;
    if (link.to.some((t) => scenario.systems.some((s) => s.site === t))) total += link.routes * link.annualCostYenPerRoute;
  }
  for (const m of scenario.measures) total += measureOwnAnnualYen(m);
  return total;
}
