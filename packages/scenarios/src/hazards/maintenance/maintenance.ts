import type { ProcessGenerator, RandomStream } from '@machi/sim-core';
import { toTenths } from '../../model/rounding.ts';
import type { Incident } from '../../model/incident.ts';
import type { SiteState, Town } from '../../model/town.ts';
import { HOURS_PER_YEAR } from '../../model/year-metrics.ts';
import { townRun } from '../../vocabulary/hosting-kinds.ts';
import { defineHazard, scriptedForm } from '../hazard-module.ts';
import { maintenanceSectionSchema, scriptedHardwareRenewalSchema, scriptedMaintenanceWindowSchema } from './maintenance-schema.ts';
import { saturdayNightFrom } from './weekend-night.ts';

/**
 * Planned maintenance (`hazards.maintenance`): announced windows at the sites of each hosting kind, and
 * the renewal of town-run servers every lease period. Both stop the site's systems for their announced
 * hours as planned downtime (`plannedDowntimeHours`, not the critical downtime of the headline); an
 * overrun past the announced end is an outage like any other.
 */
export const maintenanceHazard = defineHazard({
  id: 'maintenance',
  causes: ['maintenanceWindow', 'hardwareRenewal'], reasons: ['maintenance', 'maintenance-overrun'],
  section: { group: 'hazards', key: 'maintenance', schema: maintenanceSectionSchema },
  scripted: [
    scriptedForm(scriptedMaintenanceWindowSchema, (town, e) => applyMaintenanceWindow(town, town.site(e.site), e.hours, e.overrunHours ?? 0)),
    scriptedForm(scriptedHardwareRenewalSchema, (town, e, stream) => {
      const site = town.site(e.site);
      const costs = systemsAt(town, site).map(() => e.costYenPerSystem ?? renewalCost(town, stream));
      applyHardwareRenewal(town, site, e.hours, e.overrunHours ?? 0, costs);
    }),
  ],
  start: startMaintenance,
});

/** The systems whose home is `site` (a window there stops them). */
const systemsAt = (town: Town, site: SiteState) => town.systems.filter((s) => s.home === site);

const renewalCost = (town: Town, stream: RandomStream): number => {
  const renewal = town.scenario.hazards.maintenance?.renewal;
  return renewal ? town.prepared.quantity(renewal.costYenPerSystem).sample(stream) : 0;
};

/**
 * Windows at fixed, evenly spaced times (each moved to the next Saturday 22:00), at every site of
 * their kind that holds a system; renewals every lease period from a phase drawn per site, so that the
 * town's renewal year is uniform over the period. Each site and window kind draws from its own stream
 * (`maintenance.<window>.<site>`, `maintenance.renewal.<site>`): the same in every variant that uses
 * the site.
 */
function startMaintenance(town: Town): void {
  const maintenance = town.scenario.hazards.maintenance;
  if (!maintenance) return;
  for (const window of maintenance.windows) {
    if (!(window.perYear > 0)) continue;
    for (const site of town.sites.values()) {
      if (site.spec.kind !== window.hostingKind || systemsAt(town, site).length === 0) continue;
      const stream = town.streams.get(`maintenance.${window.id}.${site.spec.id}`);
      const spacing = HOURS_PER_YEAR / window.perYear;
      schedulePeriodic(town, spacing, 0, () => {
        const hours = town.prepared.quantity(window.hours).sample(stream);
        const overrun = stream.random() < window.overrunProbability;
        const overrunHours = town.prepared.quantity(window.overrunHours).sample(stream);
        applyMaintenanceWindow(town, site, hours, overrun ? overrunHours : 0);
      });
    }
  }
  const renewal = maintenance.renewal;
  if (!renewal) return;
  for (const site of town.sites.values()) {
    if (!townRun(site.spec.kind) || systemsAt(town, site).length === 0) continue;
    const stream = town.streams.get(`maintenance.renewal.${site.spec.id}`);
    const period = renewal.everyYears * HOURS_PER_YEAR;
    schedulePeriodic(town, period, stream.random() * period, () => {
      const hours = town.prepared.quantity(renewal.hours).sample(stream);
      const overrun = stream.random() < renewal.overrunProbability;
      const overrunHours = town.prepared.quantity(renewal.overrunHours).sample(stream);
      const costs = systemsAt(town, site).map(() => renewalCost(town, stream));
      applyHardwareRenewal(town, site, hours, overrun ? overrunHours : 0, costs);
    });
  }
}

/** Calls `fire` on the Saturday night at or after `phase`, `phase + spacing`, … up to the horizon. */
function schedulePeriodic(town: Town, spacing: number, phase: number, fire: () => void): void {
  let k = 0;
  const next = () => {
    const due = saturdayNightFrom(town.calendar, phase + k * spacing);
    k++;
    if (due >= town.horizonHours) return;
    town.env.schedule(due - town.env.now, () => {
      fire();
      next();
    });
  };
  next();
}

/** The site's systems stop for the announced `hours` (planned), then for `overrunHours` more (an outage). */
export function applyMaintenanceWindow(town: Town, site: SiteState, hours: number, overrunHours: number): void {
  town.incident('maintenanceWindow', (incident) => {
    incident.note(town.env.now, 'maintenanceWindow', { site: site.spec.id, hours: toTenths(hours), overrunHours: toTenths(overrunHours) });
    holdPlanned(town, incident, site, hours, overrunHours);
  });
}

/**
 * The servers of a town-run site are replaced: its systems stop for the cutover (planned) and any
 * overrun (an outage); the migration work of each system is paid at the start.
 */
export function applyHardwareRenewal(town: Town, site: SiteState, hours: number, overrunHours: number, costsYen: readonly number[]): void {
  town.incident('hardwareRenewal', (incident) => {
    incident.note(town.env.now, 'hardwareRenewal', { site: site.spec.id, systems: costsYen.length, hours: toTenths(hours), overrunHours: toTenths(overrunHours) });
    for (const yen of costsYen) incident.addCost('renewal', yen);
    holdPlanned(town, incident, site, hours, overrunHours);
  });
}

function holdPlanned(town: Town, incident: Incident, site: SiteState, hours: number, overrunHours: number): void {
  town.work(incident, `maintenance ${site.spec.id}`, function* maintain(): ProcessGenerator<void> {
    const planned = town.add(site.causes, incident, 'maintenance');
    yield town.env.timeout(hours);
    if (overrunHours > 0) {
      const overrun = town.add(site.causes, incident, 'maintenance-overrun');
      town.remove(site.causes, planned);
      yield town.env.timeout(overrunHours);
      town.remove(site.causes, overrun);
    } else town.remove(site.causes, planned);
  });
}
