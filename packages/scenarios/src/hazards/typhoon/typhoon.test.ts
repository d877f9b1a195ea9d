import { describe, expect, it } from 'vitest';
import { Calendar } from '../../calendar/index.ts';
import { formatIssues } from '../../load/format-issues.ts';
import { parseText } from '../../load/parse-text.ts';
import { validateData } from '../../load/validate.ts';
import { simulate } from '../../model/simulate.ts';
import { scenarioSchema } from '../../schema/index.ts';
import type { ScenarioInput } from '../../schema/index.ts';
import { quietTown, quietTownInput, type EventInput } from '../../testing/index.ts';

const calendar = new Calendar('2027-04-01');
const at = '2027-09-09T05:00';
const t0 = calendar.hoursAt(at);

/** Each incident's windows on `system` for the town, as [cause, from, to, reason] in hours after the typhoon. */
function windows(variant: string, events: EventInput[], system = 'registry', changes: Partial<ScenarioInput> = {}) {
  const r = simulate(quietTown({ ...changes, events }), { variant, seed: 1, horizonYears: 1, trace: true });
  const log = r.outcomes.flatMap((o) => o.systems.filter((s) => s.system === system).flatMap((s) => s.windows.map((w) => [o.cause, w.fromHours - t0, w.toHours - t0, w.reason])));
  return { log, r };
}

describe('typhoon', () => {
  it('a two-week outage outlasts the town hall\'s day of fuel: its systems stop from hour 24 until the power returns', () => {
    const typhoon = { kind: 'typhoon', at, powerRegion: 'hokkaido', outageHours: 336, routesCut: 0 } as EventInput;
    const { log, r } = windows('onprem', [typhoon]);
    expect(log).toEqual([['typhoon', 24, 336, 'power']]);
    const notes = r.trace!.filter((n) => n.detail && 'site' in n.detail && n.detail.site === 'townhall').map((n) => [n.atHours - t0, n.what, n.detail]);
    expect(notes).toEqual([
      [0, 'sitePowerCut', { site: 'townhall', hours: 336 }],
      [0, 'generatorFuelOut', { site: 'townhall', afterHours: 24 }],
    ]);
    // 312 h of a critical system down: the policy activates the BCP and reports to the council.
    const actions = r.outcomes.find((o) => o.cause === 'typhoon')!.actions.map((a) => a.action);
    expect(actions).toEqual(['reportToCouncil', 'activateBcp']);
  });

  it('an outage within the generator\'s fuel stops nothing', () => {
    const typhoon = { kind: 'typhoon', at, powerRegion: 'hokkaido', outageHours: 20, routesCut: 0 } as EventInput;
    expect(windows('onprem', [typhoon]).log).toEqual([]);
  });

  it('a line\'s second route, run another way, survives the storm that brings down the first', () => {
    const typhoon = { kind: 'typhoon', at, powerRegion: 'hokkaido', routesCut: 1, lineRepairHours: 100 } as EventInput;
    expect(windows('cloud', [typhoon]).log).toEqual([['typhoon', 0, 100, 'line-cut']]);
    expect(windows('cloud-two-lines', [typhoon]).log).toEqual([]);
  });

  it('a typhoon over the cloud\'s region leaves the town\'s lines up, and the data centre rides out two days on its generators', () => {
    const typhoon = { kind: 'typhoon', at, powerRegion: 'tokyo', outageHours: 48, routesCut: 1, lineRepairHours: 100 } as EventInput;
    expect(windows('cloud', [typhoon]).log).toEqual([]);
    // A week without power outlasts the data centre's 72 h of fuel.
    const week = { ...typhoon, outageHours: 168 } as EventInput;
    expect(windows('cloud', [week]).log).toEqual([['typhoon', 72, 168, 'power']]);
  });

  it('a building the wind wrecks loses what it held: the town hall\'s registry waits for the new room and comes back from the tape in a vault on another grid', () => {
    const input = quietTownInput();
    input.hazards.typhoon = {
      months: [8, 9, 10],
      regions: [],
      powerOutageProbability: 0,
      outageHours: { fixed: 1 },
      lineCutProbability: 0,
      lineRepairHours: { fixed: 1 },
      buildingDamageProbability: 1,
    };
    // The vault lies on another grid, out of the storm's way.
    input.sites.find((s) => s.id === 'vault')!.powerRegion = 'tohoku';
    const typhoon = { kind: 'typhoon', at, powerRegion: 'hokkaido' } as EventInput;
    const r = simulate(quietTown({ ...input, events: [typhoon] }), { variant: 'onprem', seed: 1, horizonYears: 1, trace: true });
    const registry = r.outcomes[0]!.systems.find((s) => s.system === 'registry')!;
    expect(registry.windows[0]!.reason).toBe('site-wind-damaged');
    expect(r.trace!.flatMap((n) => (n.what === 'restoreFromBackup' && n.detail.system === 'registry' ? [n.detail.backupSite] : []))).toEqual(['vault']);
    // Every site of the swept grid is wrecked; the vault and the cloud, on other grids, are not.
    expect(r.trace!.flatMap((n) => (n.what === 'site-wind-damaged' ? [n.detail.site] : []))).toEqual(['townhall', 'housing-dc', 'community-dc']);
  });

  it('random typhoons arrive in their months at approach rate × damaging share, the same storms in every variant', () => {
    const input = quietTownInput();
    input.hazards.typhoon = {
      months: [8, 9, 10],
      regions: [{ powerRegion: 'hokkaido', approachAnnualRate: 8, damagingShare: 0.25 }],
      powerOutageProbability: 0.5,
      outageHours: { bands: [{ min: 1, max: 24, share: 0.8 }, { min: 24, max: 400, share: 0.2 }] },
      lineCutProbability: 0.2,
      lineRepairHours: { fixed: 48 },
      buildingDamageProbability: 0,
    };
    const run = (variant: string) => simulate(quietTown(input), { variant, seed: 7, horizonYears: 100 });
    const storms = (r: ReturnType<typeof run>) => r.hazardEvents.filter((e) => e.kind === 'typhoon').map((e) => e.atHours);
    const onprem = storms(run('onprem'));
    // Poisson mean 2/yr × 100 yr = 200; ±3.3σ (σ = √200 ≈ 14.1) holds with probability 0.999.
    expect(Math.abs(onprem.length - 200)).toBeLessThan(3.3 * Math.sqrt(200));
    expect(storms(run('cloud-two-lines'))).toEqual(onprem);
    // Only in August to October.
    expect(new Set(onprem.map((h) => calendar.monthAt(h)))).toEqual(new Set([8, 9, 10]));
  });
});

