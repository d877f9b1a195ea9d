import {
  Calendar,
  criticalServices,
  HOURS_PER_YEAR,
  resolveVariant,
  type IncidentOutcome,
  type Scenario,
  type SimulationResult,
} from '@machi/scenarios';
import { caseTime } from './case-time.ts';
import { outageRows, serviceRtoHours } from './outage-rows.ts';
import { casePersonas } from './personas.ts';
import type { CaseIncident, CaseNote, VirtualCase } from './virtual-case.ts';

/** What `buildCase` needs besides the result: the scenario that ran and the year to tell. */
export interface BuildCaseOptions {
  readonly scenario: Scenario;
  /** Simulated year, 0-based (year k covers hours [8760k, 8760(k+1)) from `startDate`). */
  readonly year: number;
}

/**
 * The virtual case of one simulated year of a `simulate` result: its incidents in time order with
 * calendar dates from the scenario's `startDate`, every field of their outcome records (systems and
 * their windows with reasons, services, persons, data lost, costs, actions), the notes of what
 * happened and what recovery waited for (`simulate(..., { trace: true })` keeps them; without the
 * trace the notes are empty), deadlines dated from each incident's start (taken as the moment the
 * town became aware), personas, the Gantt rows and the year's metrics. Pure and deterministic; the
 * numbers are the result's, copied, never recomputed.
 *
 * @throws RangeError when `year` is not an integer in [0, horizonYears), or the result's variant is not
 *   one of the scenario's.
 * @example
 * const result = simulate(scenario, { variant: 'onprem', seed: 1, replication: 0, horizonYears: 1, trace: true });
 * buildCase(result, { scenario, year: 0 }).incidents[0].start.date; // { year: 2027, month: 6, day: 12, ... }
 */
export function buildCase(result: SimulationResult, options: BuildCaseOptions): VirtualCase {
  const { scenario, year } = options;
  if (!(Number.isInteger(year) && year >= 0 && year < result.horizonYears)) {
    throw new RangeError(`year must be an integer in [0, ${result.horizonYears}), got ${year}`);
  }
  const resolved = resolveVariant(scenario, result.variant);
  const calendar = new Calendar(scenario.startDate);
  const fromHours = year * HOURS_PER_YEAR;
  const toHours = (year + 1) * HOURS_PER_YEAR;
  const critical = new Set(criticalServices(resolved).map((s) => s.id));
  const systems = new Map(resolved.systems.map((s) => [s.id, s]));
  const rtoOf = new Map(resolved.systems.map((s) => [s.id, s.rtoHours]));
  const services = new Map(resolved.services.map((s) => [s.id, s]));
  const at = (hours: number) => caseTime(calendar, hours);

  const incident = (o: IncidentOutcome): CaseIncident => {
    const draft: Omit<CaseIncident, 'personas'> = {
      id: o.id,
      cause: o.cause,
      kinds: o.kinds,
      ongoing: o.ongoing,
      start: at(o.startHours),
      end: at(o.endHours),
      ...hazardOf(result, o),
      // Work is noted when it ends, dated when it was asked for: in time order (stable) it reads as it happened.
      // (Each note keeps its kind with its detail; TypeScript cannot follow that pairing through the spread.)
      notes: (o.notes ?? []).map((n) => ({ at: at(n.atHours), what: n.what, detail: n.detail }) as CaseNote).sort((a, b) => a.at.hours - b.at.hours),
      systems: o.systems.map((s) => {
        const spec = systems.get(s.system);
        return {
          system: s.system,
          site: spec?.site ?? '',
          critical: spec?.critical ?? false,
          rtoHours: spec?.rtoHours ?? 0,
          downHours: s.downHours,
          windows: s.windows.map((w) => ({ from: at(w.fromHours), to: at(w.toHours), reason: w.reason })),
          ...(s.dataLostHours === undefined ? {} : { dataLostHours: s.dataLostHours }),
          ...(s.noSurvivingCopy ? { noSurvivingCopy: true as const } : {}),
        };
      }),
      services: o.services.map((s) => ({
        service: s.service,
        critical: critical.has(s.service),
        rtoHours: serviceRtoHours(services.get(s.service) ?? { dependsOn: [] }, rtoOf),
        downHours: s.downHours,
        residentsWithoutService: s.residentsWithoutService,
        residentHoursWithoutService: s.residentHoursWithoutService,
      })),
      personsAffected: o.personsAffected,
      personsByDataClass: o.personsByDataClass,
      dataClasses: o.dataClasses,
      residentsWithoutService: o.residentsWithoutService,
      residentHoursWithoutService: o.residentHoursWithoutService,
      dataLostHours: o.dataLostHours,
      systemsLost: o.systemsLost,
      residentsWithRecordsLost: o.residentsWithRecordsLost,
      criticalDowntimeHours: o.criticalDowntimeHours,
      maliciousIntent: o.maliciousIntent,
      directHarm: o.directHarm,
      highlyEncrypted: o.highlyEncrypted,
      recoveredUnviewed: o.recoveredUnviewed,
      costYen: o.costYen,
      costBreakdownYen: o.costBreakdownYen,
      actions: o.actions.map((a) => ({
        action: a.action,
        rules: a.rules,
        basis: a.basis,
        deadlines: a.deadlines.map((d) => ({ stage: d.stage, days: d.days, due: at(o.startHours + 24 * d.days) })),
      })),
    };
    return { ...draft, personas: casePersonas(draft, resolved) };
  };

  const incidents = result.outcomes.filter((o) => o.year === year).map(incident);
  const carriedOver = result.outcomes
    .filter((o) => o.year < year && o.systems.some((s) => s.windows.some((w) => w.toHours > fromHours)))
    .map(incident);
  return {
    town: result.name,
    variant: result.variant,
    seed: result.seed,
    replication: result.replication,
    year,
    horizonYears: result.horizonYears,
    startDate: scenario.startDate,
    from: at(fromHours),
    to: at(toHours),
    // Simulated years are 8,760 hours and drift a day per leap year from 1 April: name the fiscal year
    // by the middle of the simulated year, which holds almost all of it.
    fiscalYear: calendar.fiscalYearAt(fromHours + HOURS_PER_YEAR / 2),
    population: scenario.municipality.population,
    incidents,
    carriedOver,
    outages: outageRows([...carriedOver, ...incidents], resolved, fromHours, toHours),
    metrics: { ...result.years[year]! },
  };
}

/** The hazard event that opened the incident (the outcome's `hazardEventIndex`), when there was one. */
function hazardOf(result: SimulationResult, o: IncidentOutcome): Pick<CaseIncident, 'hazard'> {
  const hazard = o.hazardEventIndex === undefined ? undefined : result.hazardEvents[o.hazardEventIndex];
  return hazard ? { hazard } : {};
}
