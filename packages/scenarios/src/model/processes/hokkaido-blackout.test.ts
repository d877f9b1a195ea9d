import { describe, expect, it } from 'vitest';
import { Calendar } from '../../calendar/index.ts';
import { quietTown, type EventInput } from '../../testing/index.ts';
import { simulate } from '../simulate.ts';

const calendar = new Calendar('2027-04-01');
const t0 = calendar.hoursAt('2027-09-06T03:25');

// 2018-09-06: all of Hokkaido lost power at 03:25 (資源エネルギー庁, 「日本初の"ブラックアウト"、その時一体何が起きたのか」,
// https://www.enecho.meti.go.jp/about/special/johoteikyo/blackout.html); about 99% of the 2.95 million
// households were back within about two days (総務省消防庁 e-college, 「4. ブラックアウト」,
// https://www.fdma.go.jp/relocation/e-college/cat63/cat39/cat28/4-3.html): a 45-hour outage here.
const blackout = { kind: 'powerOutage', at: '2027-09-06T03:25', powerRegion: 'hokkaido', durationHours: 45 } as const satisfies EventInput;

/** The run's story as [hours after the blackout, what, where], and the registry's windows for the town and online. */
function story(variant: string, bcp: object = {}) {
  const r = simulate(quietTown({ events: [blackout], bcp }), { variant, seed: 1, horizonYears: 1, trace: true });
  const log = r.trace!.map((t) => [t.atHours - t0, t.what, (t.detail as { site?: string; powerRegion?: string }).site ?? (t.detail as { powerRegion?: string }).powerRegion]);
  const registry = r.outcomes.flatMap((o) => o.systems.filter((s) => s.system === 'registry'));
  const windows = registry.flatMap((s) => s.windows.map((w) => [w.fromHours - t0, w.toHours - t0, w.reason]));
  return { log, windows, outcome: r.outcomes[0] };
}

describe('a 2018-type Hokkaido blackout of 45 hours', () => {
  it('on-premises: the 24-hour generator runs dry and the town hall and its systems are dark for the last 21 hours', () => {
    const { log, windows, outcome } = story('onprem');
    // Every Hokkaido site has a day of fuel; the Tokyo cloud is on another grid.
    expect(log).toEqual([
      [0, 'gridOutage', 'hokkaido'],
      [0, 'generatorFuelOut', 'townhall'],
      [0, 'generatorFuelOut', 'vault'],
      [0, 'generatorFuelOut', 'housing-dc'],
      [0, 'generatorFuelOut', 'community-dc'],
    ]);
    expect(windows).toEqual([[24, 45, 'power']]);
    expect(outcome!.systems.map((s) => s.system)).toEqual(['registry', 'welfare', 'website', 'mail']);
  });

  it('in the cloud the registry keeps running online, but the dark town hall cannot use it for the same 21 hours', () => {
    const { windows, outcome } = story('cloud');
    expect(windows).toEqual([[24, 45, 'power']]);
    const registry = outcome!.systems.find((s) => s.system === 'registry')!;
    expect(registry.downHours).toBe(21);
    // Online the certificates service stays up: only the counter loses it.
    const certificates = outcome!.services.find((s) => s.service === 'certificates')!;
    expect(certificates.downHours).toBe(21);
  });

  it('a priority fuel agreement that delivers before the tank is empty keeps everything running', () => {
    const { windows, outcome } = story('onprem', { fuelResupplyAfterHours: 12 });
    expect(windows).toEqual([]);
    expect(outcome).toBeUndefined();
  });
});
