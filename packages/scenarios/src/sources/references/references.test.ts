import { describe, expect, it } from 'vitest';
import { referenceIndex } from '../reference.ts';
import { REFERENCES } from './index.ts';

describe('REFERENCES', () => {
  it('index without a duplicate id, a bad date or an empty field', () => {
    expect(referenceIndex(REFERENCES).size).toBe(REFERENCES.length);
  });

  it('give an address a reader can follow: a web address or a document number', () => {
    const unfollowable = REFERENCES.filter((r) => !/^https?:\/\/\S+$/.test(r.address) && !/\d/.test(r.address)).map((r) => r.id);
    expect(unfollowable).toEqual([]);
  });

  it('state their facts in Japanese and English, in our own words rather than one copied line', () => {
    const same = REFERENCES.filter((r) => r.facts.ja === r.facts.en).map((r) => r.id);
    expect(same).toEqual([]);
  });
});
