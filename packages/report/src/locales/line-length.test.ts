import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const MAX = 160;
const folder = new URL('./', import.meta.url);

describe('the wording', () => {
  it(`has no line longer than ${MAX} characters, so each sentence can be read and reviewed whole`, () => {
    const long = readdirSync(folder)
      .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
      .flatMap((file) =>
        readFileSync(new URL(file, folder), 'utf8')
          .split('\n')
          .flatMap((line, i) => ([...line].length > MAX ? [`${file}:${i + 1} (${[...line].length})`] : [])),
      );
    expect(long).toEqual([]);
  });
});
