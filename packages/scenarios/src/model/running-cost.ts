import type { RandomStreams } from '@machi/sim-core';
import type { QuantitySpec, ResolvedScenario } from '../schema/index.ts';
import { HOSTING_KINDS, type HostingKind } from '../vocabulary/hosting-kinds.ts';
import { getOrThrow } from './by-id.ts';
import { valueForKind } from '../schema/by-hosting-kind.ts';
import { measureOwnAnnualYen } from '../schema/measure.ts';

/** A variant's running cost a year taken apart: what is fixed, and the systems' cost by hosting kind. */
export interface RunningCostParts {
  /** Sites in use, line routes and the variant's measures (yen a year). */
  readonly fixedYen: number;
  /** The systems' `annualCostYen` summed by the kind of site they run at (shared sites split), in `HOSTING_KINDS` order. */
  readonly systemsYenByKind: readonly (readonly [HostingKind, number])[];
}

/**
 * The town's running cost per year for a resolved scenario, taken apart: each system at the rate of its
 * hosting kind (a shared site's systems split among its member towns), the fixed cost of every site in
 * use (shared likewise; the alternate office's site when the variant has one), the routes of lines
 * that lead to a site in use (from the alternate office's site only when the variant has one), and what
 * the variant's measures cost on top of that (`measureOwnAnnualYen`: a one-off cost spread over its life).
 * Deterministic.
 */
export function runningCostParts(scenario: ResolvedScenario): RunningCostParts {
  const sites = new Map(scenario.sites.map((s) => [s.id, s]));
  const site = (id: string) => getOrThrow(sites, id, 'site');
  const used = new Set<string>([scenario.municipality.officeSite]);
  const alternate = scenario.bcp.alternateOfficeSetupHours === undefined ? undefined : scenario.bcp.alternateOfficeSite;
  if (alternate !== undefined) used.add(alternate);
  // Lines of an alternate office the variant does not have are not paid for.
  const unusedFrom = alternate === undefined ? scenario.bcp.alternateOfficeSite : undefined;
  const byKind = new Map<HostingKind, number>();
  for (const system of scenario.systems) {
    const at = site(system.site);
    used.add(at.id);
    for (const b of system.backups) used.add(b.site);
    byKind.set(at.kind, (byKind.get(at.kind) ?? 0) + valueForKind(system.annualCostYen, at.kind) / at.memberTowns);
  }
  let fixed = 0;
  for (const id of used) fixed += site(id).annualCostYen / site(id).memberTowns;
  for (const link of scenario.links) {
    if (link.from === unusedFrom) continue;
    if (link.to.some((t) => scenario.systems.some((s) => s.site === t))) fixed += link.routes * link.annualCostYenPerRoute;
  }
  for (const m of scenario.measures) fixed += measureOwnAnnualYen(m);
  return { fixedYen: fixed, systemsYenByKind: HOSTING_KINDS.flatMap((k) => (byKind.has(k) ? [[k, byKind.get(k)!] as const] : [])) };
}

/**
 * The town's running cost per year with every hosting-cost factor at 1 (the costs as the scenario writes
 * them). Deterministic.
 */
export function runningCostYen(scenario: ResolvedScenario): number {
  const parts = runningCostParts(scenario);
  return parts.systemsYenByKind.reduce((total, [, yen]) => total + yen, parts.fixedYen);
}

/**
 * The running cost of one replication: each hosting kind's systems times its factor
 * (`costs.hostingCostFactor`), drawn from the stream `cost.hosting.<kind>` — one draw per kind, so every
 * variant of a replication meets the same factor for the same kind (common random numbers).
 */
export function replicationRunningCostYen(
  parts: RunningCostParts,
  factors: ResolvedScenario['costs']['hostingCostFactor'],
  streams: RandomStreams,
  sample: (spec: QuantitySpec, stream: ReturnType<RandomStreams['get']>) => number,
): number {
  let total = parts.fixedYen;
  for (const [kind, yen] of parts.systemsYenByKind) {
    const spec = factors?.[kind];
    total += spec === undefined ? yen : yen * sample(spec, streams.get(`cost.hosting.${kind}`));
  }
  return total;
}
