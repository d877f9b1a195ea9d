import { DATA_CLASSES, INCIDENT_KINDS, evaluatePolicy, type ActionDecision, type DataClass, type IncidentKind, type Policy } from '../policy/index.ts';
import type { Incident, IncidentNote } from './incident.ts';
import { criticalServices } from './metric-names.ts';
import type { Town } from './town.ts';
import { HOURS_PER_YEAR } from './year-metrics.ts';

/** One incident as it ended: what the policy classifies and what reports and virtual cases tell. */
export interface IncidentOutcome {
  id: string;
  cause: string;
  /** Empty for an event that only cost money (a forced migration that went smoothly): not an incident. */
  kinds: IncidentKind[];
  /** Simulated year of the start (year k covers hours [8760k, 8760(k+1))). */
  year: number;
  startHours: number;
  endHours: number;
  /** Still under way at the end of the horizon: durations are cut there. */
  ongoing: boolean;
  systems: {
    system: string;
    downHours: number;
    windows: { fromHours: number; toHours: number; reason: string }[];
    /** Hours of data the newest surviving copy did not hold, when the system was restored or rebuilt. */
    dataLostHours?: number;
  }[];
  services: { service: string; downHours: number; residentsWithoutService: number; residentHoursWithoutService: number }[];
  /** Data subjects whose data was leaked, lost or damaged, counted once (systems hold subsets of the same residents). */
  personsAffected: number;
  personsByDataClass: Record<DataClass, number>;
  dataClasses: DataClass[];
  residentsWithoutService: number;
  residentHoursWithoutService: number;
  /** The largest loss of recent data among the systems restored (hours since the newest surviving copy). */
  dataLostHours: number;
  maliciousIntent: boolean;
  directHarm: boolean;
  highlyEncrypted: boolean;
  recoveredUnviewed: boolean;
  /** Longest downtime of a critical service for the town. */
  criticalDowntimeHours: number;
  costYen: number;
  costBreakdownYen: Record<string, number>;
  actions: ActionDecision[];
  notes?: IncidentNote[];
}

type Interval = [number, number];

function union(intervals: Interval[]): Interval[] {
  const sorted = [...intervals].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: Interval[] = [];
  for (const [a, b] of sorted) {
    const last = out[out.length - 1];
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}

const length = (xs: Interval[]) => xs.reduce((s, [a, b]) => s + (b - a), 0);

/**
 * Closes an incident into its outcome record: service windows are the union of the windows of the
 * systems each service needs; residents without service come from the demand rates over those windows;
 * the policy decides the actions, and the actions add their costs.
 */
export function buildOutcome(town: Town, incident: Incident, policy: Policy, ongoing: boolean, withNotes: boolean): IncidentOutcome {
  const { scenario } = town;
  const now = town.env.now;
  const systems = [...incident.systemWindows].map(([system, ws]) => {
    const lost = incident.dataLostHoursBySystem.get(system);
    return {
      system,
      downHours: length(union(ws.map((w): Interval => [w.from, w.to]))),
      windows: ws.map((w) => ({ fromHours: w.from, toHours: w.to, reason: w.reason })),
      ...(lost === undefined ? {} : { dataLostHours: lost }),
    };
  });
  systems.sort((a, b) => scenario.systems.findIndex((s) => s.id === a.system) - scenario.systems.findIndex((s) => s.id === b.system));
  if (systems.length > 0 || incident.onlineWindows.size > 0) incident.kinds.add('outage');

  const critical = new Set(criticalServices(scenario).map((s) => s.id));
  let criticalDowntimeHours = 0;
  const services = scenario.services.flatMap((service, i) => {
    const counter = union(service.dependsOn.flatMap((d) => (incident.systemWindows.get(d) ?? []).map((w): Interval => [w.from, w.to])));
    const online = union(service.dependsOn.flatMap((d) => (incident.onlineWindows.get(d) ?? []).map((w): Interval => [w.from, w.to])));
    if (counter.length === 0 && online.length === 0) return [];
    let residents = 0;
    let residentHours = 0;
    for (const [channel, windows] of [['counter', counter], ['online', online]] as const) {
      const demand = town.demand[i]![channel];
      for (const [a, b] of windows) {
        residents += demand.requestsBetween(a, b);
        residentHours += demand.waitingHoursBetween(a, b);
      }
    }
    const downHours = length(counter);
    if (critical.has(service.id)) criticalDowntimeHours = Math.max(criticalDowntimeHours, downHours);
    return [{ service: service.id, downHours, residentsWithoutService: residents, residentHoursWithoutService: residentHours }];
  });

  const personsByDataClass = Object.fromEntries(DATA_CLASSES.map((c) => [c, incident.personsByDataClass.get(c) ?? 0])) as Record<DataClass, number>;
  const dataClasses = DATA_CLASSES.filter((c) => personsByDataClass[c] > 0);
  const personsAffected = Math.max(0, ...Object.values(personsByDataClass));
  const kinds = INCIDENT_KINDS.filter((k) => incident.kinds.has(k));
  const classification = {
    kinds,
    personsAffected,
    dataClasses,
    maliciousIntent: incident.maliciousIntent,
    directHarm: incident.directHarm,
    highlyEncrypted: incident.highlyEncrypted,
    recoveredUnviewed: incident.recoveredUnviewed,
    criticalDowntimeHours,
  };
  const actions = kinds.length > 0 ? evaluatePolicy(policy, classification).actions : [];
  addActionCosts(town, incident, actions.map((a) => a.action), personsAffected);
  const costBreakdownYen = Object.fromEntries([...incident.costYen].map(([k, v]) => [k, Math.round(v)]));
  const outcome: IncidentOutcome = {
    id: incident.id,
    cause: incident.cause,
    year: Math.floor(incident.startHours / HOURS_PER_YEAR),
    startHours: incident.startHours,
    endHours: now,
    ongoing,
    systems,
    services,
    ...classification,
    personsByDataClass,
    residentsWithoutService: services.reduce((s, x) => s + x.residentsWithoutService, 0),
    residentHoursWithoutService: services.reduce((s, x) => s + x.residentHoursWithoutService, 0),
    dataLostHours: Math.max(0, ...incident.dataLostHoursBySystem.values()),
    costYen: Object.values(costBreakdownYen).reduce((s, v) => s + v, 0),
    costBreakdownYen,
    actions,
  };
  if (withNotes) outcome.notes = incident.notes;
  return outcome;
}

/** Costs that follow from the response: letters, call centre, press conference, compensation, staff time. */
function addActionCosts(town: Town, incident: Incident, actions: string[], persons: number): void {
  const c = town.scenario.costs;
  const it = town.scenario.people.itStaff;
  if (actions.includes('notifyIndividuals')) incident.addCost('notificationLetters', persons * c.notificationLetterYen);
  if (actions.includes('publishNotice') && persons >= c.callCentreFromPersons && c.callCentreFromPersons > 0) {
    incident.addCost('callCentre', (c.callCentreDaysBase + (c.callCentreDaysPer10000Persons * persons) / 10000) * c.callCentreYenPerDay);
  }
  if (actions.includes('pressConference')) incident.addCost('pressConference', c.pressConferenceYen);
  if (actions.includes('compensateResidents')) incident.addCost('compensation', persons * c.compensationYenPerPerson);
  incident.addCost('responseStaff', actions.length * c.staffHoursPerAction * it.hourlyCostYen);
}
