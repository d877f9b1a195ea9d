import type { RandomStream } from '@machi/sim-core';
import { every } from '../../model/processes/every.ts';
import { cutRoute, rideOut } from '../../model/processes/outages.ts';
import { destroySite } from '../../model/processes/recovery.ts';
import { toHundredths as round } from '../../model/rounding.ts';
import type { Town } from '../../model/town.ts';
import { defineHazard, scriptedForm } from '../hazard-module.ts';
import { scriptedTyphoonSchema, typhoonSectionSchema } from './typhoon-schema.ts';

/** What a scripted typhoon forces; anything left out is drawn. */
export interface TyphoonForcing {
  readonly outageHours?: number | undefined;
  readonly routesCut?: number | undefined;
  readonly lineRepairHours?: number | undefined;
}

/**
 * Typhoons and strong wind (`hazards.typhoon`): per grid region, damaging typhoons at the region's
 * approach rate times its damaging share, each cutting power to some of the region's sites for a time
 * drawn from the restoration curve (generators ride out what their fuel allows), bringing down aerial
 * lines from the region's sites, and rarely wrecking a building; and scripted typhoons.
 */
export const typhoonHazard = defineHazard({
  id: 'typhoon',
  causes: ['typhoon'], reasons: ['power', 'line-cut', 'site-wind-damaged', 'restoring'],
  section: { group: 'hazards', key: 'typhoon', schema: typhoonSectionSchema },
  scripted: [scriptedForm(scriptedTyphoonSchema, (town, e, stream) => applyTyphoon(town, e.powerRegion, stream, e))],
  start(town) {
    const typhoon = town.scenario.hazards.typhoon;
    if (typhoon === undefined) return;
    // Only in its months: arrivals at the season's rate, those outside the months dropped (thinning), so
    // the yearly count has the configured mean.
    const seasonShare = typhoon.months.length / 12;
    for (const region of typhoon.regions) {
      const stream = town.streams.get(`hazard.typhoon.${region.powerRegion}`);
      every(town, (region.approachAnnualRate * region.damagingShare) / seasonShare, stream, () => {
        const inSeason = typhoon.months.includes(town.calendar.monthAt(town.env.now));
        applyTyphoon(town, region.powerRegion, stream, {}, inSeason);
      });
    }
  },
});

/**
 * One typhoon over `region`. Every draw is made for every site and every route whatever the variant
 * (routes from streams of their own, named after the typhoon's stream, as variants differ in routes),
 * so the variants of one replication meet the same storm; and even when it `happens` not (an arrival out
 * of season), so that thinning keeps the stream's later draws the same.
 */
export function applyTyphoon(town: Town, region: string, stream: RandomStream, forced: TyphoonForcing = {}, happens = true): void {
  const t = town.scenario.hazards.typhoon;
  const outage = t && town.prepared.quantity(t.outageHours);
  const repair = t && town.prepared.quantity(t.lineRepairHours);
  const sites = town.scenario.sites.map((spec) => {
    const site = town.site(spec.id);
    const cutDraw = stream.random();
    const drawnHours = outage ? outage.sample(stream) : 0;
    const generatorDraw = stream.random();
    const wrecked = stream.random() < (t?.buildingDamageProbability ?? 0);
    const inRegion = site.spec.powerRegion === region;
    const cut = forced.outageHours !== undefined || cutDraw < (t?.powerOutageProbability ?? 0);
    return { site, inRegion, cut, hours: forced.outageHours ?? drawnHours, generatorDraw, wrecked };
  });
  const lines = town.links.map((link) => {
    const linkStream = town.streams.get(`${stream.name}.line.${link.spec.id}`);
    const common = linkStream.random() < (t?.lineCutProbability ?? 0) * link.spec.commonCauseShare;
    const exposed = town.site(link.spec.from).spec.powerRegion === region;
    const routes = link.routeCauses.map((_, route) => {
      const routeStream = town.streams.get(`${linkStream.name}.${route}`);
      const drawnCut = common || routeStream.random() < (t?.lineCutProbability ?? 0);
      const drawnRepair = repair ? repair.sample(routeStream) : 0;
      const cut = forced.routesCut !== undefined ? route < forced.routesCut : drawnCut;
      return { cut, hours: forced.lineRepairHours ?? drawnRepair };
    });
    return { link, exposed, routes };
  });
  if (!happens) return;

  const hazard = town.recordHazard({ atHours: town.env.now, kind: 'typhoon', detail: { powerRegion: region } });
  town.incident(
    'typhoon',
    (incident) => {
      incident.note(town.env.now, 'typhoon', { powerRegion: region });
      for (const s of sites) {
        if (!s.inRegion) continue;
        if (s.wrecked) destroySite(town, incident, s.site, 'site-wind-damaged');
        if (!s.cut || s.hours <= 0) continue;
        incident.note(town.env.now, 'sitePowerCut', { site: s.site.spec.id, hours: round(s.hours) });
        rideOut(town, incident, s.site, s.hours, s.generatorDraw);
      }
      for (const l of lines) {
        if (!l.exposed) continue;
        l.routes.forEach((r, route) => r.cut && r.hours > 0 && cutRoute(town, incident, l.link, route, r.hours));
      }
    },
    hazard,
  );
}
