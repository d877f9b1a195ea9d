import { describe, expect, it } from 'vitest';
import { en } from './locales/en.ts';
import { ja } from './locales/ja.ts';
import { MAX_HORIZON_YEARS, parseYears } from './years-option.ts';

describe('parseYears(text, t)', () => {
  it('reads 1 to 1,000 years', () => {
    expect(parseYears('1', en)).toBe(1);
    expect(parseYears(String(MAX_HORIZON_YEARS), en)).toBe(1000);
  });

  it('refuses longer horizons as a usage error naming the bound and why', () => {
    expect(() => parseYears('1001', en)).toThrow('--years must be at most 1,000, got "1001": return periods are reported up to 1,000 years');
    expect(() => parseYears('100000', ja)).toThrow('--years には 1,000 以下を指定してください（"100000" が指定されました）');
    expect(() => parseYears('0', en)).toThrow('--years must be an integer >= 1, got "0"');
  });
});
