import { Environment, RandomStreams, type ProcessGenerator } from '@machi/sim-core';
import { describe, expect, it } from 'vitest';
import { defineHazard, type HazardModule } from '../hazards/hazard-module.ts';
import { resolveVariant } from '../schema/index.ts';
import { quietTown } from '../testing/index.ts';
import type { Incident } from './incident.ts';
import { Prepared } from './prepare.ts';
import { simulate } from './simulate.ts';
import { Town } from './town.ts';
import { HOURS_PER_YEAR } from './year-metrics.ts';

const scenario = quietTown();

/** A town of the quiet scenario with `hazards`, and the incidents it closes (in order). */
function townOf(hazards: readonly HazardModule[]) {
  const resolved = resolveVariant(scenario, 'onprem');
  const closed: Incident[] = [];
  const env = new Environment();
  const town = new Town({
    env,
    scenario: resolved,
    prepared: new Prepared(resolved, HOURS_PER_YEAR),
    streams: new RandomStreams(1, 0),
    horizonHours: HOURS_PER_YEAR,
    hazards,
    onClose: (incident) => closed.push(incident),
  });
  return { town, env, closed };
}

/** A module of one cause, `fire` called at hour 10 of the run. */
const at10 = (fire: (town: Town) => void) =>
  defineHazard({ id: 'test', causes: ['lineCut'], reasons: ['line-cut'], scripted: [], start: (town) => town.env.schedule(10, () => fire(town)) });

describe('Town', () => {
  it('closes an incident that started no work as soon as its body returns', () => {
    const module = at10((t) => t.incident('lineCut', (i) => i.addCost('repair', 1)));
    const { town, env, closed } = townOf([module]);
    module.start(town);
    env.run({ until: 20 });
    expect(closed.map((i) => [i.startHours, i.closed])).toEqual([[10, true]]);
  });

  it('keeps an incident open until the last piece of its work returns, then closes it at that time', () => {
    const log: [number, string][] = [];
    const module = at10((t) =>
      t.incident('lineCut', (incident) => {
        t.work(incident, 'short', function* (): ProcessGenerator<void> {
          yield t.env.timeout(5);
          log.push([t.env.now, 'short done']);
        });
        t.work(incident, 'long', function* (): ProcessGenerator<void> {
          yield t.env.timeout(30);
          log.push([t.env.now, 'long done']);
        });
      }),
    );
    const { town, env, closed } = townOf([module]);
    module.start(town);
    env.run({ until: 100 });
    expect(log).toEqual([
      [15, 'short done'],
      [40, 'long done'],
    ]);
    expect(closed).toHaveLength(1);
    expect(closed[0]!.pending).toBe(0);
  });

  it('refuses work for an incident already closed: nothing can hold it open again unseen', () => {
    let kept: Incident | undefined;
    const module = at10((t) => {
      kept = t.incident('lineCut', () => {});
      t.work(kept, 'late', function* (): ProcessGenerator<void> {});
    });
    const { town, env } = townOf([module]);
    module.start(town);
    expect(() => env.run({ until: 20 })).toThrow('Incident(lineCut-1 lineCut at 10.0h) is closed: no more work can be added (late)');
  });

  it('refuses an incident of a cause no module of the run declares', () => {
    const module = at10((t) => t.incident('earthquake', () => {}));
    const { town, env } = townOf([module]);
    module.start(town);
    expect(() => env.run({ until: 20 })).toThrow('no hazard module of this run declares the incident cause "earthquake"');
  });

  const lineCutFor = (atHours: number, hours: number) =>
    defineHazard({
      id: 'long-cut',
      causes: ['lineCut'],
      reasons: ['line-cut'],
      scripted: [],
      start: (town) =>
        town.env.schedule(atHours, () =>
          town.incident('lineCut', (incident) => {
            const cause = town.add(town.system('registry').causes, incident, 'line-cut');
            town.work(incident, 'wait', function* (): ProcessGenerator<void> {
              yield town.env.timeout(hours);
              town.remove(town.system('registry').causes, cause);
            });
          }),
        ),
    });

  it('follows an incident begun in the horizon past its end, to its own end', () => {
    const r = simulate(scenario, { variant: 'onprem', seed: 1, horizonYears: 1, hazards: [lineCutFor(8000, 2000)] });
    expect(r.outcomes.map((o) => [o.cause, o.ongoing, o.startHours, o.endHours])).toEqual([['lineCut', false, 8000, 10_000]]);
    expect(r.outcomes[0]!.systems[0]!.windows).toEqual([{ fromHours: 8000, toHours: 10_000, reason: 'line-cut' }]);
  });

  it('closes an incident still open one more horizon after the horizon as ongoing, its windows cut there', () => {
    const r = simulate(scenario, { variant: 'onprem', seed: 1, horizonYears: 1, hazards: [lineCutFor(100, 2 * HOURS_PER_YEAR)] });
    expect(r.outcomes.map((o) => [o.cause, o.ongoing, o.startHours, o.endHours])).toEqual([['lineCut', true, 100, 2 * HOURS_PER_YEAR]]);
    expect(r.outcomes[0]!.systems[0]!.windows).toEqual([{ fromHours: 100, toHours: 2 * HOURS_PER_YEAR, reason: 'line-cut' }]);
  });

  it('names the id and what was looked up when a lookup fails', () => {
    const { town } = townOf([]);
    expect(() => town.system('registy')).toThrow(new RangeError('unknown system "registy"'));
    expect(() => town.site('town-hall')).toThrow(new RangeError('unknown site "town-hall"'));
    expect(() => town.link('line-x')).toThrow(new RangeError('unknown link "line-x"'));
    expect(() => town.crew.vendor('vendor-b')).toThrow(new RangeError('unknown vendor "vendor-b"'));
    expect(town.system('registry').spec.id).toBe('registry');
  });
});
