import type { Environment, RandomStreams } from '@machi/sim-core';
import type { Calendar } from '../calendar/index.ts';
import type { ResolvedScenario, Site, SystemSpec, Link } from '../schema/index.ts';
import { removeCause, type Cause, type Reason } from './cause.ts';
import { Incident, type Window } from './incident.ts';
import type { Prepared } from './prepare.ts';
import { ServiceDemand, type Channel } from './service-demand.ts';
import { YearMetrics } from './year-metrics.ts';
import type { Crew } from './crew.ts';
import type { HazardEvent } from './hazard-event.ts';

/** Reasons at the office site that leave staff without a usable town hall. */
const OFFICE_REASONS: ReadonlySet<Reason> = new Set(['site-destroyed', 'site-flooded', 'evacuated', 'power']);

export class SiteState {
  readonly causes: Cause[] = [];
  readonly zoneCauses = new Map<string, Cause[]>();
  destroyed = false;
  constructor(readonly spec: Site) {
    for (const z of spec.zones) this.zoneCauses.set(z, []);
  }
}

export class LinkState {
  readonly routeCauses: Cause[][];
  constructor(readonly spec: Link) {
    this.routeCauses = Array.from({ length: spec.routes }, () => []);
  }
  get cut(): boolean {
    return this.routeCauses.every((c) => c.length > 0);
  }
}

export class SystemState {
  readonly causes: Cause[] = [];
  /** Causes that make it unavailable to staff at the office (counter channel), computed by `refresh`. */
  forTown: Cause[] = [];
  /** Causes that make it unavailable online. */
  online: Cause[] = [];
  /**
   * Backups destroyed or encrypted, by index in `spec.backups`: every copy taken at or before the hour
   * given is gone. Copies taken later exist again (the schedule resumes once the system and the backup's
   * site are back), so a loss years ago does not haunt every later incident.
   */
  readonly backupsLostUntil = new Map<number, number>();
  constructor(
    readonly spec: SystemSpec,
    readonly site: SiteState,
    readonly zone: string | undefined,
  ) {}
}

interface ServiceState {
  counterDownSince: number | undefined;
  onlineDownSince: number | undefined;
}

/**
 * The live state of the town in one replication: sites, lines, systems and the causes that keep them
 * down; which systems each incident holds down (its windows); and the per-year metrics. Every change goes
 * through `refresh`, which recomputes availability for the town and books transitions.
 */
export class Town {
  readonly sites = new Map<string, SiteState>();
  readonly links: LinkState[] = [];
  readonly systems: SystemState[] = [];
  readonly lgwanCauses: Cause[] = [];
  readonly years: YearMetrics;
  /** Demand per service and channel, with the surges disasters have started in this replication. */
  readonly demand: { counter: ServiceDemand; online: ServiceDemand }[];
  alternateOfficeActive = false;
  /** Assigned right after construction (the crew needs the town). */
  crew!: Crew;
  readonly hazardEvents: HazardEvent[] = [];
  /** Sites that have a replacement under way: systems wait for it before restoring. */
  readonly replacements = new Map<SiteState, import('@machi/sim-core').Event<undefined>>();
  private officeWasUsable = true;
  private readonly services: ServiceState[];
  private readonly openWindows = new Map<Incident, Map<string, { forTown?: Window; online?: Window }>>();
  readonly incidents: Incident[] = [];
  readonly closed: Incident[] = [];
  private nextIncident = 0;
  /** Multiplier on the time staff and vendors need to arrive (snow, a strong quake), with its end. */
  readonly delays: { multiplier: number; untilHours: number }[] = [];

