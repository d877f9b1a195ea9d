import { bernoulli, normalQuantileAS241, type RandomStream } from '@machi/sim-core';
import { coastalTsunamiHeightM, defaultDipDeg, distanceKm, inundationDepthM, medianSiteIntensity, type Earthquake } from '../seismic/index.ts';
import { requireNonNegative } from '../seismic/parameters.ts';
import type { Incident } from '../../model/incident.ts';
import { MODEL_ASSUMPTIONS } from '../../model/model-assumptions.ts';
import type { PreparedRegion } from '../../model/prepare.ts';
import { afterDisaster } from '../../model/processes/disaster.ts';
import { every } from '../../model/processes/every.ts';
import { cutRoute, gridOutage } from '../../model/processes/outages.ts';
import { destroySite } from '../../model/processes/recovery.ts';
import { toHundredths as round } from '../../model/rounding.ts';
import type { Town } from '../../model/town.ts';
import { defineHazard, scriptedForm } from '../hazard-module.ts';
import { earthquakeSectionSchema, scriptedEarthquakeSchema } from './earthquake-schema.ts';
import { FELT_INTENSITY, feltNowhere } from './felt-nowhere.ts';

const [TSUNAMI_FACTOR_LOW, TSUNAMI_FACTOR_HIGH] = MODEL_ASSUMPTIONS.tsunamiHeightFactor.value;
const OTHER_TOWN_CALLS_WITHIN_HOURS = MODEL_ASSUMPTIONS.otherTownCallsWithinHours.value;

/**
 * Earthquakes: random ones from every seismic region of `hazards.earthquake` at its calibrated rate,
 * and scripted ones.
 */
export const earthquakeHazard = defineHazard({
  id: 'earthquake',
  causes: ['earthquake'], reasons: ['site-destroyed', 'site-flooded', 'restoring', 'power', 'line-cut'],
  section: { group: 'hazards', key: 'earthquake', schema: earthquakeSectionSchema },
  scripted: [
    scriptedForm(scriptedEarthquakeSchema, (town, e, stream) => {
      const rupture = {
        dipDeg: e.dipDeg ?? defaultDipDeg[e.faultType],
        ...(e.strikeDeg !== undefined ? { strikeDeg: e.strikeDeg } : {}),
        ...(e.lengthKm !== undefined ? { lengthKm: e.lengthKm } : {}),
        ...(e.widthKm !== undefined ? { widthKm: e.widthKm } : {}),
      };
      const quake = { epicentre: e.epicentre, magnitude: e.magnitude, depthKm: e.depthKm, faultType: e.faultType, ...rupture, offshore: (e.tsunamiHeightM ?? 0) > 0 };
      const forced = { ...(e.intensityBySite ? { intensityBySite: e.intensityBySite } : {}), ...(e.tsunamiHeightM !== undefined ? { tsunamiHeightM: e.tsunamiHeightM } : {}) };
      applyEarthquake(town, { ...quake, ...forced }, stream);
    }),
  ],
  start: startEarthquakes,
});

/** A quake to apply: drawn from a region, or scripted. */
export interface QuakeInput extends Earthquake {
  offshore: boolean;
  intensityBySite?: Record<string, number>;
  tsunamiHeightM?: number;
}

/** Random earthquakes of every seismic region, at their calibrated rates. */
function startEarthquakes(town: Town): void {
  for (const region of town.prepared.regions) {
    const stream = town.streams.get(`hazard.earthquake.${region.id}`);
    const offshore = bernoulli(region.offshoreShare);
    // Created at the first quake: most replications see none from a quiet region, and a stream's
    // draws do not depend on when it is created.
    let shaking: RandomStream | undefined;
    every(town, region.annualEventRate, stream, () => {
      const quake = region.source.sample(stream);
      shaking ??= town.streams.get(`hazard.earthquake.${region.id}.shaking`);
      applyEarthquake(town, { ...quake, offshore: offshore.sample(stream) === 1 }, shaking, region);
    });
  }
}

/**
 * One earthquake through the town: intensity at every site and vendor from its distance, then at once
 * the mechanisms a large quake brings — buildings failing by their fragility, a tsunami flooding low
 * coastal sites, regional blackouts, cut lines, vendors congested by every town they serve, staff tied up
 * at the disaster HQ, and the surge of disaster-victim certificates. All draws are made for every site
 * and line whatever the variant, so the variants of one replication see the same quake. `region`, for a
 * quake drawn from one, only speeds up proving that the quake is felt nowhere (most are not).
 */
