import { describe, expect, it } from 'vitest';
import { NOT_LEGAL_ADVICE } from './not-legal-advice.ts';

describe('NOT_LEGAL_ADVICE', () => {
  it('says "not legal advice" in one sentence in each language', () => {
    expect(NOT_LEGAL_ADVICE.ja).toContain('法的助言ではありません');
    expect(NOT_LEGAL_ADVICE.ja.match(/。/g)).toHaveLength(1);
    expect(NOT_LEGAL_ADVICE.ja.endsWith('。')).toBe(true);
    expect(NOT_LEGAL_ADVICE.en).toContain('not legal advice');
    expect(NOT_LEGAL_ADVICE.en.match(/\.(\s|$)/g)).toHaveLength(1);
    expect(NOT_LEGAL_ADVICE.en.endsWith('.')).toBe(true);
  });

  it('cannot be changed by a caller', () => {
    expect(Object.isFrozen(NOT_LEGAL_ADVICE)).toBe(true);
  });
});
