import type { Environment, Event, ProcessGenerator, RandomStream, RandomStreams } from '@machi/sim-core';
import type { Calendar } from '../calendar/index.ts';
import type { ResolvedScenario, Site, SystemSpec, Link } from '../schema/index.ts';
import { isPlannedReason, REASON_TRAITS, REASONS, type Reason } from '../vocabulary/reasons.ts';
import { hasAvailabilityZones } from '../vocabulary/hosting-kinds.ts';
import { NATIONAL_NETWORKS, type NationalNetwork } from '../vocabulary/national-networks.ts';
import type { HazardModule } from '../hazards/hazard-module.ts';
import { removeCause, type Cause } from './cause.ts';
import { Incident, type Window } from './incident.ts';
import type { Prepared } from './prepare.ts';
import { ServiceDemand, type Channel } from './service-demand.ts';
import { YearMetrics } from './year-metrics.ts';
import { getOrThrow } from './by-id.ts';
import { Crew } from './crew.ts';
import { ProviderCrews } from './provider-crews.ts';
import type { HazardEvent } from './hazard-event.ts';

/** What a town is built from (`new Town(options)`). */
export interface TownOptions {
  readonly env: Environment;
  /** The scenario with the variant applied. */
  readonly scenario: ResolvedScenario;
  /** Everything about the scenario that does not depend on the replication (shared by replications). */
  readonly prepared: Prepared;
  /** The replication's random streams. */
  readonly streams: RandomStreams;
  readonly horizonHours: number;
  /** The hazard modules of the run: a town opens incidents only of the causes they declare. */
  readonly hazards: readonly HazardModule[];
  /** Called when an incident closes before the horizon. */
  readonly onClose: (incident: Incident) => void;
  /** Whether incidents keep their dated notes (only a traced run reads them; default true). */
  readonly keepNotes?: boolean;
}

/** Reasons at the office site that leave staff without a usable town hall. */
const OFFICE_REASONS: ReadonlySet<Reason> = new Set(REASONS.filter((r) => REASON_TRAITS[r].officeUnusable));

/** The shared empty cause list of everything that is up (most of the time, everything). */
const NO_CAUSES: readonly Cause[] = Object.freeze([]);

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
  /** Causes that make it unavailable to staff at the office (counter channel), computed by `refresh`; read-only. */
  forTown: readonly Cause[] = NO_CAUSES;
  /** Causes that make it unavailable online; read-only. */
  online: readonly Cause[] = NO_CAUSES;
  /**
   * Backups destroyed or encrypted, by index in `spec.backups`: every copy taken at or before the hour
   * given is gone. Copies taken later exist again (the schedule resumes once the system and the backup's
   * site are back), so a loss years ago does not haunt every later incident.
   */
  readonly backupsLostUntil = new Map<number, number>();
  /** The window each incident holds open on this system, for the town and online (see `Town.refresh`). */
  readonly openForTown = new Map<Incident, Window>();
  readonly openOnline = new Map<Incident, Window>();
  /** Where it runs now: its home site, or the backup site it failed over to while home is rebuilt. */
  site: SiteState;
  constructor(
    readonly spec: SystemSpec,
    /** The site the scenario places it at. */
    readonly home: SiteState,
    readonly zone: string | undefined,
  ) {
    this.site = home;
  }
}

interface ServiceState {
  counterDownSince: number | undefined;
  onlineDownSince: number | undefined;
  /** Since when the counter channel is stopped only by planned maintenance. */
  counterPlannedSince: number | undefined;
}

/** Reasons of announced downtime: they stop systems but open no incident window (see `touchWindows`). */
const PLANNED_REASONS: ReadonlySet<Reason> = new Set(REASONS.filter(isPlannedReason));

/** Whether something other than planned maintenance is in the list. */
const unplanned = (causes: readonly Cause[]): boolean => causes.length > 0 && causes.some((c) => !PLANNED_REASONS.has(c.reason));

/** A national network (`NATIONAL_NETWORKS`): the causes that hold it down and each incident's open window. */
export class NetworkState {
  readonly causes: Cause[] = [];
  readonly open = new Map<Incident, Window>();
  constructor(readonly id: NationalNetwork) {}
}