export function applyEarthquake(town: Town, quake: QuakeInput, stream: RandomStream, region?: PreparedRegion): Incident | undefined {
  const { scenario, prepared } = town;
  const hz = scenario.hazards.earthquake;
  const sigma = requireNonNegative('sampleSiteIntensity sigma', hz.intensitySigma);
  // The draws of `sampleSiteIntensity` (one scatter per site, then per vendor), then one damage draw per
  // site and one for the tsunami: all made first, so a quake felt nowhere is dropped before any median.
  const siteShift = scenario.sites.map(() => sigma * normalQuantileAS241(stream.randomOpen()));
  const vendorShift = scenario.people.vendors.map(() => sigma * normalQuantileAS241(stream.randomOpen()));
  const damageDraws = scenario.sites.map(() => stream.random());
  const tsunamiDraw = stream.random();
  if (quake.intensityBySite === undefined && quake.tsunamiHeightM === undefined && feltNowhere(town, quake, siteShift, vendorShift, region)) return undefined;
  const intensity = new Map<string, number>();
  scenario.sites.forEach((site, i) => {
    const drawn = medianSiteIntensity(quake, site.location, { siteAmplification: site.siteAmplification }) + siteShift[i]!;
    intensity.set(site.id, quake.intensityBySite?.[site.id] ?? drawn);
  });
  const vendorIntensity = scenario.people.vendors.map((v, i) => medianSiteIntensity(quake, v.location) + vendorShift[i]!);
  const maxIntensity = Math.max(...intensity.values(), ...vendorIntensity);
  if (maxIntensity < FELT_INTENSITY && !(quake.tsunamiHeightM! > 0)) return undefined;

  const office = scenario.municipality.officeSite;
  const officeIntensity = intensity.get(office)!;
  const distanceToTown = distanceKm(quake.epicentre, scenario.municipality.location);
  const tsunamiHeightM =
    quake.tsunamiHeightM ??
    (quake.offshore && quake.magnitude >= hz.tsunamiMinMagnitude && scenario.municipality.coast
      ? coastalTsunamiHeightM({ magnitude: quake.magnitude, distanceKm: distanceToTown }) * (TSUNAMI_FACTOR_LOW + (TSUNAMI_FACTOR_HIGH - TSUNAMI_FACTOR_LOW) * tsunamiDraw)
      : 0);
  const hazard = town.recordHazard({
    atHours: town.env.now,
    kind: 'earthquake',
    magnitude: quake.magnitude,
    intensityBySite: Object.fromEntries([...intensity].map(([k, v]) => [k, round(v)])),
    detail: { latitude: round(quake.epicentre.latitude), longitude: round(quake.epicentre.longitude), depthKm: quake.depthKm, tsunamiHeightM: round(tsunamiHeightM) },
  });

  return town.incident(
    'earthquake',
    (incident) => {
      incident.note(town.env.now, 'earthquake', { magnitude: quake.magnitude, officeIntensity: round(officeIntensity), tsunamiHeightM: round(tsunamiHeightM) });
      scenario.sites.forEach((site, i) => {
        const state = town.site(site.id);
        const p = prepared.fragility(site.fragility).probabilityOfDamage(intensity.get(site.id)!);
        if (damageDraws[i]! < p) destroySite(town, incident, state, 'site-destroyed');
        const depth = site.coastal ? inundationDepthM({ tsunamiHeightM, groundElevationM: site.groundElevationM, floorAboveGroundM: site.floorAboveGroundM }) : 0;
        if (depth > 0) {
          incident.note(town.env.now, 'tsunamiInundation', { site: site.id, depthM: round(depth) });
          destroySite(town, incident, state, 'site-flooded');
        }
      });
      blackouts(town, incident, intensity, stream);
      lineCuts(town, incident, intensity, stream);
      const disaster = officeIntensity >= hz.regionalDisasterJmaIntensityAtLeast || tsunamiHeightM > 0;
      congestVendors(town, vendorIntensity, officeIntensity, stream);
      if (disaster) afterDisaster(town, incident, officeIntensity);
    },
    hazard,
  );
}

/** Each grid region blacks out when shaking at any of its sites passes the threshold (one draw per region). */
function blackouts(town: Town, incident: Incident, intensity: Map<string, number>, stream: RandomStream): void {
  const hz = town.scenario.hazards.earthquake;
  for (const region of town.prepared.powerRegions) {
    const strongest = Math.max(...town.scenario.sites.filter((s) => s.powerRegion === region).map((s) => intensity.get(s.id)!));
    const u = stream.random();
    const hours = town.prepared.quantity(hz.blackoutHours).sample(stream);
    if (strongest >= hz.blackoutJmaIntensityAtLeast && u < hz.blackoutProbability) gridOutage(town, incident, region, hours);
  }
}

/**
 * Routes are cut by the shaking at the link's office end; some cuts take every route at once. Each
 * link and each route draws from a stream of its own (named after the quake's stream), because variants
 * differ in routes: a shared stream would shift every later quake's draws in the variant with more.
 */
function lineCuts(town: Town, incident: Incident, intensity: Map<string, number>, stream: RandomStream): void {
  for (const link of town.links) {
    const p = town.prepared.fragility(link.spec.quakeFragility).probabilityOfDamage(intensity.get(link.spec.from)!);
    const linkStream = town.streams.get(`${stream.name}.line.${link.spec.id}`);
    const common = linkStream.random() < p * link.spec.commonCauseShare;
    const repair = town.prepared.quantity(link.spec.disasterRepairHours);
    link.routeCauses.forEach((_, route) => {
      const routeStream = town.streams.get(`${linkStream.name}.${route}`);
      const cut = common || routeStream.random() < p;
      const hours = repair.sample(routeStream);
      if (cut) cutRoute(town, incident, link, route, hours);
    });
  }
}

/**
 * A vendor near a strong quake is busy with every town it serves: each other town is hit with a
 * probability, and its job joins the queue for the same engineers during the first day.
 */
function congestVendors(town: Town, vendorIntensity: number[], officeIntensity: number, stream: RandomStream): void {
  const hz = town.scenario.hazards.earthquake;
  town.scenario.people.vendors.forEach((v, i) => {
    const regional = Math.max(vendorIntensity[i]!, officeIntensity) >= hz.regionalDisasterJmaIntensityAtLeast;
    const rebuild = town.prepared.quantity(v.rebuildHours);
    for (let other = 1; other < v.townsServed; other++) {
      const hit = stream.random() < v.otherTownAffectedProbability;
      const delay = OTHER_TOWN_CALLS_WITHIN_HOURS * stream.random();
      const hours = rebuild.sample(stream);
      if (regional && hit) town.env.process(town.crew.otherTownJob(v.id, delay, hours), `other town ${other} (${v.id})`);
    }
  });
}
