import type { DataClass, IncidentKind } from '../policy/index.ts';
import type { IncidentNote, NoteDetails, NoteKind } from '../vocabulary/note-kinds.ts';
import type { Reason } from '../vocabulary/reasons.ts';

export type { IncidentNote };

const NONE: ReadonlyMap<string, never> = new Map<string, never>();

/** A span of hours during which something was down, and why. */
export interface Window {
  from: number;
  to: number;
  reason: Reason;
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
  readonly costYen = new Map<string, number>();
  // Made on first use: most incidents (a city's ~90 leaks a year) hold no system down and lose no data.
  private lost: Map<string, number> | undefined;
  private windows: Map<string, Window[]> | undefined;
  private online: Map<string, Window[]> | undefined;
  private networks: Map<string, Window[]> | undefined;
  private noted: IncidentNote[] | undefined;
  pending = 0;
  closed = false;
  /** Windows the town holds open for this incident (on any system and channel). */
  openWindows = 0;

  constructor(
    readonly id: string,
    /** What opened it: an `OutcomeCause` of the built-in modules (`leak.<id>` for a leak). */
    readonly cause: string,
    readonly startHours: number,
    /** Keep the notes (for a trace); without one nobody reads them, and a city writes thousands. */
    private readonly keepNotes = true,
    /** The index in the replication's hazard events of the event that opened it, if any. */
    readonly hazardEventIndex?: number,
  ) {}

  /** Hours of data that the newest surviving backup did not hold, per system restored. */
  get dataLostHoursBySystem(): ReadonlyMap<string, number> {
    return this.lost ?? NONE;
  }

  /** The windows during which each system was down for the town, in time order. */
  get systemWindows(): ReadonlyMap<string, readonly Window[]> {
    return this.windows ?? NONE;
  }

  /** The windows during which each system was down online. */
  get onlineWindows(): ReadonlyMap<string, readonly Window[]> {
    return this.online ?? NONE;
  }

  /** The windows during which each national network (`NATIONAL_NETWORKS`) was down, in time order. */
  get networkWindows(): ReadonlyMap<string, readonly Window[]> {
    return this.networks ?? NONE;
  }

  get notes(): IncidentNote[] {
    return (this.noted ??= []);
  }

  setDataLostHours(system: string, hours: number): void {
    (this.lost ??= new Map()).set(system, hours);
  }

  /**
   * Adds a closed window of `system` to the town's (`forTown`) or the online windows, or of a national
   * network (`network`, with the network's id in place of a system's).
   */
  addWindow(channel: 'forTown' | 'online' | 'network', system: string, window: Window): void {
    const windows =
      channel === 'forTown' ? (this.windows ??= new Map()) : channel === 'online' ? (this.online ??= new Map()) : (this.networks ??= new Map());
    const list = windows.get(system);
    if (list) list.push(window);
    else windows.set(system, [window]);
  }

  /** Records persons whose data of `dataClass` was leaked, lost or damaged (the largest count per class). */
  addPersons(dataClass: DataClass, persons: number): void {
    this.personsByDataClass.set(dataClass, Math.max(this.personsByDataClass.get(dataClass) ?? 0, persons));
  }

  addCost(item: string, yen: number): void {
    if (yen > 0) this.costYen.set(item, (this.costYen.get(item) ?? 0) + yen);
  }

  /** Adds a dated note of kind `what` (kept only for a traced run). */
  note<K extends NoteKind>(atHours: number, what: K, detail: NoteDetails[K]): void {
    if (this.keepNotes) this.notes.push({ atHours, what, detail } as IncidentNote);
  }

  toString(): string {
    return `Incident(${this.id} ${this.cause} at ${this.startHours.toFixed(1)}h)`;
  }
}
