import { HOURS_PER_YEAR } from '../model/index.ts';
import type { IncidentOutcome, SimulationResult } from '../model/index.ts';
import type { Scenario } from '../schema/index.ts';
import type { Counterpart, IncidentFilter } from './national-counts.ts';

type Countable = Extract<Counterpart, { count: string }>;

/**
 * How many times the counterpart happened in one simulated town's run, over its whole horizon:
 * incidents that started in the horizon and pass the filter, or hazard events of the kinds named.
 *
 * @example
 * countCounterpart({ count: 'hazardEvents', kinds: ['lgwanOutage'], … }, result, scenario); // 1
 */
export function countCounterpart(counterpart: Countable, result: SimulationResult, scenario: Pick<Scenario, 'sites' | 'municipality'>): number {
  if (counterpart.count === 'hazardEvents') {
    const end = result.horizonYears * HOURS_PER_YEAR;
    return result.hazardEvents.filter((e) => e.atHours < end && counterpart.kinds.includes(e.kind)).length;
  }
  let n = 0;
  for (const outcome of result.outcomes) {
    // An outcome with no kind only cost money; it counts when the filter asks for such effects (wrong notices corrected by letter).
    const counted = outcome.kinds.length > 0 || counterpart.where.effectsAny !== undefined;
    if (outcome.year < result.horizonYears && counted && passes(counterpart.where, outcome, result, scenario)) n++;
  }
  return n;
}

function passes(where: IncidentFilter, o: IncidentOutcome, result: SimulationResult, scenario: Pick<Scenario, 'sites' | 'municipality'>): boolean {
  if (where.causes && !where.causes.some((c) => o.cause === c || o.cause.startsWith(`${c}.`))) return false;
  if (where.actionsAll && !where.actionsAll.every((a) => o.actions.some((d) => d.action === a))) return false;
  if (where.dataClassesAny && !where.dataClassesAny.some((c) => o.dataClasses.includes(c))) return false;
  if (where.criticalDowntimeAtLeastHours !== undefined && !(o.criticalDowntimeHours >= where.criticalDowntimeAtLeastHours)) return false;
  if (where.hazardSiteKinds) {
    const site = o.hazardEventIndex === undefined ? undefined : result.hazardEvents[o.hazardEventIndex]?.detail?.['site'];
    const kind = scenario.sites.find((s) => s.id === site)?.kind;
    if (kind === undefined || !where.hazardSiteKinds.includes(kind)) return false;
  }
  if (where.hazardAtOffice) {
    const detail = o.hazardEventIndex === undefined ? undefined : result.hazardEvents[o.hazardEventIndex]?.detail;
    const office = scenario.municipality.officeSite;
    if (!detail || !(detail['site'] === office || detail[`depthM.${office}`] !== undefined)) return false;
  }
  if (where.effectsAny) {
    const { reasons = [], costItems = [] } = where.effectsAny;
    const stopped = o.systems.some((s) => s.windows.some((w) => reasons.includes(w.reason)));
    const paid = costItems.some((item) => (o.costBreakdownYen[item] ?? 0) > 0);
    if (!stopped && !paid) return false;
  }
  return true;
}
