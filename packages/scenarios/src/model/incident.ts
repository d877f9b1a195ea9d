import type { DataClass, IncidentKind } from '../policy/index.ts';

/** A span of hours during which something was down, and why. */
export interface Window {
  from: number;
  to: number;
  reason: string;
}

/** A dated line of what happened inside an incident: the raw material of virtual cases. */
export interface IncidentNote {
  atHours: number;
  what: string;
  detail: Record<string, string | number | boolean>;
}

/**
 * The running record of one incident while it plays out: what it touched, for how long and why, whose
 * data, what it cost. Work items (`begin`/`end`) keep it open; when the last one ends the town closes it
 * into an outcome record.
 */
export class Incident {
  readonly kinds = new Set<IncidentKind>();
  readonly personsByDataClass = new Map<DataClass, number>();
  maliciousIntent = false;
  directHarm = false;
  highlyEncrypted = false;
  recoveredUnviewed = false;
  /** Hours of data that the newest surviving backup did not hold, per system restored. */
  readonly dataLostHoursBySystem = new Map<string, number>();
  readonly costYen = new Map<string, number>();
  readonly systemWindows = new Map<string, Window[]>();
  readonly onlineWindows = new Map<string, Window[]>();
  readonly notes: IncidentNote[] = [];
  pending = 0;
  closed = false;

  constructor(
    readonly id: string,
    readonly cause: string,
    readonly startHours: number,
  ) {}

  /** Records persons whose data of `dataClass` was leaked, lost or damaged (the largest count per class). */
  addPersons(dataClass: DataClass, persons: number): void {
    this.personsByDataClass.set(dataClass, Math.max(this.personsByDataClass.get(dataClass) ?? 0, persons));
  }

  addCost(item: string, yen: number): void {
    if (yen > 0) this.costYen.set(item, (this.costYen.get(item) ?? 0) + yen);
  }

  note(atHours: number, what: string, detail: Record<string, string | number | boolean> = {}): void {
    this.notes.push({ atHours, what, detail });
  }

  toString(): string {
    return `Incident(${this.id} ${this.cause} at ${this.startHours.toFixed(1)}h)`;
  }
}
