import { describe, expect, it } from 'vitest';
import { loadEditedTown as load, quietTownInput, type EditableTown as Editable } from '../testing/index.ts';
import { collectProvenance } from '../presets/index.ts';
import { scenarioSchema } from './index.ts';
import { canonicalScenario } from '../montecarlo/index.ts';

const ranged = (value: number, range: object): any => ({ value, source: 'assumption: a test', range: { source: 'assumption: a test range', ...range } });

describe("a number's range", () => {
  it('is accepted beside a value and beside a distribution, and changes neither the scenario nor its hash', () => {
    const plain = quietTownInput() as Editable;
    const withRanges = quietTownInput() as Editable;
    withRanges.systems[0].hardwareFailureAnnualRate = ranged(0, { low: 0, high: 0.1, meaning: 'min-max', shape: 'uniform' });
    withRanges.systems[0].restoreHours = { fixed: 6, range: { low: 0.5, high: 2, meaning: '90%', shape: 'lognormal', source: 'assumption: x' } };
    withRanges.uncertainty = { factors: [] };
    expect(load((t) => Object.assign(t, structuredClone(withRanges)))).toBe('ok');
    const parsed = scenarioSchema.parse(withRanges);
    expect(parsed.systems[0]!.hardwareFailureAnnualRate).toBe(0);
    expect(parsed.systems[0]!.restoreHours).toEqual({ fixed: 6 });
    expect(canonicalScenario(parsed)).toBe(canonicalScenario(scenarioSchema.parse(plain)));
    // the range is the study's, not part of the number a reader is shown
    expect(collectProvenance(withRanges).find((e) => e.path === 'systems[0].hardwareFailureAnnualRate')?.value).toBe(0);
  });

  it('that is inverted, leaves out its value, does not suit its shape, reaches past a probability or sits on a count: located, ja and en', () => {
    const text = load((t) => {
      t.people.itStaff.overtimeMultiplier = ranged(1.25, { low: 2, high: 1.1, meaning: '90%', shape: 'uniform' });
      t.people.itStaff.disasterAvailabilityShare = ranged(0.5, { low: 0.1, high: 0.4, meaning: 'min-max', shape: 'uniform' });
      t.people.itStaff.hourlyCostYen = ranged(3000, { low: 0, high: 6000, meaning: '90%', shape: 'lognormal' });
      t.people.itStaff.disasterDutyHours = ranged(72, { low: 24, high: 96, meaning: 'min-max', shape: 'lognormal' });
      t.municipality.evacuationSupportShare = ranged(0.05, { low: 0.01, high: 0.999, meaning: '90%', shape: 'uniform' });
      t.people.itStaff.count = ranged(2, { low: 1, high: 3, meaning: 'min-max', shape: 'uniform' });
      t.systems[0].restoreHours = { fixed: 6, range: { low: 2, high: 3, meaning: '90%', shape: 'uniform', source: 'assumption: x' } };
    });
    expect(text).toMatchInlineSnapshot(`
      "town.json:16:16  municipality.evacuationSupportShare.range.low  90% 区間（uniform）[0.01, 0.999] はこの数が取りえない値に届きます。範囲を狭めるか、shape や meaning を変えてください
      town.json:35:18  people.itStaff.count.range  物の個数は分析で固定されます。範囲は指定できません
      town.json:49:18  people.itStaff.disasterAvailabilityShare.value  値 0.5 が最小〜最大の範囲 [0.1, 0.4] の外にあります。範囲は値を含むようにしてください
      town.json:66:22  people.itStaff.disasterDutyHours.range.meaning  対数正規分布には最小・最大がありません。最小〜最大の範囲 [24, 96] は区間で指定してください（例: meaning: 90%）
      town.json:75:18  people.itStaff.hourlyCostYen.range.low  lognormal の範囲は 0 < 下限 にしてください（90% 区間（lognormal）[0, 6000]）
      town.json:87:19  people.itStaff.overtimeMultiplier.range.high  90% 区間（uniform）[2, 1.1] の下限 low は上限 high より小さくしてください
      town.json:306:18  systems[0].restoreHours.range  値 1 が 90% 区間（uniform）[2, 3] の外にあります。範囲は値を含むようにしてください
      town.json:16:16  municipality.evacuationSupportShare.range.low  the 90% uniform range [0.01, 0.999] reaches values this number cannot take: narrow it, or choose another shape or meaning
      town.json:35:18  people.itStaff.count.range  A count of things is fixed in a study: it cannot take a range
      town.json:49:18  people.itStaff.disasterAvailabilityShare.value  The value 0.5 lies outside the min–max range [0.1, 0.4]: a range must contain its value
      town.json:66:22  people.itStaff.disasterDutyHours.range.meaning  A lognormal has no minimum or maximum: state the min–max range [24, 96] as an interval (e.g. meaning: 90%)
      town.json:75:18  people.itStaff.hourlyCostYen.range.low  A lognormal range needs 0 < low; the 90% lognormal range [0, 6000] is not
      town.json:87:19  people.itStaff.overtimeMultiplier.range.high  In the 90% uniform range [2, 1.1], low must be below high
      town.json:306:18  systems[0].restoreHours.range  The value 1 lies outside the 90% uniform range [2, 3]: a range must contain its value"
    `);
  });

  it('with an unknown key or meaning is located like every other field', () => {
    const text = load((t) => {
      t.people.itStaff.overtimeMultiplier = ranged(1.25, { low: 1.1, high: 2, meaning: 'likely', shape: 'uniform', spread: 2 });
    });
    expect(text).toMatchInlineSnapshot(`
      "town.json:38:22  people.itStaff.overtimeMultiplier.range.meaning  "min-max"、"50%"、"80%"、"90%"、"95%"、"99%" のいずれかを指定してください（文字列 "likely" が指定されました）
      town.json:40:11  people.itStaff.overtimeMultiplier.range.spread  不明なフィールド "spread" です（使えるフィールド: "low"、"high"、"meaning"、"shape"、"source"、"check"）
      town.json:38:22  people.itStaff.overtimeMultiplier.range.meaning  Expected one of "min-max", "50%", "80%", "90%", "95%", "99%", but got the string "likely"
      town.json:40:11  people.itStaff.overtimeMultiplier.range.spread  Unknown field "spread" (known fields: "low", "high", "meaning", "shape", "source", "check")"
    `);
  });
});
