import { describe, expect, it } from 'vitest';
import { studyInputs } from '../../uncertainty/study-inputs.ts';
import { PRESETS } from '../presets.ts';
import type { Belief } from './belief.ts';
import { COMMON_BELIEFS } from './common.ts';
import { FLOOD_BELIEFS } from './flood.ts';

const BELIEFS: readonly Belief[] = [...COMMON_BELIEFS, ...FLOOD_BELIEFS];

describe('how the town can check a belief', () => {
  // The summary reads "…, which the town can check by <en>." and 「…は、<ja>ことで確かめられます。」
  it.each(BELIEFS.map((b) => [b.id, b] as const))('belief %s says how to pin it down in ja and in en', (_, belief) => {
    const { ja, en } = belief.check ?? {};
    expect(ja?.trim(), 'ja').toBeTruthy();
    expect(en?.trim(), 'en').toBeTruthy();
    // A phrase that a sentence goes on from: a gerund in English, no closing stop in either language.
    expect(en).toMatch(/^[a-z]+ing /);
    expect(en).not.toMatch(/[.。]$/);
    expect(ja).not.toMatch(/[.。]$/);
    // 「…確かめることで確かめられます」 would say it twice.
    expect(ja).not.toMatch(/確かめる$/);
    expect(ja).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
  });

  it('every coordinate of a preset study carries the words of its belief, on the factor or on its one range', () => {
    for (const [name, preset] of Object.entries(PRESETS)) {
      const study = studyInputs(preset);
      const independent = study.inputs.filter((i) => i.factor === null);
      for (const coordinate of [...study.factors, ...independent]) expect(coordinate.check, `${name} ${'path' in coordinate ? coordinate.path : coordinate.name}`).not.toBeNull();
      const belief = COMMON_BELIEFS.find((b) => b.id === 'line-faults')!;
      expect(study.factors.find((f) => f.name === 'line-faults')?.check).toEqual(belief.check);
    }
  });
});
