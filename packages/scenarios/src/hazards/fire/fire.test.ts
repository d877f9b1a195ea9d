import { describe, expect, it } from 'vitest';
import { Calendar } from '../../calendar/index.ts';
import { MODEL_ASSUMPTIONS } from '../../model/model-assumptions.ts';
import { newestCopyAt } from '../../model/processes/recovery.ts';
import { formatIssues } from '../../load/format-issues.ts';
import { parseText } from '../../load/parse-text.ts';
import { validateData } from '../../load/validate.ts';
import { simulate } from '../../model/simulate.ts';
import { scenarioSchema } from '../../schema/index.ts';
import type { ScenarioInput } from '../../schema/index.ts';
import { quietTown, quietTownInput, type EventInput } from '../../testing/index.ts';

const calendar = new Calendar('2027-04-01');
const at = '2027-05-06T23:00';
const t0 = calendar.hoursAt(at);

const run = (variant: string, events: EventInput[], changes: Partial<ScenarioInput> = {}, seed = 1) =>
  simulate(quietTown({ ...changes, events }), { variant, seed, horizonYears: 1, trace: true });

/** Each incident's windows on `system` for the town, as [cause, from, to, reason] in hours after the fire. */
const windowsOf = (r: ReturnType<typeof run>, system = 'registry') =>
  r.outcomes.flatMap((o) => o.systems.filter((s) => s.system === system).flatMap((s) => s.windows.map((w) => [o.cause, w.fromHours - t0, w.toHours - t0, w.reason])));

/** The quiet town with an alternate office inland, with a line of its own to every remote site, opened `setupHours` after the hall is lost. */
function withAlternateOffice(setupHours: number): Partial<ScenarioInput> {
  const input = quietTownInput();
  const townhall = input.sites.find((s) => s.id === 'townhall')!;
  const office = { ...townhall, id: 'alt-office', coastal: false, groundElevationM: 40, volcanoZone: 'none' as const, location: { latitude: 42.12, longitude: 140.55 } };
  const line = input.links![0]!;
  return { sites: [...input.sites, office], links: [line, { ...line, id: 'alt-line', from: 'alt-office' }], bcp: { alternateOfficeSetupHours: setupHours, alternateOfficeSite: 'alt-office' } };
}

