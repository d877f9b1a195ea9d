import { describe, expect, it } from 'vitest';
import { Calendar } from '../../calendar/index.ts';
import type { ScenarioInput } from '../../schema/index.ts';
import { quietTown, quietTownInput, type EventInput } from '../../testing/index.ts';
import { simulate, type TraceEntry } from '../simulate.ts';

const calendar = new Calendar('2027-04-01');
// The replication of seed 7 draws the town's place in the operator's queue behind 3 member towns.
const SEED = 7;
const t0 = calendar.hoursAt('2027-06-15T10:00');

/**
 * The quiet town with its registry and welfare systems in an 8-town community cloud whose operator keeps
 * a nightly copy at a second site; `crews` tenants restored at once, 2 h per other town, 6 h per system.
 */
function communityTown(events: EventInput[], crews?: number) {
  const input = quietTownInput();
  const backup = { ...input.sites.find((s) => s.id === 'community-dc')!, id: 'community-backup', location: { latitude: 43.2, longitude: 141.35 } };
  const copies = [
    { site: 'community-dc', intervalHours: 24, offline: false },
    { site: 'community-backup', intervalHours: 24, offline: false },
  ];
  const placed = { site: 'community-dc', backups: copies };
  const changes: Partial<ScenarioInput> = {
    sites: [...input.sites, backup],
    links: [{ ...input.links![0]!, to: ['housing-dc', 'community-dc', 'community-backup', 'cloud'] }],
    providers: { ...input.providers, ...(crews === undefined ? {} : { sharedSiteRestoreCrews: crews }) },
    variants: { community: { systems: { registry: placed, welfare: placed } } },
    events,
  };
  return quietTown(changes);
}

const run = (events: EventInput[], crews?: number, seed = SEED) => simulate(communityTown(events, crews), { variant: 'community', seed, horizonYears: 1, trace: true });

/** The story of a run as [hours after t0, what, system or site]. */
const story = (trace: readonly TraceEntry[], kinds: readonly string[]) =>
  trace
    .filter((t) => kinds.includes(t.what))
    .map((t) => {
      const d = t.detail as { system?: string; site?: string };
      return [t.atHours - t0, t.what, d.system ?? d.site ?? ''];
    });

// Shaken far beyond its fragility (median 7.4): the data centre is destroyed; the town hall feels a 4.
const destroyed = {
  kind: 'earthquake',
  at: '2027-06-15T10:00',
  magnitude: 7,
  epicentre: { latitude: 43.1, longitude: 141.4 },
  intensityBySite: { townhall: 4, vault: 4, 'housing-dc': 4, 'community-dc': 7.5, 'community-backup': 4.5, cloud: 1 },
} as EventInput;

describe('community-cloud data centre destroyed', () => {
  it('the operator restores from the surviving backup site at once; the town waits behind the member towns drawn ahead of it', () => {
    const r = run([destroyed]);
    const queue = r.trace!.filter((t) => t.what === 'providerQueue').map((t) => t.detail as { system: string; townsAhead: number; waitedHours: number });
    // The town's place is drawn once for the incident: both systems wait behind the same 3 towns.
    expect(queue.map((q) => [q.system, q.townsAhead, q.waitedHours])).toEqual([
      ['registry', 3, 6],
      ['welfare', 3, 6],
    ]);
    // One crew, 2 h per town ahead, then both systems of the town together (6 h each), long before the
    // data centre's replacement (720 h); they run at the backup site until it is ready, then move home.
    expect(story(r.trace!, ['site-destroyed', 'restoreFromBackup', 'restoredAtBackupSite', 'systemRestored', 'siteReplaced'])).toEqual([
      [0, 'site-destroyed', 'community-dc'],
      [0, 'restoreFromBackup', 'registry'],
      [0, 'restoreFromBackup', 'welfare'],
      [12, 'restoredAtBackupSite', 'registry'],
      [12, 'systemRestored', 'registry'],
      [12, 'restoredAtBackupSite', 'welfare'],
      [12, 'systemRestored', 'welfare'],
      [720, 'siteReplaced', 'community-dc'],
    ]);
    const quake = r.outcomes.find((o) => o.cause === 'earthquake')!;
    // The nightly copy at the backup site is from 02:00: 8 hours of updates are lost.
    expect(quake.systems.map((s) => [s.system, s.downHours, s.dataLostHours])).toEqual([
      ['registry', 12, 8],
      ['welfare', 12, 8],
    ]);
  });

  it('two crews shared by the member towns shorten the wait', () => {
    // Three towns ahead, 2 h each: crews A and B take towns 1 and 2 at 0 h, A takes town 3 at 2 h and B
    // the town at 2 h; its systems are back at 2 + 6 h.
    const two = run([destroyed], 2);
    expect(two.outcomes.find((o) => o.cause === 'earthquake')!.systems.map((s) => [s.system, s.downHours])).toEqual([
      ['registry', 8],
      ['welfare', 8],
    ]);
  });

  it('once the data centre is rebuilt the systems run there again', () => {
    const facility = { kind: 'facilityOutage', at: '2027-07-20T10:00', site: 'community-dc', durationHours: 5 } as EventInput;
    const r = run([destroyed, facility]);
    const outage = r.outcomes.find((o) => o.cause === 'facilityOutage')!;
    expect(outage.systems.map((s) => [s.system, s.downHours])).toEqual([
      ['registry', 5],
      ['welfare', 5],
    ]);
  });
});
