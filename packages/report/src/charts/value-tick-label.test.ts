import { describe, expect, it } from 'vitest';
import { linearScale, logScale } from '../svg/scale.ts';
import { valueTickLabel } from './value-tick-label.ts';

describe('valueTickLabel', () => {
  it('yen on a log axis read 1万円, 10万円 … 1億円 (¥10,000 … ¥100 million in English)', () => {
    const scale = logScale([1e4, 1e8], [0, 1]);
    expect(scale.ticks.map(valueTickLabel('costYen', 'ja', scale))).toEqual(['1万円', '10万円', '100万円', '1,000万円', '1億円']);
    expect(scale.ticks.map(valueTickLabel('costYen', 'en', scale))).toEqual(['¥10,000', '¥100,000', '¥1 million', '¥10 million', '¥100 million']);
  });

  it('yen on a linear axis share one unit with the decimals the step needs, so neighbours never read the same', () => {
    const scale = linearScale([1.69e8, 1.75e8], [0, 1]);
    const labels = scale.ticks.map(valueTickLabel('costYen', 'ja', scale));
    expect(labels).toEqual(['1.69億円', '1.7億円', '1.71億円', '1.72億円', '1.73億円', '1.74億円', '1.75億円']);
    expect(new Set(labels).size).toBe(labels.length);
  });

  it('yen differences below zero keep their sign and zero reads 0円', () => {
    const scale = linearScale([-4e7, 4e7], [0, 1], { tickCount: 4 });
    expect(scale.ticks.map(valueTickLabel('costYen', 'ja', scale))).toEqual(['-4,000万円', '-2,000万円', '0円', '2,000万円', '4,000万円']);
    expect(scale.ticks.map(valueTickLabel('costYen', 'en', scale))).toEqual(['-¥40 million', '-¥20 million', '¥0', '¥20 million', '¥40 million']);
  });

  it('hours read 時間 / h and persons 人, never with SI prefixes', () => {
    const hours = linearScale([0, 0.4], [0, 1]);
    expect(hours.ticks.map(valueTickLabel('downtimeHours', 'ja', hours))).toEqual(['0時間', '0.1時間', '0.2時間', '0.3時間', '0.4時間']);
    const persons = logScale([1, 1e4], [0, 1]);
    expect(persons.ticks.map(valueTickLabel('personsAffected', 'en', persons))).toEqual(['1', '10', '100', '1,000', '10,000']);
    expect(persons.ticks.map(valueTickLabel('personsAffected', 'ja', persons)).at(-1)).toBe('10,000人');
  });
});
