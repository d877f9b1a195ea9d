import type { ActionDecision, CalendarTime, DataClass, HazardEvent, IncidentKind, NoteDetails, NoteKind, OutcomeCause, Reason, TimeClass } from '@machi/scenarios';

/** A simulated time with its reading on the town's wall clock (JST) and what kind of hour it was. */
export interface CaseTime {
  /** Hours since 00:00 JST on the scenario's `startDate`. */
  readonly hours: number;
  readonly date: CalendarTime;
  /** Office hours, a business night, or a day the town hall is closed. */
  readonly timeClass: TimeClass;
}

/** A dated line of what happened inside an incident (an `IncidentNote` with its date): one per note kind. */
export type CaseNote = { readonly [K in NoteKind]: { readonly at: CaseTime; readonly what: K; readonly detail: Readonly<NoteDetails[K]> } }[NoteKind];

/** A system the incident held down for the town, with every window and its reason. */
export interface CaseSystem {
  readonly system: string;
  /** Where the system ran in this variant. */
  readonly site: string;
  readonly critical: boolean;
  readonly rtoHours: number;
  readonly downHours: number;
  readonly windows: readonly { readonly from: CaseTime; readonly to: CaseTime; readonly reason: Reason }[];
  /** Hours of updates the newest surviving copy did not hold (present when the system was restored from one). */
  readonly dataLostHours?: number;
  /** No copy survived: the whole record was lost. */
  readonly noSurvivingCopy?: true;
}

/** A resident service the incident stopped, with the residents who needed it meanwhile. */
export interface CaseService {
  readonly service: string;
  readonly critical: boolean;
  /** The shortest RTO of the systems the service depends on; undefined for a service without systems. */
  readonly rtoHours: number | undefined;
  readonly downHours: number;
  readonly residentsWithoutService: number;
  readonly residentHoursWithoutService: number;
}

/** A response action the policy required, with its deadlines dated from the incident's start. */
export interface CaseAction {
  readonly action: ActionDecision['action'];
  readonly rules: readonly string[];
  readonly basis: ActionDecision['basis'];
  readonly deadlines: readonly { readonly stage: 'preliminary' | 'final'; readonly days: number; readonly due: CaseTime }[];
}

/** Who a persona stands for, and the numbers from the records that say what happened to them. */
export type PersonaRole = 'evacuationSupport' | 'disasterCertificate' | 'counterVisitor' | 'dataSubject';
export type Cohort = 'under15' | 'from15to64' | 'over65';

/**
 * A resident drawn from the town's cohorts to show what an incident meant for people. Every number is
 * copied from the incident's records or the scenario's municipality, never invented.
 */
export interface Persona {
  /** `A`, `B`, `C`… in order of appearance within the incident. */
  readonly label: string;
  readonly role: PersonaRole;
  readonly cohort: Cohort;
  /** Residents of the cohort: population × its share, rounded. */
  readonly cohortResidents: number;
  readonly service?: string;
  readonly system?: string;
  /** Hours the service was down or the list unreachable. */
  readonly hours?: number;
  /** Residents in the same situation (without the service, uncovered on the list, whose data was hit). */
  readonly residents?: number;
  readonly extraRequests?: number;
  readonly overDays?: number;
  readonly dataClasses?: readonly DataClass[];
  readonly kinds?: readonly IncidentKind[];
  readonly notified?: boolean;
  readonly compensated?: boolean;
}

/** One incident of the case: its outcome record, dated, with names resolved later by the renderer. */
export interface CaseIncident {
  readonly id: string;
  readonly cause: OutcomeCause;
  readonly kinds: readonly IncidentKind[];
  readonly ongoing: boolean;
  readonly start: CaseTime;
  readonly end: CaseTime;
  /** The hazard event that opened the incident, when there was one: magnitude, intensities. */
  readonly hazard?: HazardEvent;
  readonly notes: readonly CaseNote[];
  readonly systems: readonly CaseSystem[];
  readonly services: readonly CaseService[];
  readonly personsAffected: number;
  readonly personsByDataClass: Readonly<Record<DataClass, number>>;
  readonly dataClasses: readonly DataClass[];
  readonly residentsWithoutService: number;
  readonly residentHoursWithoutService: number;
  readonly dataLostHours: number;
  readonly systemsLost: number;
  readonly residentsWithRecordsLost: number;
  readonly criticalDowntimeHours: number;
  readonly maliciousIntent: boolean;
  readonly directHarm: boolean;
  readonly highlyEncrypted: boolean;
  readonly recoveredUnviewed: boolean;
  readonly costYen: number;
  readonly costBreakdownYen: Readonly<Record<string, number>>;
  readonly actions: readonly CaseAction[];
  readonly personas: readonly Persona[];
}

/** One row of the case's Gantt chart: a system or a service down at some time in the year. */
export interface OutageRow {
  readonly kind: 'system' | 'service';
  readonly id: string;
  readonly rtoHours: number | undefined;
  /** Windows clipped to the year, in time order; a service's are the union of its systems'. */
  readonly windows: readonly { readonly fromHours: number; readonly toHours: number; readonly reason: Reason; readonly incident: string }[];
}

/**
 * One simulated year of one replication, told as data: the incidents in time order with calendar
 * dates, the systems and services they stopped and why, the residents affected, recovery, data lost,
 * costs, the actions the policy required, personas, and the year's metrics. Plain data (JSON-safe); the
 * numbers are those of the `SimulationResult` it was built from.
 */
export interface VirtualCase {
  readonly town: string;
  readonly variant: string;
  readonly seed: number | string;
  readonly replication: number;
  /** Simulated year, 0-based: hours [8760·year, 8760·(year+1)) from `startDate`. */
  readonly year: number;
  readonly horizonYears: number;
  readonly startDate: string;
  readonly from: CaseTime;
  /** The end of the year (exclusive). */
  readonly to: CaseTime;
  /** The fiscal year (年度) holding the middle of the simulated year (8,760-hour years drift a day per leap year). */
  readonly fiscalYear: number;
  readonly population: number;
  /** Incidents that started in the year, by start time. */
  readonly incidents: readonly CaseIncident[];
  /** Incidents that started in an earlier year and still held a system down in this one. */
  readonly carriedOver: readonly CaseIncident[];
  readonly outages: readonly OutageRow[];
  /** `years[year]` of the result, unchanged: every metric of the year. */
  readonly metrics: Readonly<Record<string, number>>;
}