  constructor(
    readonly env: Environment,
    readonly scenario: ResolvedScenario,
    readonly prepared: Prepared,
    readonly calendar: Calendar,
    readonly streams: RandomStreams,
    readonly horizonHours: number,
    readonly onClose: (incident: Incident) => void,
  ) {
    for (const s of scenario.sites) this.sites.set(s.id, new SiteState(s));
    for (const l of scenario.links) this.links.push(new LinkState(l));
    for (const s of scenario.systems) {
      const site = this.sites.get(s.site)!;
      const zone = site.spec.kind === 'public-cloud' && s.deployment === 'single' ? (s.zone ?? site.spec.zones[0]) : undefined;
      this.systems.push(new SystemState(s, site, zone));
    }
    this.services = scenario.services.map(() => ({ counterDownSince: undefined, onlineDownSince: undefined }));
    this.demand = scenario.services.map((_, i) => ({
      counter: new ServiceDemand(prepared.demand(i, 'counter')),
      online: new ServiceDemand(prepared.demand(i, 'online')),
    }));
    this.years = new YearMetrics(scenario, (i, channel: Channel) => this.demand[i]![channel], horizonHours);
  }

  get office(): SiteState {
    return this.sites.get(this.scenario.municipality.officeSite)!;
  }

  /** Causes that leave the town hall unusable. */
  officeCauses(): Cause[] {
    return this.office.causes.filter((c) => OFFICE_REASONS.has(c.reason));
  }

  get officeUsable(): boolean {
    return this.alternateOfficeActive || this.officeCauses().length === 0;
  }

  system(id: string): SystemState {
    return this.systems.find((s) => s.spec.id === id)!;
  }

  site(id: string): SiteState {
    return this.sites.get(id)!;
  }

  /** Opens an incident; it closes when its last work item ends. */
  open(cause: string): Incident {
    const incident = new Incident(`${cause}-${++this.nextIncident}`, cause, this.env.now);
    this.incidents.push(incident);
    return incident;
  }

  begin(incident: Incident): void {
    incident.pending++;
  }

  /** Ends one work item; the incident closes when none is left. */
  end(incident: Incident): void {
    incident.pending--;
    if (incident.pending === 0 && !incident.closed) this.close(incident);
  }

  /** Adds a cause to a list and refreshes availability. */
  add(list: Cause[], incident: Incident, reason: Reason): Cause {
    const cause = { incident, reason };
    list.push(cause);
    this.refresh();
    return cause;
  }

  remove(list: Cause[], cause: Cause): void {
    removeCause(list, cause);
    this.refresh();
  }

  /** Whether the route causes of every link from the office to `siteId` are all cut (and why). */
  private reachCauses(siteId: string): Cause[] {
    const officeId = this.scenario.municipality.officeSite;
    if (siteId === officeId || this.alternateOfficeActive) return [];
    const serving = this.links.filter((l) => l.spec.from === officeId && l.spec.to.includes(siteId));
    if (serving.length === 0 || serving.some((l) => !l.cut)) return [];
    return serving.flatMap((l) => l.routeCauses.flat());
  }

  /** Recomputes every system's availability and books the transitions (windows, service metrics). */
  refresh(): void {
    const now = this.env.now;
    const hallCauses = this.officeCauses();
    this.checkOffice(hallCauses.length === 0);
    const officeCauses = this.alternateOfficeActive ? [] : hallCauses;
    const reach = new Map<string, Cause[]>();
    for (const s of this.systems) {
      const site = s.site;
      const zoneCauses = s.zone === undefined ? [] : (site.zoneCauses.get(s.zone) ?? []);
      const online = [...s.causes, ...site.causes, ...zoneCauses];
      if (!reach.has(site.spec.id)) reach.set(site.spec.id, this.reachCauses(site.spec.id));
      const lgwan = s.spec.requiresLgwan ? this.lgwanCauses : [];
      s.online = online;
      s.forTown = [...online, ...officeCauses, ...reach.get(site.spec.id)!, ...lgwan];
      this.bookWindows(s, now);
    }
    this.bookServices(now);
  }

  /**
   * The town hall became unusable or usable again. With a BCP alternate office, staff move there after
   * its setup time and reach remote systems over its own lines; they return when the hall is usable.
   */
  private checkOffice(hallUsable: boolean): void {
    if (hallUsable) this.alternateOfficeActive = false;
    const becameUnusable = !hallUsable && this.officeWasUsable;
    this.officeWasUsable = hallUsable;
    const setup = this.scenario.bcp.alternateOfficeSetupHours;
    if (!becameUnusable || setup === undefined) return;
    this.env.schedule(setup, () => {
      const causes = this.officeCauses();
      if (causes.length === 0 || this.alternateOfficeActive) return;
      this.alternateOfficeActive = true;
      for (const c of causes) c.incident.note(this.env.now, 'alternateOfficeOpened');
      this.refresh();
    });
  }

