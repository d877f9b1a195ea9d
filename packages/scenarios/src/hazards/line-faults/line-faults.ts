import { z } from 'zod';
import { every } from '../../model/processes/every.ts';
import { cutRoute } from '../../model/processes/outages.ts';
import type { Town } from '../../model/town.ts';
import { id, routeCount } from '../../schema/sourced.ts';
import { defineHazard, scriptedForm } from '../hazard-module.ts';
import { at, hours } from '../scripted-fields.ts';

/** A scripted cut of a line: `routes` of its routes (all when absent), repaired after `repairHours`. */
export const scriptedLineCutSchema = z.strictObject({ kind: z.literal('lineCut'), at, link: id(), routes: routeCount().optional(), repairHours: hours.optional() });

/** Everyday faults of each route of each line (construction cuts, carrier equipment): the links' own rates. */
export const lineFaultsHazard = defineHazard({
  id: 'line-faults',
  causes: ['lineCut'], reasons: ['line-cut'],
  scripted: [
    scriptedForm(scriptedLineCutSchema, (town, e, stream) => {
      const link = town.link(e.link);
      const hours = e.repairHours ?? town.prepared.quantity(link.spec.repairHours).sample(stream);
      applyLineCut(town, e.link, e.routes === undefined || e.routes >= link.spec.routes ? 'all' : e.routes - 1, hours);
    }),
  ],
  start: startLineFaults,
});

function startLineFaults(town: Town): void {
  for (const link of town.links) {
    const stream = town.streams.get(`line.${link.spec.id}`);
    const repair = town.prepared.quantity(link.spec.repairHours);
    // One process per route keeps each route's draws on the link's stream whatever the variant's routes;
    // draws for route k come from a stream of its own so adding a route does not shift the others.
    link.routeCauses.forEach((_, route) => {
      const routeStream = route === 0 ? stream : town.streams.get(`line.${link.spec.id}.${route}`);
      every(town, link.spec.faultAnnualRatePerRoute, routeStream, () => applyLineCut(town, link.spec.id, route, repair.sample(routeStream)));
    });
  }
}

/** Cuts one route of a line (or all of them), repaired after `hours`. */
export function applyLineCut(town: Town, linkId: string, route: number | 'all', hours: number): void {
  const link = town.link(linkId);
  town.incident('lineCut', (incident) => {
    const routes = route === 'all' ? link.routeCauses.map((_, i) => i) : [route];
    for (const r of routes) cutRoute(town, incident, link, r, hours);
  });
}
