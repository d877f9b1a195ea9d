import { describe, expect, it } from 'vitest';
import type { Context } from './context.ts';
import { en } from './locales/en.ts';
import { workerCount } from './workers-option.ts';

function context(): { ctx: Context; stderr: string[] } {
  const stderr: string[] = [];
  const io = { stderr: (text: string) => void stderr.push(text) } as Context['io'];
  return { ctx: { io, lang: 'en', t: en }, stderr };
}

describe('workerCount(text, ctx, processors)', () => {
  it('keeps a count the machine can run, silently', () => {
    const { ctx, stderr } = context();
    expect(workerCount('2', ctx, 4)).toBe(2);
    expect(stderr).toEqual([]);
  });

  it('reduces more workers than processors to the processors, with a note (once 1,000 threads took over 4 GB)', () => {
    const { ctx, stderr } = context();
    expect(workerCount('1000', ctx, 2)).toBe(2);
    expect(stderr).toEqual(['machi: --workers 1000 is more than the 2 processors this machine can use; using 2 (the results are the same for any number of workers)\n']);
  });

  it('refuses what is not a positive integer', () => {
    expect(() => workerCount('0', context().ctx, 2)).toThrow('--workers must be an integer >= 1, got "0"');
  });
});
