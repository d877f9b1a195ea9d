import { Calendar } from '../calendar/index.ts';
import { exponential, log10, type Distribution } from '@machi/sim-core';
import {
  calibrateEventRate,
  defaultSiteAmplification,
  distanceKm,
  earthquakeSource,
  lognormalFragility,
  type EarthquakeSource,
  type EventRateCalibration,
  type FaultType,
  type Fragility,
  type LatLon,
} from '../hazards/seismic/index.ts';
import type { QuantitySpec, ResolvedScenario } from '../schema/index.ts';
import { resolvePolicy } from '../policy/index.ts';
import { byId } from './by-id.ts';
import { FeltScreen } from './felt-screen.ts';
import { criticalServices, metricNames } from './metric-names.ts';
import { PolicyDecisions } from './policy-decisions.ts';
import { runningCostParts, type RunningCostParts } from './running-cost.ts';
import { quantity, type Quantity } from './quantity.ts';
import { baseDemand } from './service-demand.ts';
import { calibrationInput } from './calibration-input.ts';
import { HOURS_PER_YEAR } from './year-metrics.ts';

// A study of input uncertainty prepares hundreds of copies of one scenario, most of them with the same
// seismic regions and the same services: the event-rate calibration (~0.1 s a region) and the hourly
// demand profiles (~0.3 s) took two thirds of an input set's time. Both are pure functions of their
// inputs, so they are kept across scenarios by their input as JSON — the same values, found sooner.
// Bounded: a full cache is emptied (demand profiles are megabytes each).
const SHARED_CALIBRATIONS = new Map<string, EventRateCalibration>();
const MOST_CALIBRATIONS = 1000;
const SHARED_DEMAND = new Map<string, ReturnType<typeof baseDemand>>();
const MOST_DEMAND_PROFILES = 4;

function remember<T>(cache: Map<string, T>, key: string, value: T, most: number): T {
  if (cache.size >= most) cache.clear();
  cache.set(key, value);
  return value;
}

function sharedDemand(scenario: ResolvedScenario, calendar: Calendar, horizonHours: number): ReturnType<typeof baseDemand> {
  const key = JSON.stringify([scenario.services, scenario.municipality.population, scenario.startDate, horizonHours]);
  return SHARED_DEMAND.get(key) ?? remember(SHARED_DEMAND, key, baseDemand(scenario.services, scenario.municipality.population, calendar, horizonHours), MOST_DEMAND_PROFILES);
}

/** A seismic region ready to draw from: its sampler and its calibrated annual event rate. */
export interface PreparedRegion {
  readonly id: string;
  readonly source: EarthquakeSource;
  readonly annualEventRate: number;
  readonly offshoreShare: number;
  /** A lower bound of the epicentral distance of any of its quakes to each site (by index) and vendor, km. */
  readonly minDistanceKmToSite: readonly number[];
  readonly minDistanceKmToVendor: readonly number[];
}

// Epicentres lie within radiusKm of the centre (great-circle), so by the triangle inequality a site is
// at least its distance to the centre minus radiusKm away; 1 km covers the rounding of both distances.
const minDistanceKm = (region: { center: LatLon; radiusKm: number }, location: LatLon) => Math.max(0, distanceKm(region.center, location) - region.radiusKm - 1);

/**
 * Everything about a resolved scenario that does not depend on the replication: calendar, demand
 * profiles, calibrated earthquake rates, samplers. Built once and shared by every replication.
 */
export class Prepared {
  readonly calendar: Calendar;
  readonly regions: PreparedRegion[];
  private readonly demandProfiles: ReturnType<typeof baseDemand>;
  private readonly quantities = new WeakMap<object, Quantity>();
  private readonly fragilities = new WeakMap<object, Fragility>();
  private readonly feltScreens: Map<string, FeltScreen>;
  /** Event-rate calibrations by their input (as JSON), shared with the sibling variants. */
  private readonly calibrations: Map<string, EventRateCalibration>;
  /** log10 of each site's PGV amplification (by index in `scenario.sites`), for `FeltScreen`. */
  readonly log10SiteAmplification: readonly number[];
  readonly log10DefaultAmplification = log10(defaultSiteAmplification);
  /** The scenario's policy, resolved, with its decisions memoised. */
  readonly policy: PolicyDecisions;
  /** Index of each system id in `scenario.systems` (the order of outcome records). */
  readonly systemOrder = new Map<string, number>();
  /** Whether each service (by index) is critical, as `criticalServices` says. */
  readonly criticalService: readonly boolean[];
  /** `metricNames(scenario)`. */
  readonly metricNames: readonly string[];
  /** An object with every metric at 0, in `metricNames` order: the shape of a year record. */
  readonly yearTemplate: Readonly<Record<string, number>>;
  /** The running cost taken apart (`runningCostParts`): each replication applies its hosting-cost factors. */
  readonly runningCost: RunningCostParts;
  /** The sites' grid regions, each once, in the order of the sites. */
  readonly powerRegions: readonly string[];
  private readonly localPowerRegions = new Map<number, ReadonlySet<string>>();
  private readonly interArrivals = new Map<number, Distribution>();

