import { describe, expect, it } from 'vitest';
import { simulate } from '../../model/simulate.ts';
import { quietTown, quietTownInput, type EventInput } from '../../testing/index.ts';

const failure = { kind: 'hardwareFailure', at: '2027-04-05T10:00', system: 'registry' } as EventInput;
// Both IT staff away from 2027-04-05 09:00 (105 h) for 49 h: back on 2027-04-07 at 10:00 (154 h).
const bothAway = { kind: 'staffShortage', at: '2027-04-05T09:00', durationHours: 49 } as EventInput;
const run = (events: EventInput[], input = quietTownInput()) => simulate(quietTown({ ...input, events }), { variant: 'onprem', seed: 1, horizonYears: 1 });
const registryWindows = (r: ReturnType<typeof run>) =>
  r.outcomes.flatMap((o) => o.systems.filter((s) => s.system === 'registry').flatMap((s) => s.windows.map((w) => [w.fromHours, w.toHours])));

describe('staff shortage', () => {
  it('with both IT staff absent a failed server waits for the first one back before triage and the vendor call', () => {
    // Alone: assemble 0.5 + triage 0.5 + premium response 4 + travel 2 + repair 8 = down 106 → 121 h.
    expect(registryWindows(run([failure]))).toEqual([[106, 121]]);
    // Absent: triage starts when a member is back (154 h, a workday morning): 154 + 15 = 169 h.
    const r = run([bothAway, failure]);
    expect(registryWindows(r)).toEqual([[106, 169]]);
    expect(r.hazardEvents).toEqual([{ atHours: 105, kind: 'staffShortage', detail: { absent: 2, longestHours: 49 } }]);
  });

  it('notes the absence in the incident it slows, for the virtual case', () => {
    const r = simulate(quietTown({ events: [bothAway, failure] }), { variant: 'onprem', seed: 1, horizonYears: 1, trace: true });
    const notes = r.outcomes[0]!.notes!.filter((n) => n.what === 'staffAbsent' || n.what === 'staffWork');
    expect(notes).toEqual([
      { atHours: 106, what: 'staffAbsent', detail: { absent: 2, staff: 2 } },
      { atHours: 106, what: 'staffWork', detail: { what: 'triage registry', timeClass: 'workday', waitedHours: 48.5, hours: 0.5 } },
    ]);
  });

  it('with one of the two absent the other does the work: the repair is as quick as without a shortage', () => {
    expect(registryWindows(run([{ ...bothAway, absent: 1 } as EventInput, failure]))).toEqual([[106, 121]]);
  });

  it('an absence that ends before the failure changes nothing, and an absence alone opens no incident', () => {
    expect(registryWindows(run([{ ...bothAway, at: '2027-04-01T09:00' } as EventInput, failure]))).toEqual([[106, 121]]);
    expect(run([bothAway]).outcomes).toEqual([]);
  });

  it('a member busy with a job when the absence begins finishes it, and is away until the absence ends', () => {
    // The triage runs 106.5–107 h; the absence from 106.75 h for 49 h frees the staff at 155.75 h.
    const second = { kind: 'hardwareFailure', at: '2027-04-05T11:00', system: 'welfare' } as EventInput;
    const away = { ...bothAway, at: '2027-04-05T10:45' } as EventInput;
    const r = run([failure, away, second]);
    expect(registryWindows(r)).toEqual([[106, 121]]);
    const welfare = r.outcomes.find((o) => o.systems.some((s) => s.system === 'welfare'))!.systems[0]!;
    // 155.75 h is 11:45 on a workday: assemble 0.5 + triage 0.5 + response 4 + travel 2 + repair 8.
    expect(welfare.windows.map((w) => [w.fromHours, w.toHours])).toEqual([[107, 155.75 + 15]]);
  });

  it('random absences come from each member and from outbreaks, on streams of their own', () => {
    const input = quietTownInput();
    input.hazards.staffShortage = { memberAbsenceAnnualRate: 4, memberAbsenceHours: { fixed: 120 }, outbreakAnnualRate: 2, outbreakAbsentProbability: 1, outbreakAbsenceHours: { fixed: 168 } };
    const years = 20;
    const r = simulate(quietTown(input), { variant: 'onprem', seed: 5, horizonYears: years });
    const events = r.hazardEvents.filter((e) => e.kind === 'staffShortage');
    // Poisson: expected 2 × 4 × 20 + 2 × 20 = 200 events; 99% interval ±2.58 √200 ≈ ±37.
    expect(Math.abs(events.length - 200)).toBeLessThan(37);
    // Every outbreak takes both members (probability 1): 2 × 20 = 40 expected, ±2.58 √40 ≈ ±17.
    const outbreaks = events.filter((e) => e.detail!.absent === 2).length;
    expect(Math.abs(outbreaks - 40)).toBeLessThan(17);
  });
});
