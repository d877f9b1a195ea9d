import type { Event, ProcessGenerator } from '@machi/sim-core';
import type { Reason } from '../cause.ts';
import type { Incident } from '../incident.ts';
import { MODEL_ASSUMPTIONS } from '../model-assumptions.ts';
import { toHundredths as round } from '../rounding.ts';
import type { SiteState, SystemState, Town } from '../town.ts';
import { townRun } from '../../vocabulary/hosting-kinds.ts';

/** The time of the newest copy of a backup taken at or before `atHours` (copies began before the start). */
export function newestCopyAt(backup: { intervalHours: number; offsetHours: number }, atHours: number): number {
  return backup.offsetHours + Math.floor((atHours - backup.offsetHours) / backup.intervalHours) * backup.intervalHours;
}

/** The newest surviving copy of a system's data at `atHours`, or undefined when none survived. */
export function newestSurvivingCopy(town: Town, system: SystemState, atHours: number): { at: number; site: string; offline: boolean } | undefined {
  let best: { at: number; site: string; offline: boolean } | undefined;
  system.spec.backups.forEach((b, i) => {
    if (town.site(b.site).destroyed) return;
    const at = newestCopyAt(b, atHours);
    if (at <= (system.backupsLostUntil.get(i) ?? -Infinity)) return;
    if (!best || at > best.at) best = { at, site: b.site, offline: b.offline };
  });
  return best;
}

/**
 * Where an operator restores a system whose site is destroyed, without waiting for the building: the
 * site of its newest surviving copy when that is another operator-run site (a community cloud's backup
 * site), which then runs it until the building is replaced. Undefined when the site is not destroyed,
 * is town-run, or no operator-run copy survives elsewhere.
 */
function failoverSite(town: Town, system: SystemState, lostAtHours: number): SiteState | undefined {
  if (!system.site.destroyed || townRun(system.site.spec.kind)) return undefined;
  const copy = newestSurvivingCopy(town, system, lostAtHours);
  if (!copy || copy.site === system.site.spec.id) return undefined;
  const site = town.site(copy.site);
  return townRun(site.spec.kind) ? undefined : site;
}

/**
 * A site is destroyed (shaken apart, flooded, burnt out, wrecked by wind): everything in it is lost,
 * backups kept there too. Systems there stay down until replacement hardware is ready and their data is
 * restored; the town hall stays unusable until it is replaced. Replacement takes its drawn hours, and no less than `notBeforeHours`
 * (a flooded building cannot take new equipment before the water has gone and the rooms are dry).
 */
export function destroySite(
  town: Town,
  incident: Incident,
  site: SiteState,
  reason: 'site-destroyed' | 'site-flooded' | 'site-burnt' | 'site-wind-damaged',
  notBeforeHours = 0,
): void {
  if (site.destroyed) return;
  site.destroyed = true;
  incident.note(town.env.now, reason, { site: site.spec.id });
  const loseBackupsHere = () => {
    for (const s of town.systems) s.spec.backups.forEach((b, i) => b.site === site.spec.id && s.backupsLostUntil.set(i, town.env.now));
  };
  loseBackupsHere();
  const cause = town.add(site.causes, incident, reason);
  if (townRun(site.spec.kind)) {
    const lost = town.systems.filter((s) => s.site === site).length;
    incident.addCost('equipment', lost * town.scenario.costs.equipmentReplacementYenPerSystem);
  }
  const replaced = town.env.event<undefined>();
  town.replacements.set(site, replaced);
  const hours = town.prepared.quantity(site.spec.replacementHours).sample(town.streams.get(`recovery.site.${site.spec.id}`));
  town.work(incident, `replace ${site.spec.id}`, function* replaceSite(): ProcessGenerator<void> {
    yield town.env.timeout(Math.max(hours, notBeforeHours));
    site.destroyed = false;
    // No copies were taken into a destroyed site: the first good one comes after the replacement.
    loseBackupsHere();
    town.replacements.delete(site);
    // Systems that failed over to a backup site move back (a planned switch, no outage modelled).
    for (const s of town.systems) if (s.home === site) s.site = site;
    incident.note(town.env.now, 'siteReplaced', { site: site.spec.id });
    town.remove(site.causes, cause);
    replaced.succeed(undefined);
  });
  for (const s of town.systems) if (s.site === site) restore(town, incident, s, 'restoring', town.env.now);
}

/**
 * Brings a system back after its data was destroyed or encrypted at `lostAtHours`: wait for hardware,
 * then restore from the newest surviving backup (the updates since that copy are lost), or rebuild
 * without one (kind `loss` when destroyed, `damage` when encrypted; the system is counted as lost). Town-run systems need a member of
 * staff and a vendor engineer; a cloud operator restores its own.
 */
export function restore(town: Town, incident: Incident, system: SystemState, reason: Reason, lostAtHours: number, waitFirst?: Event<any>): void {
  const cause = town.add(system.causes, incident, reason);
  const id = system.spec.id;
  const stream = town.streams.get(`recovery.${id}`);
  town.work(incident, `restore ${id}`, function* restoreSystem(): ProcessGenerator<void> {
    if (waitFirst) yield waitFirst;
    const failover = failoverSite(town, system, lostAtHours);
    const replacement = town.replacements.get(system.site);
    if (replacement && !failover) yield replacement;
    const copy = newestSurvivingCopy(town, system, lostAtHours);
    const encrypted = reason === 'encrypted';
    let workHours: number;
    if (copy) {
      incident.restoredFromCopy(id, lostAtHours - copy.at);
      incident.note(town.env.now, 'restoreFromBackup', { system: id, backupSite: copy.site, offline: copy.offline, dataLostHours: round(lostAtHours - copy.at) });
      workHours = town.prepared.quantity(system.spec.restoreHours).sample(stream);
    } else {
      incident.kinds.add(encrypted ? 'damage' : 'loss');
      for (const c of system.spec.dataClasses) incident.addPersons(c, system.spec.persons);
      incident.lostWithoutCopy(id);
      incident.note(town.env.now, 'noSurvivingBackup', { system: id });
      workHours = town.prepared.quantity(town.scenario.threats.ransomware.rebuildWithoutBackupHours).sample(stream);
    }
    if (townRun(system.site.spec.kind)) {
      const rebuild = town.prepared.quantity(town.crew.vendor(system.spec.vendor).spec.rebuildHours).sample(stream);
      yield town.env.process(town.crew.staffWork(incident, MODEL_ASSUMPTIONS.rebuildTriageHours.value, `triage ${id}`));
      yield town.env.process(town.crew.vendorWork(incident, system.spec.vendor, rebuild + workHours, `rebuild ${id}`));
    } else {
      // A shared site's operator brings its member towns back with crews they share; this town waits its turn.
      yield town.env.process(town.providerCrews(system.site).restore(incident, id, workHours));
    }
    // Unless the building was replaced meanwhile (the system is then back at home).
    if (failover && system.home.destroyed) {
      system.site = failover;
      incident.note(town.env.now, 'restoredAtBackupSite', { system: id, site: failover.spec.id });
    }
    // Copies taken while the system was down hold nothing usable from before the loss: the schedule
    // of every backup lost with it restarts from now.
    for (const [i, until] of system.backupsLostUntil) if (until >= lostAtHours) system.backupsLostUntil.set(i, town.env.now);
    incident.note(town.env.now, 'systemRestored', { system: id });
    town.remove(system.causes, cause);
  });
}