  private bookWindows(s: SystemState, now: number): void {
    const touch = (causes: Cause[], key: 'forTown' | 'online') => {
      const byIncident = new Map<Incident, Reason>();
      for (const c of causes) if (!byIncident.has(c.incident)) byIncident.set(c.incident, c.reason);
      for (const [incident, reason] of byIncident) {
        let open = this.openWindows.get(incident);
        if (!open) this.openWindows.set(incident, (open = new Map()));
        let entry = open.get(s.spec.id);
        if (!entry) open.set(s.spec.id, (entry = {}));
        if (!entry[key]) entry[key] = { from: now, to: now, reason };
      }
      for (const [incident, open] of this.openWindows) {
        const entry = open.get(s.spec.id);
        const w = entry?.[key];
        if (w && !byIncident.has(incident)) {
          w.to = now;
          const target = key === 'forTown' ? incident.systemWindows : incident.onlineWindows;
          if (w.to > w.from) {
            const list = target.get(s.spec.id) ?? [];
            list.push(w);
            target.set(s.spec.id, list);
          }
          entry[key] = undefined;
        }
      }
    };
    touch(s.forTown, 'forTown');
    touch(s.online, 'online');
  }

  private bookServices(now: number): void {
    this.scenario.services.forEach((spec, i) => {
      const state = this.services[i]!;
      const deps = spec.dependsOn.map((d) => this.system(d));
      const counterDown = deps.some((s) => s.forTown.length > 0);
      const onlineDown = deps.some((s) => s.online.length > 0);
      if (counterDown && state.counterDownSince === undefined) state.counterDownSince = now;
      if (!counterDown && state.counterDownSince !== undefined) {
        this.years.serviceDown(i, 'counter', state.counterDownSince, now);
        state.counterDownSince = undefined;
      }
      if (onlineDown && state.onlineDownSince === undefined) state.onlineDownSince = now;
      if (!onlineDown && state.onlineDownSince !== undefined) {
        this.years.serviceDown(i, 'online', state.onlineDownSince, now);
        state.onlineDownSince = undefined;
      }
    });
  }

  /** Closes the windows still open for an incident at `now` (at its close, or at the horizon). */
  private flushWindows(incident: Incident, now: number): void {
    const open = this.openWindows.get(incident);
    if (!open) return;
    for (const [system, entry] of open) {
      for (const key of ['forTown', 'online'] as const) {
        const w = entry[key];
        if (!w) continue;
        w.to = now;
        const target = key === 'forTown' ? incident.systemWindows : incident.onlineWindows;
        if (w.to > w.from) target.set(system, [...(target.get(system) ?? []), w]);
      }
    }
    this.openWindows.delete(incident);
  }

  private close(incident: Incident): void {
    incident.closed = true;
    this.flushWindows(incident, this.env.now);
    this.closed.push(incident);
    this.onClose(incident);
  }

  /** At the horizon: books open service outages and closes every open incident as ongoing. */
  finish(): Incident[] {
    const now = this.env.now;
    this.scenario.services.forEach((_, i) => {
      const state = this.services[i]!;
      if (state.counterDownSince !== undefined) this.years.serviceDown(i, 'counter', state.counterDownSince, now);
      if (state.onlineDownSince !== undefined) this.years.serviceDown(i, 'online', state.onlineDownSince, now);
    });
    const ongoing = this.incidents.filter((i) => !i.closed);
    for (const incident of ongoing) {
      incident.closed = true;
      this.flushWindows(incident, now);
      this.closed.push(incident);
    }
    return ongoing;
  }

  /** Multiplier on travel and assembly times at `now`. */
  delayMultiplier(): number {
    const now = this.env.now;
    return this.delays.reduce((m, d) => (d.untilHours > now ? Math.max(m, d.multiplier) : m), 1);
  }
}