describe('hazards.typhoon in a scenario file', () => {
  it('names the file, the line and the field of a region no site is in, a rate past its bound and a share above 1, in Japanese and English', () => {
    const input = quietTownInput();
    input.hazards.typhoon = {
      months: [8, 9, 10],
      regions: [{ powerRegion: 'kyushu', approachAnnualRate: 1000, damagingShare: 1.5 }],
      powerOutageProbability: 0.3,
      outageHours: { fixed: 24 },
      lineCutProbability: 0.1,
      lineRepairHours: { fixed: 48 },
      buildingDamageProbability: 0,
    };
    const parsed = parseText(JSON.stringify(input, null, 1), 'town.yaml');
    if (!parsed.ok) throw new Error('test text must parse');
    const result = validateData(scenarioSchema, parsed, 'town.yaml');
    expect(result.ok ? 'ok' : `${formatIssues(result.issues, 'ja')}\n${formatIssues(result.issues, 'en')}`).toMatchInlineSnapshot(`
      "town.yaml:442:21  hazards.typhoon.regions[0].powerRegion  電力区域 "kyushu" は定義されていません（定義済み: "hokkaido"、"tokyo"）
      town.yaml:443:28  hazards.typhoon.regions[0].approachAnnualRate  365 以下の値を指定してください（1000 が指定されました）。1 日 1 件を超えると、検討すべき事故ではなく日常業務です（1 件ずつシミュレーションします）
      town.yaml:444:23  hazards.typhoon.regions[0].damagingShare  1 以下の値を指定してください（1.5 が指定されました）
      town.yaml:442:21  hazards.typhoon.regions[0].powerRegion  Unknown power region "kyushu" (defined: "hokkaido", "tokyo")
      town.yaml:443:28  hazards.typhoon.regions[0].approachAnnualRate  Must be at most 365 (got 1000): more than one a day is routine work, not an incident to weigh, and each is simulated one by one
      town.yaml:444:23  hazards.typhoon.regions[0].damagingShare  Must be at most 1 (got 1.5)"
    `);
  });
});
