import { DATA_CLASSES, INCIDENT_KINDS, type ActionDecision, type DataClass, type IncidentKind } from '../policy/index.ts';
import type { OutcomeCause } from '../vocabulary/incident-causes.ts';
import type { Reason } from '../vocabulary/reasons.ts';
import type { Incident, IncidentNote, Window } from './incident.ts';
import type { PolicyDecisions } from './policy-decisions.ts';
import type { Town } from './town.ts';
import { HOURS_PER_YEAR } from './year-metrics.ts';

/** One incident as it ended: what the policy classifies and what reports and virtual cases tell. */
export interface IncidentOutcome {
  id: string;
  /** What opened the incident: a cause, or `leak.<leak cause id>` (see `parseOutcomeCause`). */
  cause: OutcomeCause;
  /** Empty for an event that only cost money (a forced migration that went smoothly): not an incident. */
  kinds: IncidentKind[];
  /** Simulated year of the start (year k covers hours [8760k, 8760(k+1))). */
  year: number;
  startHours: number;
  endHours: number;
  /**
   * Still under way when the run ended: an incident begun in the horizon is followed to its end, for at
   * most one more horizon; durations and costs are cut there.
   */
  ongoing: boolean;
  systems: {
    system: string;
    downHours: number;
    windows: { fromHours: number; toHours: number; reason: Reason }[];
    /** Hours of updates the newest surviving copy did not hold, when the system was restored from one. */
    dataLostHours?: number;
    /** No copy survived: the system's whole record was lost (counted in `systemsLost`, never in hours). */
    noSurvivingCopy?: true;
  }[];
  services: { service: string; downHours: number; residentsWithoutService: number; residentHoursWithoutService: number }[];
  /** Data subjects whose data was leaked, lost or damaged, counted once (systems hold subsets of the same residents). */
  personsAffected: number;
  personsByDataClass: Record<DataClass, number>;
  dataClasses: DataClass[];
  residentsWithoutService: number;
  residentHoursWithoutService: number;
  /**
   * Hours of updates lost, summed over the systems restored from a surviving copy (each: the hours
   * since its newest surviving copy). Systems of which no copy survived are not in it.
   */
  dataLostHours: number;
  /** Systems of which no copy survived. */
  systemsLost: number;
  /**
   * Residents whose records were lost with those systems, counted once: the largest of the systems'
   * `persons` (systems hold subsets of the same residents).
   */
  residentsWithRecordsLost: number;
  maliciousIntent: boolean;
  directHarm: boolean;
  highlyEncrypted: boolean;
  recoveredUnviewed: boolean;
  /** Longest downtime of a critical service for the town. */
  criticalDowntimeHours: number;
  costYen: number;
  costBreakdownYen: Record<string, number>;
  actions: ActionDecision[];
  /**
   * The hazard event that opened the incident: its index in the result's `hazardEvents`. Absent for an
   * incident no hazard event precedes (a leak, a line fault, a server failure, ransomware).
   */
  hazardEventIndex?: number;
  notes?: IncidentNote[];
}

type Interval = [number, number];

const NO_PERSONS = Object.fromEntries(DATA_CLASSES.map((c) => [c, 0])) as Record<DataClass, number>;

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
 * the policy decides the actions, and the actions add their costs. Hot path (a city closes ~90
 * incidents a year): per-scenario look-ups come from `Prepared`, and an incident that held no system
 * down skips the services.
 */
