import type { DataClass, IncidentKind } from '../policy/index.ts';
import type { IncidentNote, NoteDetails, NoteKind } from '../vocabulary/note-kinds.ts';
import type { Reason } from '../vocabulary/reasons.ts';

export type { IncidentNote };

const NONE: ReadonlyMap<string, never> = new Map<string, never>();
const NO_SYSTEMS: ReadonlySet<string> = new Set<string>();
const NO_PAYMENTS: readonly number[] = Object.freeze([]);

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
  /** What the incident cost, by item (whole yen). */
  readonly costYen = new Map<string, number>();
  // Made on first use: most incidents (a city's ~90 leaks a year) hold no system down and lose no data.
  private lost: Map<string, number> | undefined;
  private lostWhole: Set<string> | undefined;
  private windows: Map<string, Window[]> | undefined;
  private online: Map<string, Window[]> | undefined;
  private networks: Map<string, Window[]> | undefined;
  private noted: IncidentNote[] | undefined;
  private paid: number[] | undefined;
  pending = 0;
  closed = false;
  /** Windows the town holds open for this incident (on any system and channel). */
  openWindows = 0;

  constructor(
    readonly id: string,
    /** What opened it: an `OutcomeCause` of the built-in modules (`leak.<id>` for a leak). */
    readonly cause: string,
    readonly startHours: number,
    /** The simulation's clock: a cost is paid when it is added. */
    private readonly clock: { readonly now: number },
    /** Keep the notes (for a trace); without one nobody reads them, and a city writes thousands. */
    private readonly keepNotes = true,
    /** The index in the replication's hazard events of the event that opened it, if any. */
    readonly hazardEventIndex?: number,
  ) {}

  /**
   * Hours of updates that the newest surviving copy did not hold, per system restored from one (the
   * largest, when a system was restored twice). A system of which no copy survived is not here but in
   * `systemsLost`.
   */
  get dataLostHoursBySystem(): ReadonlyMap<string, number> {
    return this.lost ?? NONE;
  }

  /** The systems of which no copy survived: their whole record was lost, in scenario order of loss. */
  get systemsLost(): ReadonlySet<string> {
    return this.lostWhole ?? NO_SYSTEMS;
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

  /** `system` was restored from a copy `hours` older than the loss (keeps the largest loss per system). */
  restoredFromCopy(system: string, hours: number): void {
    const lost = (this.lost ??= new Map());
    lost.set(system, Math.max(lost.get(system) ?? 0, hours));
  }

  /** No copy of `system` survived: it is counted among the systems lost, never as hours. */
  lostWithoutCopy(system: string): void {
    (this.lostWhole ??= new Set()).add(system);
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

  /**
   * Pays `yen` for `item` now (rounded to whole yen, so that every total is exact); nothing for 0 or
   * less. The payment keeps its time: a cost falls in the year it is paid (see `payments`).
   */
  addCost(item: string, yen: number): void {
    if (!(yen > 0)) return;
    const whole = Math.round(yen);
    this.costYen.set(item, (this.costYen.get(item) ?? 0) + whole);
    (this.paid ??= []).push(this.clock.now, whole);
  }

  /** Every payment in the order made, flat: hours, yen, hours, yen, … */
  get payments(): readonly number[] {
    return this.paid ?? NO_PAYMENTS;
  }

  /** Adds a dated note of kind `what` (kept only for a traced run). */
  note<K extends NoteKind>(atHours: number, what: K, detail: NoteDetails[K]): void {
    if (this.keepNotes) this.notes.push({ atHours, what, detail } as IncidentNote);
  }

  toString(): string {
    return `Incident(${this.id} ${this.cause} at ${this.startHours.toFixed(1)}h)`;
  }
}
