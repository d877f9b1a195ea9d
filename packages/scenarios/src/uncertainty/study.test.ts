import { describe, expect, it } from 'vitest';
import { quietTownInput } from '../testing/index.ts';
import { scenarioSchema, type ScenarioInput } from '../schema/index.ts';
import {
  applyInputSet,
  inputSetTask,
  inProcessInputSets,
  mergeInputSetRuns,
  runInputSets,
  sensitivityStudy,
  studyInputs,
  studyPlan,
  uncertaintyDesign,
  uncertaintyResult,
  uncertaintyStudy,
} from './index.ts';
import { uncertaintyStudy as uncertaintyStudyOnWorkers } from '../node/index.ts';

type Editable = ScenarioInput & Record<string, any>;
const range = (low: number, high: number) => ({ low, high, meaning: 'min-max', shape: 'uniform', source: 'assumption: a test range' }) as const;

/**
 * The quiet town with three ranged numbers: the registry's server failure rate, which drives on-prem
 * downtime linearly, and two numbers of processes that never happen (a leak's size, a volcanic
 * evacuation's length), which can change nothing.
 */
function rangedTown(): Editable {
  const town = quietTownInput() as Editable;
  town.systems[0].hardwareFailureAnnualRate = { value: 2, source: 'assumption: a test', range: range(0.5, 4) };
  town.threats.leaks[0].persons = { fixed: 10, range: range(0.5, 2) };
  town.hazards.volcano!.evacuationDays = { fixed: 30, range: range(0.5, 2) };
  town.variants = { onprem: {}, cloud: town.variants!.cloud! };
  return town;
}

describe('studyInputs and applyInputSet', () => {
  it('find the ranged numbers and change exactly those, in a copy', () => {
    const input = rangedTown();
    const study = studyInputs(input);
    expect(study.inputs.map((i) => [i.path, i.kind, i.value])).toEqual([
      ['systems[0].hardwareFailureAnnualRate', 'number', 2],
      ['hazards.volcano.evacuationDays', 'scale', 1],
      ['threats.leaks[0].persons', 'scale', 1],
    ]);
    expect(study.numbers).toEqual({ total: 1, ranged: 3, fixed: 0, fixedAssumptions: 0 });
    const scenario = scenarioSchema.parse(input);
    const before = JSON.stringify(scenario);
    const changed = applyInputSet(scenario, study, [3.5, 2, 0.5]);
    expect(JSON.stringify(scenario)).toBe(before);
    expect(changed.systems[0]!.hardwareFailureAnnualRate).toBe(3.5);
    expect(changed.hazards.volcano!.evacuationDays).toEqual({ fixed: 60 });
    expect(changed.threats.leaks[0]!.persons).toEqual({ fixed: 5 });
    // nothing else moved
    const back = structuredClone(changed) as any;
    back.systems[0].hardwareFailureAnnualRate = 2;
    back.hazards.volcano.evacuationDays = { fixed: 30 };
    back.threats.leaks[0].persons = { fixed: 10 };
    expect(JSON.stringify(back)).toBe(before);
  });

  it('refuse a factor naming a number without a range, naming the field', () => {
    const input = rangedTown();
    input.uncertainty = { factors: [{ id: 'both', name: 'both', rankCorrelation: 0.5, members: ['systems[0].hardwareFailureAnnualRate', 'systems[1].hardwareFailureAnnualRate'], source: 'assumption: x' }] };
    expect(() => studyInputs(input)).toThrow('uncertainty.factors[0].members[1]: "systems[1].hardwareFailureAnnualRate" is not a number with a range');
  });
});

describe('the two-level studies', () => {
  const options = { seed: 3, horizonYears: 2, resamples: 200 } as const;

  it('give the same bytes in-process, on two worker threads, and from input sets run in parts and merged', async () => {
    const input = rangedTown();
    const study = { ...options, inputSets: 8, replications: 2 };
    const inProcess = await uncertaintyStudy(input, study);
    const onWorkers = await uncertaintyStudyOnWorkers(input, { ...study, workers: 2 });
    expect(JSON.stringify(onWorkers)).toBe(JSON.stringify(inProcess));
    expect(JSON.parse(JSON.stringify(inProcess))).toEqual(inProcess);

    const plan = studyPlan(input, study);
    const tasks = uncertaintyDesign(plan, 8).values.map((v) => inputSetTask(plan, v, 2));
    const executor = inProcessInputSets(plan.scenario);
    const parts = [await runInputSets(tasks, executor, { first: 5, count: 4 }), await runInputSets(tasks, executor, { first: 0, count: 5 })];
    expect(JSON.stringify(uncertaintyResult(plan, study, mergeInputSetRuns(parts, tasks.length)))).toBe(JSON.stringify(inProcess));
    expect(() => mergeInputSetRuns(parts.slice(0, 1), tasks.length)).toThrow('input set 0 is in no part');
  });

  it('find the one input that drives downtime, and none of the others', async () => {
    const result = await sensitivityStudy(rangedTown(), {
      ...options,
      trajectories: 4,
      baseCount: 16,
      leading: 3,
      switching: 1,
      replications: 3,
      decisionMetrics: ['downtimeHours'],
    });
    const downtime = result.indices.results.find((r) => r.quantity.metric === 'downtimeHours')!.indices;
    const byName = Object.fromEntries(downtime.indices.map((i) => [i.name, i]));
    const rate = byName['systems[0].hardwareFailureAnnualRate']!;
    // Linear in one input: S1 = ST = 1 for it, 0 for inputs that change nothing.
    expect(rate.first!.low).toBeLessThan(1);
    expect(rate.first!.high).toBeGreaterThan(0.8);
    expect(rate.total!.estimate).toBeGreaterThan(0.8);
    for (const other of ['hazards.volcano.evacuationDays', 'threats.leaks[0].persons']) {
      expect(byName[other]!.first!.estimate).toBe(0);
      expect(byName[other]!.total!.estimate).toBe(0);
    }
    expect(result.leading[0]!.name).toBe('systems[0].hardwareFailureAnnualRate');
    const bars = result.tornado.results.find((r) => r.quantity.metric === 'downtimeHours')!.tornado.bars;
    expect(bars[0]!.name).toBe('systems[0].hardwareFailureAnnualRate');
    expect(bars.slice(1).map((b) => b.swing)).toEqual([0, 0]);
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });
});
