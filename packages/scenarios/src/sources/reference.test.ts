import { describe, expect, it } from 'vitest';
import { citedReferenceIds, referenceIndex, type Reference } from './reference.ts';
import { REFERENCES } from './references/index.ts';

const reference = (id: string): Reference => ({
  id,
  publisher: '個人情報保護委員会',
  title: '令和6年度 年次報告',
  date: '2025-06',
  address: 'https://www.ppc.go.jp/aboutus/report/',
  facts: { ja: '事実', en: 'fact' },
});

describe('citedReferenceIds', () => {
  it('reads bracketed ids in order, each once, and ignores other brackets', () => {
    expect(citedReferenceIds('[b-2] then [a1] then [b-2] and [Not An Id] and [x_y]')).toEqual(['b-2', 'a1']);
  });
  it('finds nothing in an assumption without citations', () => {
    expect(citedReferenceIds('assumption: two staff-days per action')).toEqual([]);
  });
});

describe('referenceIndex', () => {
  it('refuses a duplicate id and an id that cannot be cited', () => {
    expect(() => referenceIndex([reference('a'), reference('a')])).toThrow(/two references have the id "a"/);
    expect(() => referenceIndex([reference('Bad Id')])).toThrow(/not lower-case/);
  });
  it('indexes the project references', () => {
    expect(referenceIndex(REFERENCES).size).toBe(REFERENCES.length);
  });
});
