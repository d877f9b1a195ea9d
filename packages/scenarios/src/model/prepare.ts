import { Calendar } from '../calendar/index.ts';
import { calibrateEventRate, earthquakeSource, lognormalFragility, type EarthquakeSource, type Fragility } from '../hazards/seismic/index.ts';
import type { QuantitySpec, ResolvedScenario } from '../schema/index.ts';
import { quantity, type Quantity } from './quantity.ts';
import { baseDemand } from './service-demand.ts';

/** A seismic region ready to draw from: its sampler and its calibrated annual event rate. */
export interface PreparedRegion {
  readonly id: string;
  readonly source: EarthquakeSource;
  readonly annualEventRate: number;
  readonly offshoreShare: number;
}

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

  constructor(
    readonly scenario: ResolvedScenario,
    readonly horizonHours: number,
    /** Another variant of the same scenario and horizon: demand does not depend on the variant. */
    sibling?: Prepared,
  ) {
    this.calendar = new Calendar(scenario.startDate);
    const quake = scenario.hazards.earthquake;
    this.regions = quake.regions.map((r) => {
      const region = {
        center: r.center,
        radiusKm: r.radiusKm,
        depthKm: r.depthKm,
        faultType: r.faultType,
        magnitude: { bValue: r.bValue, minMagnitude: r.minMagnitude, maxMagnitude: r.maxMagnitude },
      };
      const reference = scenario.sites.find((s) => s.id === r.referenceSite)!;
      const calibration = calibrateEventRate({
        region,
        referenceSite: reference.location,
        p30: r.probability30yJma6Lower,
        sigma: quake.intensitySigma,
        siteAmplification: reference.siteAmplification,
      });
      return { id: r.id, source: earthquakeSource(region), annualEventRate: calibration.annualEventRate, offshoreShare: r.offshoreShare };
    });
    this.demandProfiles = sibling?.demandProfiles ?? baseDemand(scenario.services, scenario.municipality.population, this.calendar, horizonHours);
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

  fragility(spec: { medianJmaIntensity: number; beta: number }): Fragility {
    let f = this.fragilities.get(spec);
    if (!f) this.fragilities.set(spec, (f = lognormalFragility(spec)));
    return f;
  }
}