export function buildOutcome(town: Town, incident: Incident, policy: PolicyDecisions, ongoing: boolean, withNotes: boolean): IncidentOutcome {
  const { scenario, prepared } = town;
  const now = town.env.now;
  const systems: IncidentOutcome['systems'] = [];
  for (const [system, ws] of incident.systemWindows) {
    const lost = incident.dataLostHoursBySystem.get(system);
    const entry: IncidentOutcome['systems'][number] = {
      system,
      downHours: length(union(ws.map((w): Interval => [w.from, w.to]))),
      windows: ws.map((w) => ({ fromHours: w.from, toHours: w.to, reason: w.reason })),
    };
    if (incident.systemsLost.has(system)) entry.noSurvivingCopy = true;
    else if (lost !== undefined) entry.dataLostHours = lost;
    systems.push(entry);
  }
  if (systems.length > 1) {
    const order = prepared.systemOrder;
    systems.sort((a, b) => (order.get(a.system) ?? -1) - (order.get(b.system) ?? -1));
  }
  if (systems.length > 0 || incident.onlineWindows.size > 0) incident.kinds.add('outage');

  let criticalDowntimeHours = 0;
  const services: IncidentOutcome['services'] = [];
  if (incident.systemWindows.size > 0 || incident.onlineWindows.size > 0 || incident.networkWindows.size > 0) {
    const windowsOf = (byId: ReadonlyMap<string, readonly Window[]>, ids: readonly string[]) => ids.flatMap((d) => (byId.get(d) ?? []).map((w): Interval => [w.from, w.to]));
    scenario.services.forEach((service, i) => {
      const counter = union([...windowsOf(incident.systemWindows, service.dependsOn), ...windowsOf(incident.networkWindows, service.networks.counter)]);
      const online = union([...windowsOf(incident.onlineWindows, service.dependsOn), ...windowsOf(incident.networkWindows, service.networks.online)]);
      if (counter.length === 0 && online.length === 0) return;
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
      if (prepared.criticalService[i]) criticalDowntimeHours = Math.max(criticalDowntimeHours, downHours);
      services.push({ service: service.id, downHours, residentsWithoutService: residents, residentHoursWithoutService: residentHours });
    });
    // A national network down stops services without any system of the town being down.
    if (services.length > 0) incident.kinds.add('outage');
  }

  // A copy of a template has every class already, in DATA_CLASSES order: stores then just overwrite.
  const personsByDataClass = { ...NO_PERSONS };
  const dataClasses: DataClass[] = [];
  let personsAffected = 0;
  for (const c of DATA_CLASSES) {
    const persons = incident.personsByDataClass.get(c) ?? 0;
    personsByDataClass[c] = persons;
    if (persons > 0) dataClasses.push(c);
    personsAffected = Math.max(personsAffected, persons);
  }
  const kinds = INCIDENT_KINDS.filter((k) => incident.kinds.has(k));
  const maliciousIntent = incident.maliciousIntent;
  const directHarm = incident.directHarm;
  const highlyEncrypted = incident.highlyEncrypted;
  const recoveredUnviewed = incident.recoveredUnviewed;
  const actions =
    kinds.length > 0
      ? policy.actions({ kinds, personsAffected, dataClasses, maliciousIntent, directHarm, highlyEncrypted, recoveredUnviewed, criticalDowntimeHours })
      : [];
  addActionCosts(town, incident, actions, personsAffected);
  const costBreakdownYen: Record<string, number> = {};
  let costYen = 0;
  for (const [k, v] of incident.costYen) costBreakdownYen[k] = Math.round(v);
  for (const k in costBreakdownYen) costYen += costBreakdownYen[k]!;
  let residentsWithoutService = 0;
  let residentHoursWithoutService = 0;
  for (const x of services) residentsWithoutService += x.residentsWithoutService;
  for (const x of services) residentHoursWithoutService += x.residentHoursWithoutService;
  let dataLostHours = 0;
  for (const [system, h] of incident.dataLostHoursBySystem) if (!incident.systemsLost.has(system)) dataLostHours += h;
  let residentsWithRecordsLost = 0;
  for (const system of incident.systemsLost) residentsWithRecordsLost = Math.max(residentsWithRecordsLost, town.system(system).spec.persons);
  // Written out field by field, in the order of the JSON records (a spread here was a slow path).
  const outcome: IncidentOutcome = {
    id: incident.id,
    cause: incident.cause as OutcomeCause,
    year: Math.floor(incident.startHours / HOURS_PER_YEAR),
    startHours: incident.startHours,
    endHours: now,
    ongoing,
    systems,
    services,
    kinds,
    personsAffected,
    dataClasses,
    maliciousIntent,
    directHarm,
    highlyEncrypted,
    recoveredUnviewed,
    criticalDowntimeHours,
    personsByDataClass,
    residentsWithoutService,
    residentHoursWithoutService,
    dataLostHours,
    systemsLost: incident.systemsLost.size,
    residentsWithRecordsLost,
    costYen,
    costBreakdownYen,
    actions,
  };
  if (incident.hazardEventIndex !== undefined) outcome.hazardEventIndex = incident.hazardEventIndex;
  if (withNotes) outcome.notes = incident.notes;
  return outcome;
}

/** Costs that follow from the response: letters, call centre, press conference, compensation, staff time. */
function addActionCosts(town: Town, incident: Incident, decisions: readonly ActionDecision[], persons: number): void {
  const c = town.scenario.costs;
  const it = town.scenario.people.itStaff;
  const actions = decisions.map((a) => a.action);
  if (actions.includes('notifyIndividuals')) incident.addCost('notificationLetters', persons * c.notificationLetterYen);
  // An enquiry line is for a leak (possible secondary harm), never for data lost or damaged alone.
  if (actions.includes('publishNotice') && incident.kinds.has('leak') && persons >= c.callCentreFromPersons && c.callCentreFromPersons > 0) {
    incident.addCost('callCentre', (c.callCentreDaysBase + (c.callCentreDaysPer10000Persons * persons) / 10000) * c.callCentreYenPerDay);
  }
  if (actions.includes('pressConference')) incident.addCost('pressConference', c.pressConferenceYen);
  if (actions.includes('compensateResidents')) incident.addCost('compensation', persons * c.compensationYenPerPerson);
  incident.addCost('responseStaff', actions.length * c.staffHoursPerAction * it.hourlyCostYen);
}