/** A snapshot of the lists one after another; the shared empty list when all are empty (the common case). */
function joined(a: readonly Cause[], b: readonly Cause[], c: readonly Cause[], d: readonly Cause[] = NO_CAUSES): readonly Cause[] {
  return a.length + b.length + c.length + d.length === 0 ? NO_CAUSES : [...a, ...b, ...c, ...d];
}

type WindowChannel = 'forTown' | 'online' | 'network';

/**
 * Opens and closes each incident's windows on a system. A planned cause (a maintenance window) opens
 * none: announced downtime is no outage of its incident; only its overrun, a cause of its own, is.
 */
function touchWindows(system: string, causes: readonly Cause[], open: Map<Incident, Window>, channel: WindowChannel, now: number): void {
  for (const c of causes) {
    if (PLANNED_REASONS.has(c.reason)) continue;
    if (!open.has(c.incident)) {
      open.set(c.incident, { from: now, to: now, reason: c.reason });
      c.incident.openWindows++;
    }
  }
  if (open.size === 0) return;
  // With many causes (a flood of incidents) a set, not causes.some() per window, which was quadratic.
  const holding = causes.length > 8 ? new Set(causes.filter((c) => !PLANNED_REASONS.has(c.reason)).map((c) => c.incident)) : undefined;
  for (const incident of open.keys()) {
    if (!(holding ? holding.has(incident) : causes.some((c) => c.incident === incident && !PLANNED_REASONS.has(c.reason)))) closeWindow(system, open, incident, channel, now);
  }
}

