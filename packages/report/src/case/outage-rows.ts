import type { ResolvedScenario } from '@machi/scenarios';
import type { CaseIncident, OutageRow } from './virtual-case.ts';

type Window = OutageRow['windows'][number];

/**
 * The Gantt rows of a year [fromHours, toHours): one per system that some incident held down in it,
 * then one per service, in scenario order. A service's windows are, per incident, the union of the
 * windows of the systems it depends on (as `buildOutcome` computes its downtime), each labelled with
 * the reason of the system window that opened it. Windows are clipped to the year.
 */
export function outageRows(incidents: readonly CaseIncident[], scenario: Pick<ResolvedScenario, 'systems' | 'services'>, fromHours: number, toHours: number): OutageRow[] {
  const clip = (w: Window): Window | undefined => {
    const a = Math.max(w.fromHours, fromHours);
    const b = Math.min(w.toHours, toHours);
    return b > a ? { ...w, fromHours: a, toHours: b } : undefined;
  };
  const ordered = (ws: (Window | undefined)[]) => ws.filter((w): w is Window => w !== undefined).sort((x, y) => x.fromHours - y.fromHours || x.toHours - y.toHours);
  const rtoOf = new Map(scenario.systems.map((s) => [s.id, s.rtoHours]));
  const rows: OutageRow[] = [];
  for (const system of scenario.systems) {
    const windows = ordered(
      incidents.flatMap((i) => i.systems.filter((s) => s.system === system.id).flatMap((s) => s.windows.map((w) => clip({ fromHours: w.from.hours, toHours: w.to.hours, reason: w.reason, incident: i.id })))),
    );
    if (windows.length > 0) rows.push({ kind: 'system', id: system.id, rtoHours: system.rtoHours, windows });
  }
  for (const service of scenario.services) {
    const windows = ordered(
      incidents.flatMap((i) => {
        const deps = service.dependsOn.flatMap((d) => i.systems.filter((s) => s.system === d).flatMap((s) => s.windows.map((w) => ({ fromHours: w.from.hours, toHours: w.to.hours, reason: w.reason, incident: i.id }))));
        return union(deps).map(clip);
      }),
    );
    if (windows.length > 0) rows.push({ kind: 'service', id: service.id, rtoHours: serviceRtoHours(service, rtoOf), windows });
  }
  return rows;
}

/** The shortest RTO among the systems a service depends on (undefined when none is known). */
export function serviceRtoHours(service: { dependsOn: readonly string[] }, rtoOf: ReadonlyMap<string, number>): number | undefined {
  let rto: number | undefined;
  for (const d of service.dependsOn) {
    const r = rtoOf.get(d);
    if (r !== undefined && (rto === undefined || r < rto)) rto = r;
  }
  return rto;
}

// Stable sort by start: of windows starting together, the one listed first (dependsOn order) names the reason.
function union(windows: Window[]): Window[] {
  const sorted = windows.map((w, i) => [w, i] as const).sort((a, b) => a[0].fromHours - b[0].fromHours || a[1] - b[1]);
  const out: Window[] = [];
  for (const [w] of sorted) {
    const last = out[out.length - 1];
    if (last && w.fromHours <= last.toHours) out[out.length - 1] = { ...last, toHours: Math.max(last.toHours, w.toHours) };
    else out.push({ ...w });
  }
  return out;
}