describe('fire', () => {
  it('a fire that burns out the server room takes the nightly copy beside the servers; the vault\'s weekly tape restores the registry', () => {
    const fire = { kind: 'fire', at, site: 'townhall', roomLost: true, damageHours: 0 } as EventInput;
    const r = run('onprem', [fire]);
    const notes = r.trace!.map((n) => [n.what, n.detail]);
    const restore = r.trace!.flatMap((n) => (n.what === 'restoreFromBackup' && n.detail.system === 'registry' ? [n.detail] : []))[0]!;
    expect([restore.backupSite, restore.offline]).toEqual(['vault', true]);
    // The weekly tape loses what was entered since it was taken, not since last night's copy.
    expect(restore.dataLostHours).toBe(t0 - newestCopyAt({ intervalHours: 168, offsetHours: MODEL_ASSUMPTIONS.backupOffsetHours.value }, t0));
    // The welfare system was copied only beside the servers: its data is gone.
    expect(notes).toContainEqual(['noSurvivingBackup', { system: 'welfare' }]);
    const outcome = r.outcomes.find((o) => o.cause === 'fire')!;
    expect(outcome.kinds).toContain('loss');
    expect(outcome.costBreakdownYen.equipment).toBe(4 * 5_000_000);
    // The hall stays unusable until the room is replaced (720 h); then staff triage and the vendor rebuilds.
    expect(windowsOf(r)[0]!.slice(0, 2)).toEqual(['fire', 0]);
    expect(windowsOf(r)[0]![3]).toBe('site-burnt');
  });

  it('smoke and sprinkler water stop the equipment for the damage hours only, the backups kept', () => {
    const fire = { kind: 'fire', at, site: 'housing-dc', roomLost: false, damageHours: 96 } as EventInput;
    const r = run('housing', [fire]);
    expect(windowsOf(r)).toEqual([['fire', 0, 96, 'fire-damage']]);
    expect(r.trace!.some((n) => n.what === 'restoreFromBackup' || n.what === 'site-burnt')).toBe(false);
  });

  it('a hall fire leaves staff without an office until the alternate office opens; without one, until the hall can be used', () => {
    const fire = { kind: 'fire', at, site: 'townhall', roomLost: false, damageHours: 96, officeUnusableHours: 168 } as EventInput;
    // The registry runs in the cloud: only the office is lost.
    expect(windowsOf(run('cloud', [fire], withAlternateOffice(48)))).toEqual([['fire', 0, 48, 'fire-damage']]);
    expect(windowsOf(run('cloud', [fire]))).toEqual([['fire', 0, 168, 'fire-damage']]);
  });

  it('a fire that burns out a community-cloud data centre stops every member town: this town waits its turn', () => {
    const input = quietTownInput();
    const community = { registry: { site: 'community-dc', backups: [{ site: 'vault', intervalHours: 168, offline: true }] } };
    input.variants = { community: { systems: community } };
    const fire = { kind: 'fire', at, site: 'community-dc', roomLost: true, damageHours: 0 } as EventInput;
    const downs = [1, 2, 3, 4, 5, 6].map((seed) => {
      const r = simulate(quietTown({ ...input, events: [fire] }), { variant: 'community', seed, horizonYears: 1, trace: true });
      // The operator notes the queue when the town waited (no note when it came first).
      const queue = r.trace!.find((n) => n.what === 'providerQueue')?.detail as { townsAhead: number } | undefined;
      return [r.outcomes[0]!.systems.find((s) => s.system === 'registry')!.downHours, queue?.townsAhead ?? 0];
    });
    // Rebuild 720 h + restore 6 h, plus 2 h for each of the 0..7 member towns restored first.
    for (const [down, ahead] of downs) expect(down).toBe(726 + 2 * ahead!);
    expect(new Set(downs.map(([, ahead]) => ahead)).size).toBeGreaterThan(1);
  });

  it('random fires arrive at each site\'s rate, each on its own stream', () => {
    const input = quietTownInput();
    input.hazards.fire = {
      sites: [
        { site: 'townhall', annualRate: 1, roomLostProbability: 0, damageHours: { fixed: 1 } },
        { site: 'housing-dc', annualRate: 1, roomLostProbability: 0, damageHours: { fixed: 1 } },
      ],
    };
    const r = simulate(quietTown(input), { variant: 'onprem', seed: 3, horizonYears: 100 });
    const fires = (site: string) => r.hazardEvents.filter((e) => e.kind === 'fire' && e.detail?.site === site).length;
    // Poisson mean 100 per site; ±3.3σ (σ = 10) holds with probability 0.999.
    for (const site of ['townhall', 'housing-dc']) expect(Math.abs(fires(site) - 100)).toBeLessThan(33);
    // Adding the data centre's fires leaves the town hall's where they were.
    input.hazards.fire.sites.pop();
    const alone = simulate(quietTown(input), { variant: 'onprem', seed: 3, horizonYears: 100 });
    const at = (x: typeof r, site: string) => x.hazardEvents.filter((e) => e.kind === 'fire' && e.detail?.site === site).map((e) => e.atHours);
    expect(at(alone, 'townhall')).toEqual(at(r, 'townhall'));
  });
});

describe('hazards.fire in a scenario file', () => {
  it('names the file, the line and the field of an unknown site, in the section and in a scripted fire, in Japanese and English', () => {
    const input = quietTownInput();
    input.hazards.fire = { sites: [{ site: 'server-room', annualRate: 0.001, roomLostProbability: 2, damageHours: { fixed: 96 } }] };
    input.events = [{ kind: 'fire', at: '2027-05-06T23:00', site: 'city-hall', roomLost: true, damageHours: 0 }];
    const parsed = parseText(JSON.stringify(input, null, 1), 'town.yaml');
    if (!parsed.ok) throw new Error('test text must parse');
    const result = validateData(scenarioSchema, parsed, 'town.yaml');
    expect(result.ok ? 'ok' : `${formatIssues(result.issues, 'ja')}\n${formatIssues(result.issues, 'en')}`).toMatchInlineSnapshot(`
      "town.yaml:437:14  hazards.fire.sites[0].site  サイト "server-room" は定義されていません（定義済み: "townhall"、"vault"、"housing-dc"、"community-dc"、"cloud"）
      town.yaml:439:29  hazards.fire.sites[0].roomLostProbability  1 以下の値を指定してください（2 が指定されました）
      town.yaml:599:12  events[0].site  サイト "city-hall" は定義されていません（定義済み: "townhall"、"vault"、"housing-dc"、"community-dc"、"cloud"）
      town.yaml:437:14  hazards.fire.sites[0].site  Unknown site "server-room" (defined: "townhall", "vault", "housing-dc", "community-dc", "cloud")
      town.yaml:439:29  hazards.fire.sites[0].roomLostProbability  Must be at most 1 (got 2)
      town.yaml:599:12  events[0].site  Unknown site "city-hall" (defined: "townhall", "vault", "housing-dc", "community-dc", "cloud")"
    `);
  });
});