function closeWindow(system: string, open: Map<Incident, Window>, incident: Incident, channel: WindowChannel, now: number): void {
  const w = open.get(incident);
  if (w === undefined) return;
  open.delete(incident);
  incident.openWindows--;
  w.to = now;
  if (w.to > w.from) incident.addWindow(channel, system, w);
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
  /** The national networks, in `NATIONAL_NETWORKS` order. */
  readonly networks: ReadonlyMap<NationalNetwork, NetworkState> = new Map(NATIONAL_NETWORKS.map((n) => [n, new NetworkState(n)]));
  /** The causes that hold the LGWAN down (the `lgwan` network's). */
  readonly lgwanCauses: Cause[] = this.networks.get('lgwan')!.causes;
  readonly years: YearMetrics;
  /** Demand per service and channel, with the surges disasters have started in this replication. */
  readonly demand: { counter: ServiceDemand; online: ServiceDemand }[];
  alternateOfficeActive = false;
  readonly crew: Crew;
  /** The office site (the town hall): read on every refresh. */
  readonly office: SiteState;
  /** The site of the BCP's alternate office, when the scenario places it (it then has lines of its own). */
  readonly alternateOffice: SiteState | undefined;
  readonly hazardEvents: HazardEvent[] = [];
  /** The operators' crews of shared sites, made on first use. */
  private readonly providers = new Map<SiteState, ProviderCrews>();
  /** Sites that have a replacement under way: systems wait for it before restoring. */
  readonly replacements = new Map<SiteState, Event<undefined>>();
  readonly env: Environment;
  readonly scenario: ResolvedScenario;
  readonly prepared: Prepared;
  readonly calendar: Calendar;
  readonly streams: RandomStreams;
  readonly horizonHours: number;
  /** Whether incidents keep their dated notes. */
  readonly keepNotes: boolean;
  private readonly onClose: (incident: Incident) => void;
  /** The causes the run's hazard modules declare. */
  private readonly causes: ReadonlySet<string>;
  private officeWasUsable = true;
  private readonly services: ServiceState[];
  /** The systems each service needs, by service index. */
  private readonly serviceDeps: SystemState[][];
  /** The national networks each service's counter and online channels need, by service index. */
  private readonly serviceNetworks: { counter: NetworkState[]; online: NetworkState[] }[];
  /** The links from the office that serve each site. */
  private readonly servingLinks = new Map<string, LinkState[]>();
  /** The links from the alternate office's site that serve each site. */
  private readonly alternateLinks = new Map<string, LinkState[]>();
  private readonly routeStreamCache = new Map<string, RandomStream[][]>();
  /** Incidents not closed yet, in the order they opened (closed ones are not kept: a city has thousands). */
  private readonly openIncidents = new Set<Incident>();
  private nextIncident = 0;
  /** Multiplier on the time staff and vendors need to arrive (snow, a strong quake), with its end. */
  readonly delays: { multiplier: number; untilHours: number }[] = [];

  constructor(options: TownOptions) {
    const { scenario, prepared, horizonHours } = options;
    this.env = options.env;
    this.scenario = scenario;
    this.prepared = prepared;
    this.calendar = prepared.calendar;
    this.streams = options.streams;
    this.horizonHours = horizonHours;
    this.onClose = options.onClose;
    this.causes = declaredCauses(options.hazards);
    this.keepNotes = options.keepNotes ?? true;
    for (const s of scenario.sites) this.sites.set(s.id, new SiteState(s));
    for (const l of scenario.links) this.links.push(new LinkState(l));
    this.office = this.site(scenario.municipality.officeSite);
    const alternate = scenario.bcp.alternateOfficeSite;
    this.alternateOffice = alternate === undefined ? undefined : this.site(alternate);
    for (const s of scenario.systems) {
      const site = this.site(s.site);
      const zone = hasAvailabilityZones(site.spec.kind) && s.deployment === 'single' ? (s.zone ?? site.spec.zones[0]) : undefined;
      this.systems.push(new SystemState(s, site, zone));
    }
    this.services = scenario.services.map(() => ({ counterDownSince: undefined, onlineDownSince: undefined, counterPlannedSince: undefined }));
    this.serviceDeps = scenario.services.map((spec) => spec.dependsOn.map((d) => this.system(d)));
    const network = (n: NationalNetwork) => this.networks.get(n)!;
    this.serviceNetworks = scenario.services.map((spec) => ({ counter: spec.networks.counter.map(network), online: spec.networks.online.map(network) }));
    const officeId = scenario.municipality.officeSite;
    for (const s of scenario.sites) this.servingLinks.set(s.id, this.links.filter((l) => l.spec.from === officeId && l.spec.to.includes(s.id)));
    if (alternate !== undefined) for (const s of scenario.sites) this.alternateLinks.set(s.id, this.links.filter((l) => l.spec.from === alternate && l.spec.to.includes(s.id)));
    this.demand = scenario.services.map((_, i) => ({
      counter: new ServiceDemand(prepared.demand(i, 'counter')),
      online: new ServiceDemand(prepared.demand(i, 'online')),
    }));
    this.years = new YearMetrics(scenario, (i, channel: Channel) => this.demand[i]![channel], horizonHours, prepared.metricNames);
    // Last: the crew reads the town's environment, scenario and calendar.
    this.crew = new Crew(this);
  }


  /** Causes that leave the town hall unusable. */
  officeCauses(): Cause[] {
    return this.office.causes.filter((c) => OFFICE_REASONS.has(c.reason));
  }

  /** Causes that leave the alternate office's site unusable (none when the scenario gives it no site). */
  private alternateOfficeCauses(): readonly Cause[] {
    const site = this.alternateOffice;
    return site === undefined || site.causes.length === 0 ? NO_CAUSES : site.causes.filter((c) => OFFICE_REASONS.has(c.reason));
  }

  get officeUsable(): boolean {
    return (this.alternateOfficeActive && this.alternateOfficeCauses().length === 0) || this.officeCauses().length === 0;
  }

  /** The crews of the operator of `site`, shared by its member towns. */
  providerCrews(site: SiteState): ProviderCrews {
    let crews = this.providers.get(site);
    if (!crews) this.providers.set(site, (crews = new ProviderCrews(this, site)));
    return crews;
  }

  /** The state of system `id`; throws a RangeError for an unknown id. */
  system(id: string): SystemState {
    for (const s of this.systems) if (s.spec.id === id) return s;
    throw new RangeError(`unknown system "${id}"`);
  }

  /** The state of site `id`; throws a RangeError for an unknown id. */
  site(id: string): SiteState {
    return getOrThrow(this.sites, id, 'site');
  }

  /** The state of link `id`; throws a RangeError for an unknown id. */
  link(id: string): LinkState {
    for (const l of this.links) if (l.spec.id === id) return l;
    throw new RangeError(`unknown link "${id}"`);
  }

  /** The streams `${name}.line.${link}.${route}` of every link and route (cached: a city has ~20 storms a year). */
  routeStreams(name: string): readonly (readonly RandomStream[])[] {
    let streams = this.routeStreamCache.get(name);
    if (!streams) {
      streams = this.links.map((l) => l.routeCauses.map((_, route) => this.streams.get(`${name}.line.${l.spec.id}.${route}`)));
      this.routeStreamCache.set(name, streams);
    }
    return streams;
  }

  /**
   * Records a hazard event of this replication (the same in every variant); returns its index in
   * `hazardEvents`, for the incidents it opens to link to.
   */
  recordHazard(event: HazardEvent | (Omit<HazardEvent, 'kind'> & { kind: string })): number {
    return this.hazardEvents.push(event as HazardEvent) - 1;
  }

  /**
   * Opens an incident of `cause` (opened by the hazard event of index `hazardEventIndex`, if given),
   * runs `body` on it at once, and closes it when `body` has returned and every piece of work `body`
   * started (`work`) has finished — at once when it started none. The only way to open an incident, so
   * none is left open by mistake; one still open at the horizon is closed there as ongoing.
   */
  incident(cause: string, body: (incident: Incident) => void, hazardEventIndex?: number): Incident {
    const dot = cause.indexOf('.');
    if (!this.causes.has(dot < 0 ? cause : cause.slice(0, dot))) throw new RangeError(`no hazard module of this run declares the incident cause "${cause}"`);
    const incident = new Incident(`${cause}-${++this.nextIncident}`, cause, this.env.now, this.env, this.keepNotes, hazardEventIndex);
    this.openIncidents.add(incident);
    this.begin(incident);
    body(incident);
    this.end(incident);
    return incident;
  }

  /**
   * Runs `work` as a process (named `name`) that keeps `incident` open until it returns. Only during
   * the incident: work cannot be added to a closed incident.
   */
  work<R>(incident: Incident, name: string, work: () => ProcessGenerator<R>): void {
    if (incident.closed) throw new RangeError(`${incident} is closed: no more work can be added (${name})`);
    this.begin(incident);
    const town = this;
    this.env.process(function* workItem(): ProcessGenerator<R> {
      const result = yield* work();
      town.end(incident);
      return result;
    }, name);
  }

  private begin(incident: Incident): void {
    incident.pending++;
  }

  /** Ends one work item; the incident closes when none is left. */
  private end(incident: Incident): void {
    if (incident.pending <= 0) throw new RangeError(`${incident} ended more work than it began`);
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

  /**
   * Why staff cannot reach the systems at `siteId` over the lines: every route of every link that serves
   * it is cut. Staff at the alternate office use its own lines when the scenario gives it a site (with
   * none to `siteId`, what keeps them out of the town hall keeps them from the system), else the town
   * hall's; systems at the town hall itself are reached on site.
   */
  private reachCauses(siteId: string, hallCauses: readonly Cause[]): readonly Cause[] {
    if (siteId === this.office.spec.id) return NO_CAUSES;
    const fromAlternate = this.alternateOfficeActive && this.alternateOffice !== undefined;
    if (fromAlternate && siteId === this.alternateOffice!.spec.id) return NO_CAUSES;
    const serving = (fromAlternate ? this.alternateLinks : this.servingLinks).get(siteId) ?? [];
    if (fromAlternate && serving.length === 0) return hallCauses;
    if (serving.length === 0 || serving.some((l) => !l.cut)) return NO_CAUSES;
    return serving.flatMap((l) => l.routeCauses.flat());
  }

  /**
   * Recomputes every system's availability and books the transitions (windows, service metrics). Hot
   * path (every cause added or removed): lists of causes are only built when something is down.
   */
  refresh(): void {
    const now = this.env.now;
    const hallCauses = this.officeCauses();
    this.checkOffice(hallCauses.length === 0);
    const officeCauses = this.alternateOfficeActive ? this.alternateOfficeCauses() : hallCauses;
    for (const s of this.systems) {
      const site = s.site;
      const zoneCauses = s.zone === undefined ? NO_CAUSES : (site.zoneCauses.get(s.zone) ?? NO_CAUSES);
      const online = joined(s.causes, site.causes, zoneCauses);
      const lgwan = s.spec.requiresLgwan ? this.lgwanCauses : NO_CAUSES;
      const reach = this.reachCauses(site.spec.id, hallCauses);
      s.online = online;
      // Both are snapshots, never changed afterwards, so they may be one array.
      s.forTown = officeCauses.length === 0 && reach.length === 0 && lgwan.length === 0 ? online : joined(online, officeCauses, reach, lgwan);
      this.bookWindows(s, now);
    }
    for (const n of this.networks.values()) if (n.causes.length > 0 || n.open.size > 0) touchWindows(n.id, n.causes, n.open, 'network', now);
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
      for (const c of causes) c.incident.note(this.env.now, 'alternateOfficeOpened', {});
      this.refresh();
    });
  }

  /**
   * Opens a window for each incident that newly holds the system down (with the reason of its first
   * cause) and closes the windows of incidents that no longer do; a closed window of positive length
   * joins the incident's windows of the system.
   */
  private bookWindows(s: SystemState, now: number): void {
    touchWindows(s.spec.id, s.forTown, s.openForTown, 'forTown', now);
    touchWindows(s.spec.id, s.online, s.openOnline, 'online', now);
  }

  private bookServices(now: number): void {
    const services = this.services;
    for (let i = 0; i < services.length; i++) {
      const state = services[i]!;
      const deps = this.serviceDeps[i]!;
      const networks = this.serviceNetworks[i]!;
      // Planned maintenance alone is booked apart (`plannedDowntimeHours`), never as an outage.
      const counterDown = deps.some((s) => unplanned(s.forTown)) || networks.counter.some((n) => n.causes.length > 0);
      const onlineDown = deps.some((s) => unplanned(s.online)) || networks.online.some((n) => n.causes.length > 0);
      const counterPlanned = !counterDown && deps.some((s) => s.forTown.length > 0);
      if (counterPlanned && state.counterPlannedSince === undefined) state.counterPlannedSince = now;
      if (!counterPlanned && state.counterPlannedSince !== undefined) {
        this.years.plannedDown(i, state.counterPlannedSince, now);
        state.counterPlannedSince = undefined;
      }
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
    }
  }

  /** Closes the windows still open for an incident at `now` (at its close, or at the horizon). */
  private flushWindows(incident: Incident, now: number): void {
    if (incident.openWindows === 0) return;
    for (const s of this.systems) {
      closeWindow(s.spec.id, s.openForTown, incident, 'forTown', now);
      closeWindow(s.spec.id, s.openOnline, incident, 'online', now);
    }
    for (const n of this.networks.values()) closeWindow(n.id, n.open, incident, 'network', now);
  }

  private close(incident: Incident): void {
    incident.closed = true;
    this.flushWindows(incident, this.env.now);
    this.openIncidents.delete(incident);
    this.onClose(incident);
  }

  /** Whether an incident is still under way. */
  get hasOpenIncidents(): boolean {
    return this.openIncidents.size > 0;
  }

  /** At the end of the run: books open service outages and closes every open incident as ongoing. */
  finish(): Incident[] {
    const now = this.env.now;
    this.scenario.services.forEach((_, i) => {
      const state = this.services[i]!;
      if (state.counterDownSince !== undefined) this.years.serviceDown(i, 'counter', state.counterDownSince, now);
      if (state.onlineDownSince !== undefined) this.years.serviceDown(i, 'online', state.onlineDownSince, now);
      if (state.counterPlannedSince !== undefined) this.years.plannedDown(i, state.counterPlannedSince, now);
    });
    const ongoing = [...this.openIncidents];
    for (const incident of ongoing) {
      incident.closed = true;
      this.flushWindows(incident, now);
    }
    this.openIncidents.clear();
    return ongoing;
  }

  /** Multiplier on the town's own staff assembling (and on travel inside the region) at `now`. */
  delayMultiplier(): number {
    const now = this.env.now;
    return this.delays.reduce((m, d) => (d.untilHours > now ? Math.max(m, d.multiplier) : m), 1);
  }

  /**
   * Multiplier on a vendor's travel at `now`: while a disaster slows the region, at least the vendor's own
   * `disasterTravelMultiplier` (its route in, fuel), and never less than what slows the town's staff.
   */
  vendorTravelMultiplier(disasterTravelMultiplier: number): number {
    const now = this.env.now;
    const disaster = this.delays.some((d) => d.untilHours > now);
    return disaster ? Math.max(this.delayMultiplier(), disasterTravelMultiplier) : 1;
  }
}

const causesCache = new WeakMap<readonly HazardModule[], ReadonlySet<string>>();

/** The causes a registry's modules declare (cached per registry). */
function declaredCauses(hazards: readonly HazardModule[]): ReadonlySet<string> {
  let causes = causesCache.get(hazards);
  if (!causes) causesCache.set(hazards, (causes = new Set(hazards.flatMap((h) => h.causes))));
  return causes;
}
