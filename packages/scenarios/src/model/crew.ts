import { PriorityResource, Resource, type ProcessGenerator } from '@machi/sim-core';
import type { Vendor } from '../schema/index.ts';
import { getOrThrow } from './by-id.ts';
import type { Incident } from './incident.ts';
import { toHundredths as round } from './rounding.ts';
import type { Town } from './town.ts';

/** A vendor's engineers: shared by every town the vendor serves. */
export class VendorTeam {
  readonly engineers: Resource;
  constructor(
    readonly town: Town,
    readonly spec: Vendor,
  ) {
    this.engineers = new Resource(town.env, { capacity: spec.engineers, name: `vendor ${spec.id}`, statistics: false });
  }
}

/** Absent members jump the queue of work (they are away as soon as the member at work is free). */
const ABSENCE_PRIORITY = -1;

/**
 * The people recovery waits for: the town's IT staff (a PriorityResource of `count`; slower to assemble
 * at night, on holidays and after a disaster; away when absent) and each vendor's engineers (a Resource
 * shared with the other towns the vendor serves, who queue for it in a regional disaster).
 */
export class Crew {
  readonly staff: PriorityResource;
  readonly vendors = new Map<string, VendorTeam>();
  /** Members away now (illness, leave): they hold a unit of `staff` while away. */
  absent = 0;

  constructor(readonly town: Town) {
    const it = town.scenario.people.itStaff;
    // Work requests all have priority 0, so work is served first come, first served as by a Resource.
    this.staff = new PriorityResource(town.env, { capacity: it.count, name: 'it-staff', statistics: false });
    for (const v of town.scenario.people.vendors) this.vendors.set(v.id, new VendorTeam(town, v));
  }

  /** The team of vendor `id`; throws a RangeError for an unknown vendor. */
  vendor(id: string): VendorTeam {
    return getOrThrow(this.vendors, id, 'vendor');
  }

  /** Staff work of `hours` for an incident: wait for a free member, who first has to get to work. */
  *staffWork(incident: Incident, hours: number, what: string): ProcessGenerator<void> {
    const { env, calendar } = this.town;
    const it = this.town.scenario.people.itStaff;
    const called = env.now;
    if (this.absent > 0) incident.note(called, 'staffAbsent', { absent: this.absent, staff: it.count });
    const request = yield this.staff.request();
    const timeClass = calendar.timeClass(env.now);
    const assemble = it.assembleHours[timeClass] * this.town.delayMultiplier();
    yield env.timeout(assemble + hours);
    this.staff.release(request);
    const rate = it.hourlyCostYen * (timeClass === 'workday' ? 1 : it.overtimeMultiplier);
    incident.addCost('staff', (assemble + hours) * rate);
    incident.note(called, 'staffWork', { what, timeClass, waitedHours: round(env.now - called - hours), hours: round(hours) });
  }

  /**
   * One member away for `hours` (calendar time) from now: taken out of the staff ahead of any queued
   * work, but not from work in hand — a member who falls ill mid-restore is replaced by nobody, so the
   * model lets the job in hand finish (an optimistic simplification, noted in the module).
   */
  *absence(hours: number): ProcessGenerator<void> {
    const { env } = this.town;
    const back = env.now + hours;
    this.absent++;
    const request = yield this.staff.request({ priority: ABSENCE_PRIORITY });
    // Back at the time the absence ends, however long the job in hand kept the member.
    yield env.timeout(Math.max(0, back - env.now));
    this.staff.release(request);
    this.absent--;
  }

  /** Staff of the town busy at the disaster HQ: they hold staff before any IT work is queued. */
  *disasterDuty(members: number, hours: number): ProcessGenerator<void> {
    const requests = [];
    for (let i = 0; i < members; i++) requests.push(yield this.staff.request());
    yield this.town.env.timeout(hours);
    for (const r of requests) this.staff.release(r);
  }

  /**
   * Vendor work of `hours` for an incident: the contract decides when the vendor sets out (premium: after
   * `responseHours`; next business day: at the next day's office hours), then an engineer must be free,
   * travel (longer after a disaster) and work.
   */
  *vendorWork(incident: Incident, vendorId: string, hours: number, what: string): ProcessGenerator<void> {
    const { env } = this.town;
    const team = this.vendor(vendorId);
    const called = env.now;
    yield env.timeout(this.contractDelay(team.spec));
    const request = yield team.engineers.request();
    const queued = env.now - called;
    const travel = team.spec.travelHours * this.town.vendorTravelMultiplier(team.spec.disasterTravelMultiplier);
    yield env.timeout(travel + hours);
    team.engineers.release(request);
    incident.addCost('vendor', (travel + hours) * team.spec.hourlyCostYen);
    incident.note(called, 'vendorWork', { what, vendor: vendorId, waitedHours: round(queued + travel), hours: round(hours), contract: team.spec.contract });
  }

  /** Another town's job for the same vendor engineers (a regional disaster). */
  *otherTownJob(vendorId: string, delayHours: number, hours: number): ProcessGenerator<void> {
    const team = this.vendor(vendorId);
    yield this.town.env.timeout(delayHours);
    const request = yield team.engineers.request();
    yield this.town.env.timeout(team.spec.travelHours * this.town.vendorTravelMultiplier(team.spec.disasterTravelMultiplier) + hours);
    team.engineers.release(request);
  }

  private contractDelay(vendor: Vendor): number {
    const { env, calendar } = this.town;
    if (vendor.contract === 'premium') return vendor.responseHours;
    const t = calendar.civilAt(env.now);
    const nextMidnight = env.now + (24 - t.hour - t.minute / 60);
    return Math.max(vendor.responseHours, calendar.nextOfficeHoursStart(nextMidnight) - env.now);
  }
}
