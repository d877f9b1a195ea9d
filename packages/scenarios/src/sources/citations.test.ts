import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MODEL_ASSUMPTIONS } from '../model/model-assumptions.ts';
import { jpMunicipalPolicy } from '../policy/jp-municipal.ts';
import { PRESETS, presetNames } from '../presets/presets.ts';
import { collectProvenance } from '../presets/provenance.ts';
import { citedReferenceIds, referenceIndex } from './reference.ts';
import { REFERENCES } from './references/index.ts';

const known = referenceIndex(REFERENCES);
const ASSUMPTION = /^assumption[:;] \S/;

/** Every source string the project itself writes: each preset's numbers, the policy's bases, the model's numbers. */
const sourceStrings = (): { where: string; source: string }[] => [
  ...presetNames().flatMap((name) => collectProvenance(PRESETS[name]!).map((e) => ({ where: `${name}: ${e.path}`, source: e.source }))),
  ...jpMunicipalPolicy.rules.map((rule) => ({ where: `policy: ${rule.id}`, source: rule.basis.source ?? '' })),
  ...Object.entries(MODEL_ASSUMPTIONS).map(([id, a]) => ({ where: `model: ${id}`, source: a.source })),
];

describe('source strings', () => {
  it('each either cites at least one known reference or is an assumption with its reason', () => {
    const bad = sourceStrings().filter(({ source }) => !ASSUMPTION.test(source) && !citedReferenceIds(source).some((id) => known.has(id)));
    expect(bad.map(({ where, source }) => `${where}: ${source}`)).toEqual([]);
  });

  it('cite only references the project carries, assumptions included', () => {
    const unknown = sourceStrings().flatMap(({ where, source }) => citedReferenceIds(source).filter((id) => !known.has(id)).map((id) => `${where}: [${id}]`));
    expect(unknown).toEqual([]);
  });

  it('the check refuses a bare document name and an unknown id, and accepts an assumption', () => {
    const cites = (source: string) => ASSUMPTION.test(source) || citedReferenceIds(source).some((id) => known.has(id));
    expect([['base-rates', 'md#7.3'].join('.'), '[no-such-reference] x', `[${REFERENCES[0]!.id}] x`, 'assumption: why'].map(cites)).toEqual([false, false, true, true]);
  });
});

/** Files a reader of the repository meets: the packages' sources and the READMEs. */
function readableFiles(root: string): string[] {
  const files: string[] = [];
  const visit = (dir: string) => {
    for (const name of readdirSync(dir)) {
      if (name === 'node_modules' || name === 'dist' || name.startsWith('.')) continue;
      const path = join(dir, name);
      if (statSync(path).isDirectory()) visit(path);
      else if (/\.(ts|mts|md|yaml|json)$/.test(name)) files.push(path);
    }
  };
  visit(join(root, 'packages'));
  return [...files, join(root, 'README.md'), join(root, 'README.ja.md')];
}

describe('the repository', () => {
  it('cites no document the reader does not have (a *.md#section of files outside the repository)', () => {
    const root = join(import.meta.dirname, '../../../..');
    const pattern = new RegExp(['base-rates', 'jp-facts'].map((name) => `${name}\\.md`).join('|'));
    const citing = readableFiles(root).filter((file) => pattern.test(readFileSync(file, 'utf8')));
    expect(citing.map((file) => file.slice(root.length + 1))).toEqual([]);
  });
});
