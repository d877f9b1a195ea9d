import { describe, expect, it } from 'vitest';
import { Calendar } from '../../calendar/index.ts';
import { simulate } from '../../model/simulate.ts';
import { scenarioSchema } from '../../schema/index.ts';
import { quietTown, quietTownInput, type EventInput } from '../../testing/index.ts';

type Input = ReturnType<typeof quietTownInput>;
type PackageInput = NonNullable<Input['hazards']['applicationFailures']>['packages'][number];

/** The quiet town's core package (registry and welfare), with the fault groups given. */
function withPackage(groups: Partial<Pick<PackageInput, 'releases' | 'batchFailures' | 'wrongIssuance'>> = {}): Input {
  const input = quietTownInput();
  input.hazards.applicationFailures = { packages: [{ id: 'core', systems: ['registry', 'welfare'], ...groups }] };
  return input;
}
const releasing = (changes: object = {}) => ({
  releases: { months: [], windowHours: { fixed: 4 }, defectProbability: 0, outageProbability: 0, outageHours: { fixed: 10 }, wrongNoticePersonsShare: 0.01, ...changes },
});
const batchFailures = (annualRate: number) => ({ batchFailures: { annualRate, delayHours: { fixed: 2 } } });
const wrongIssuance = (annualRate: number) => ({
  wrongIssuance: { annualRate, townProbability: 1, documents: { fixed: 3 }, personsPerDocument: 1.8, myNumberProbability: 0 },
});

const run = (input: Input, events: EventInput[] = [], variant = 'onprem', horizonYears = 1, seed = 1) =>
  simulate(quietTown({ ...input, events }), { variant, seed, horizonYears });
const actions = (o: { actions: { action: string }[] }) => o.actions.map((a) => a.action);

describe('application failures', () => {
  it('a release defect hits every hosting alike: the same releases, the same system stopped for the same hours on-premises and in the cloud', () => {
    const input = withPackage(releasing({ months: [4, 6], defectProbability: 1, outageProbability: 1 }));
    const releases = (variant: string) =>
      run(input, [], variant).outcomes.filter((o) => o.cause === 'applicationRelease').map((o) => [o.startHours, o.systems.map((s) => [s.system, s.windows])]);
    const onprem = releases('onprem');
    // The first Saturday nights of April and June 2027: 04-03 and 06-05, each at 22:00.
    expect(onprem.map(([start]) => start)).toEqual([70, 1582]);
    expect(releases('cloud')).toEqual(onprem);
    expect(releases('housing')).toEqual(onprem);
    // The announced window (4 h) is planned; the defect's 10 h after it is the outage.
    expect(onprem[0]![1]).toEqual([[expect.any(String), [{ fromHours: 74, toHours: 84, reason: 'application' }]]]);
  });

  it('a defect that prints wrong notices costs a corrected letter to each, with no report: the notices reached their own addressees', () => {
    const r = run(withPackage(releasing()), [{ kind: 'applicationRelease', at: '2027-06-05T22:00', package: 'core', system: 'registry', defect: 'wrongNotices' } as EventInput]);
    const [o] = r.outcomes;
    // 1% of the registry's 10,000 persons, at 130 yen a letter.
    expect(o).toMatchObject({ cause: 'applicationRelease', kinds: [], actions: [], costBreakdownYen: { correctionLetters: 100 * 130 } });
    expect(r.years[0]).toMatchObject({ downtimeHours: 0, plannedDowntimeHours: 8 });
  });

  it('a failed night batch delays the counters: the system is unusable from the 08:30 opening until the rerun ends', () => {
    // Wednesday 2027-04-07, the batch at 02:00 (hour 146); the counters open at 08:30 (hour 152.5).
    const r = run(withPackage(batchFailures(0)), [{ kind: 'batchFailure', at: '2027-04-07T02:00', package: 'core', system: 'registry', delayHours: 2 } as EventInput]);
    const [o] = r.outcomes;
    expect(o).toMatchObject({ cause: 'batchFailure', kinds: ['outage'], criticalDowntimeHours: 2 });
    expect(o!.systems).toEqual([{ system: 'registry', downHours: 2, windows: [{ fromHours: 152.5, toHours: 154.5, reason: 'application' }] }]);
    expect(o!.residentsWithoutService).toBeGreaterThan(0);
  });

  it('a random batch failure shows in a business morning\'s run, never on a closed day', () => {
    const r = run(withPackage(batchFailures(50)), [], 'onprem', 2);
    const starts = r.outcomes.filter((o) => o.cause === 'batchFailure').map((o) => o.systems[0]!.windows[0]!.fromHours);
    expect(starts.length).toBeGreaterThan(60);
    // Every window opens at 08:30 (hour 8.5 of its day) of a day the hall is open.
    expect(new Set(starts.map((h) => h % 24))).toEqual(new Set([8.5]));
    const calendar = new Calendar('2027-04-01');
    expect(starts.filter((h) => calendar.isMunicipalClosedDay(h))).toEqual([]);
  });

  it('a wrong issuance hands one household\'s record to someone else: a leak of those persons, reported to the PPC when a My Number is on it', () => {
    const r = run(withPackage(wrongIssuance(0)), [{ kind: 'softwareWrongIssuance', at: '2027-05-10T10:00', package: 'core', documents: 1, myNumber: true } as EventInput]);
    const [o] = r.outcomes;
    // One certificate naming 1.8 persons on average: 2 persons, both on the My Number certificate.
    expect(o).toMatchObject({ cause: 'softwareWrongIssuance', kinds: ['leak'], personsAffected: 2, dataClasses: ['general', 'myNumber'] });
    expect(actions(o!)).toEqual(expect.arrayContaining(['notifyIndividuals', 'reportToCommission']));
    expect(o!.costBreakdownYen.notificationLetters).toBe(2 * 130);
  });

  it('a wrong issuance without a My Number stays below the legal report', () => {
    const [o] = run(withPackage(wrongIssuance(0)), [{ kind: 'softwareWrongIssuance', at: '2027-05-10T10:00', package: 'core', documents: 3, myNumber: false } as EventInput]).outcomes;
    expect(o).toMatchObject({ personsAffected: 5, dataClasses: ['general'] });
    expect(actions(o!)).not.toContain('reportToCommission');
  });

  it('a wrong-issuance defect is one event of the package: two towns simulated with the same seed meet it at the same hours', () => {
    const a = withPackage(wrongIssuance(0.5));
    const b = withPackage(wrongIssuance(0.5));
    b.name = '隣町';
    b.municipality = { ...b.municipality, population: 40_000 };
    const hours = (input: Input) => run(input, [], 'onprem', 20, 9).outcomes.filter((o) => o.cause === 'softwareWrongIssuance').map((o) => o.startHours);
    expect(hours(a).length).toBeGreaterThan(3);
    expect(hours(b)).toEqual(hours(a));
  });

  it('a scripted event of a fault group the package does not have stops the run with the package named', () => {
    expect(() => run(withPackage(), [{ kind: 'batchFailure', at: '2027-04-07T02:00', package: 'core' } as EventInput])).toThrow(/application package "core" has no batchFailures/);
  });

  it('a package naming an unknown system, or an event naming an unknown package, is a located error', () => {
    const input = withPackage();
    input.hazards.applicationFailures!.packages[0]!.systems = ['registry', 'nope'];
    const parsed = scenarioSchema.safeParse({ ...input, events: [{ kind: 'batchFailure', at: '2027-04-07T02:00', package: 'missing' }] });
    expect(parsed.success).toBe(false);
    const paths = parsed.error!.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['hazards.applicationFailures.packages.0.systems.1', 'events.0.package']));
  });
});