  constructor(
    readonly scenario: ResolvedScenario,
    readonly horizonHours: number,
    /** Another variant of the same scenario and horizon: demand does not depend on the variant. */
    sibling?: Prepared,
  ) {
    this.calendar = new Calendar(scenario.startDate);
    this.calibrations = sibling?.calibrations ?? SHARED_CALIBRATIONS;
    this.feltScreens = sibling?.feltScreens ?? new Map();
    const quake = scenario.hazards.earthquake;
    this.regions = quake.regions.map((r) => {
      const input = calibrationInput(scenario, r);
      const region = input.region;
      // The calibration's quadrature takes ~0.1 s a region; variants usually leave the regions alone.
      const key = JSON.stringify(input, (_, v) => (Object.is(v, -0) ? '-0' : v));
      let calibration = this.calibrations.get(key);
      if (!calibration) remember(this.calibrations, key, (calibration = calibrateEventRate(input)), MOST_CALIBRATIONS);
      return {
        id: r.id,
        source: earthquakeSource(region),
        annualEventRate: calibration.annualEventRate,
        offshoreShare: r.offshoreShare,
        minDistanceKmToSite: scenario.sites.map((site) => minDistanceKm(region, site.location)),
        minDistanceKmToVendor: scenario.people.vendors.map((v) => minDistanceKm(region, v.location)),
      };
    });
    this.log10SiteAmplification = scenario.sites.map((s) => log10(s.siteAmplification));
    this.demandProfiles = sibling?.demandProfiles ?? sharedDemand(scenario, this.calendar, horizonHours);
    this.policy = new PolicyDecisions(resolvePolicy(scenario.policy));
    scenario.systems.forEach((s, i) => this.systemOrder.has(s.id) || this.systemOrder.set(s.id, i));
    const critical = new Set(criticalServices(scenario).map((s) => s.id));
    this.criticalService = scenario.services.map((s) => critical.has(s.id));
    this.metricNames = metricNames(scenario);
    this.yearTemplate = Object.fromEntries(this.metricNames.map((n) => [n, 0]));
    this.runningCost = runningCostParts(scenario);
    this.powerRegions = [...new Set(scenario.sites.map((s) => s.powerRegion))];
  }

  /** Hours between the arrivals of a Poisson process of `annualRate` per year (cached per rate). */
  interArrival(annualRate: number): Distribution {
    let gap = this.interArrivals.get(annualRate);
    if (!gap) this.interArrivals.set(annualRate, (gap = exponential(annualRate / HOURS_PER_YEAR)));
    return gap;
  }

  /** The grid regions of the sites within `withinKm` of the town (which share its weather); cached. */
  snowPowerRegions(withinKm: number): ReadonlySet<string> {
    let regions = this.localPowerRegions.get(withinKm);
    if (!regions) {
      const town = this.scenario.municipality.location;
      regions = new Set(this.scenario.sites.filter((s) => distanceKm(s.location, town) <= withinKm).map((s) => s.powerRegion));
      this.localPowerRegions.set(withinKm, regions);
    }
    return regions;
  }

  /** The base demand profile of service `index` on a channel. */
  demand(index: number, channel: 'counter' | 'online') {
    return this.demandProfiles[index]![channel];
  }

  /** The sampler of a quantity spec (cached per spec object). */
  quantity(spec: QuantitySpec): Quantity {
    let q = this.quantities.get(spec);
    if (!q) this.quantities.set(spec, (q = quantity(spec)));
    return q;
  }

  /** The felt screen of earthquakes at one focal depth and fault type (cached). */
  feltScreen(depthKm: number, faultType: FaultType): FeltScreen {
    const key = `${depthKm}\0${faultType}`;
    let screen = this.feltScreens.get(key);
    if (!screen) this.feltScreens.set(key, (screen = new FeltScreen(depthKm, faultType)));
    return screen;
  }

  fragility(spec: { medianJmaIntensity: number; beta: number }): Fragility {
    let f = this.fragilities.get(spec);
    if (!f) this.fragilities.set(spec, (f = lognormalFragility(spec)));
    return f;
  }
}
