import { describe, expect, it } from 'vitest';
import { handBuiltScenario } from '../test-support.ts';
import { handBuiltSensitivity, handBuiltUncertainty } from '../uncertainty/test-support.ts';
import { renderStudyReport } from './study-report.ts';

const scenario = handBuiltScenario();
const studies = { uncertainty: handBuiltUncertainty(), sensitivity: handBuiltSensitivity() };
const command = 'machi uncertainty small-town --seed 1 --out out';

describe('renderStudyReport', () => {
  for (const lang of ['ja', 'en'] as const) {
    it(`is the section and the stamp, self-contained, in ${lang}`, () => {
      const report = renderStudyReport(studies, { lang, scenario, command });
      const html = report.toHTML();
      expect([...html.matchAll(/<h2 id="([^"]+)"/g)].map((m) => m[1])).toEqual(['uncertainty', 'stamp']);
      expect(html).toContain(`<html lang="${lang}">`);
      expect(html).not.toMatch(/<script|<link |<img /i);
      expect(report.toMarkdown()).toContain(command);
      expect(report.figureFiles().map((f) => f.path)).toEqual(report.figures.map((f) => `figures/${f.id}.svg`));
    });
  }

  it('gives the same bytes for the same studies, and titles each kind of study', () => {
    const again = renderStudyReport(structuredClone(studies), { lang: 'ja', scenario, command });
    expect(renderStudyReport(studies, { lang: 'ja', scenario, command }).toHTML()).toBe(again.toHTML());
    expect(renderStudyReport({ sensitivity: studies.sensitivity }, { lang: 'en', scenario, command }).blocks[1]).toEqual({
      kind: 'paragraph',
      text: 'Which of the numbers nobody knows precisely move the decision, how much, and where it switches (machi sensitivity).',
    });
    expect(() => renderStudyReport({}, { lang: 'en', command })).toThrow(RangeError);
  });
});
