import { describe, expect, it } from 'vitest';
import { Calendar } from '../calendar/index.ts';
import type { ScenarioInput } from '../schema/index.ts';
import { quietTown, quietTownInput, type EventInput } from '../testing/index.ts';
import { simulate } from './simulate.ts';

const calendar = new Calendar('2027-04-01');
const t0 = calendar.hoursAt('2027-06-12T03:00');

/**
 * The quiet town with its registry in the cloud (multi-AZ) and an alternate office on high ground
 * inland, opened 48 h after the town hall becomes unusable; `lines` are the alternate office's own.
 */
function townWithAlternateOffice(events: EventInput[], lines: { to: string[] }[] | undefined) {
  const input = quietTownInput();
  const townhall = input.sites.find((s) => s.id === 'townhall')!;
  const office = { ...townhall, id: 'alt-office', coastal: false, groundElevationM: 40, volcanoZone: 'none' as const, location: { latitude: 42.12, longitude: 140.55 } };
  const line = input.links![0]!;
  const changes: Partial<ScenarioInput> = {
    sites: [...input.sites, office],
    links: [line, ...(lines ?? []).map((l, i) => ({ ...line, id: `alt-line-${i + 1}`, from: 'alt-office', to: l.to }))],
    bcp: { alternateOfficeSetupHours: 48, ...(lines === undefined ? {} : { alternateOfficeSite: 'alt-office' }) },
    events,
  };
  return quietTown(changes);
}

/** Each incident's windows on the registry, as [cause, from, to, reason] in hours after t0. */
function registryLog(events: EventInput[], lines?: { to: string[] }[]) {
  const r = simulate(townWithAlternateOffice(events, lines), { variant: 'cloud', seed: 1, horizonYears: 1 });
  return r.outcomes.flatMap((o) =>
    o.systems.filter((s) => s.system === 'registry').flatMap((s) => s.windows.map((w) => [o.cause, w.fromHours - t0, w.toHours - t0, w.reason])),
  );
}

// A 10 m tsunami floods the coastal town hall (its server room is 8 m above the sea); the shaking is
// below 5弱 everywhere, so only the flood and the scripted cuts act.
const calm = { townhall: 4.6, vault: 4.6, 'housing-dc': 4, 'community-dc': 4, cloud: 1, 'alt-office': 4.6 };
const tsunami = { kind: 'earthquake', at: '2027-06-12T03:00', magnitude: 8, epicentre: { latitude: 41.5, longitude: 141.5 }, intensityBySite: calm, tsunamiHeightM: 10 } as const;
const hallLineCut = { kind: 'lineCut', at: '2027-06-12T03:00', link: 'line-dc', repairHours: 300 } as const;

describe('the alternate office and its lines', () => {
  it('without lines of its own the alternate office waits for the town hall\'s cut line to be repaired', () => {
    expect(registryLog([tsunami, hallLineCut])).toEqual([
      ['earthquake', 0, 48, 'site-flooded'],
      ['lineCut', 0, 300, 'line-cut'],
    ]);
  });

  it('with a line of its own the alternate office reaches the cloud as soon as it opens', () => {
    expect(registryLog([tsunami, hallLineCut], [{ to: ['cloud'] }])).toEqual([
      ['earthquake', 0, 48, 'site-flooded'],
      ['lineCut', 0, 48, 'line-cut'],
    ]);
  });

  it('the alternate office\'s own line can be cut too', () => {
    const ownLineCut = { kind: 'lineCut', at: '2027-06-12T03:00', link: 'alt-line-1', repairHours: 100 } as const;
    expect(registryLog([tsunami, hallLineCut, ownLineCut], [{ to: ['cloud'] }])).toEqual([
      ['earthquake', 0, 48, 'site-flooded'],
      ['lineCut', 0, 48, 'line-cut'],
      ['lineCut', 48, 100, 'line-cut'],
    ]);
  });

  it('an alternate office with no line to the cloud cannot reach it: the registry waits for the town hall (720 h)', () => {
    // From 48 h staff work at the alternate office, whose own line goes elsewhere: the town hall's cut
    // line no longer matters, the flooded town hall (until its replacement) does.
    expect(registryLog([tsunami, hallLineCut], [{ to: ['housing-dc'] }])).toEqual([
      ['earthquake', 0, 720, 'site-flooded'],
      ['lineCut', 0, 48, 'line-cut'],
    ]);
  });

  it('a line cut while the town hall is usable opens no alternate office', () => {
    const cut = { kind: 'lineCut', at: '2027-04-05T10:00', link: 'line-dc', repairHours: 300 } as const;
    expect(registryLog([cut], [{ to: ['cloud'] }])).toEqual([['lineCut', calendar.hoursAt('2027-04-05T10:00') - t0, calendar.hoursAt('2027-04-05T10:00') - t0 + 300, 'line-cut']]);
  });
});
