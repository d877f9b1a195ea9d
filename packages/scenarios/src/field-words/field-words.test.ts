import { describe, expect, it } from 'vitest';
import { toJsonSchema } from '../load/index.ts';
import { PRESETS } from '../presets/index.ts';
import { collectProvenance } from '../presets/index.ts';
import { scenarioSchema } from '../schema/index.ts';
import { scenarioJsonSchema } from '../scenario-file/index.ts';
import { eachProperty, type SchemaProperty } from './described-json-schema.ts';
import { fieldLabel } from './field-label.ts';
import { FIELD_WORD_KEYS, fieldWords } from './field-words.ts';

const properties = (schema: unknown): SchemaProperty[] => {
  const found: SchemaProperty[] = [];
  eachProperty(schema, (p) => found.push(p));
  return found;
};
const bare = toJsonSchema(scenarioSchema);
const where = (p: SchemaProperty) => (p.parent === undefined ? p.name : `${p.parent}.${p.name}`);

describe('the words of scenario fields', () => {
  it('every property of the scenario JSON Schema has a label and a description in ja and en (add them to field-words/en.ts and ja.ts)', () => {
    const missing = properties(bare).filter((p) => fieldWords(p.name, p.parent, 'en') === undefined || fieldWords(p.name, p.parent, 'ja') === undefined);
    expect([...new Set(missing.map(where))]).toEqual([]);
  });

  it('every word is used by some property (no words left for fields that are gone)', () => {
    const used = new Set(properties(bare).flatMap((p) => [p.name, `${p.parent}.${p.name}`]));
    expect(FIELD_WORD_KEYS.filter((key) => !used.has(key))).toEqual([]);
  });

  it('labels and descriptions are non-empty, one line, and the descriptions end as sentences', () => {
    for (const key of FIELD_WORD_KEYS) {
      for (const lang of ['ja', 'en'] as const) {
        const [name, parent] = key.includes('.') ? [key.split('.')[1]!, key.split('.')[0]!] : [key, undefined];
        const { label, description } = fieldWords(name, parent, lang)!;
        expect(label, key).toMatch(/^\S.*\S$|^\S$/);
        expect(description, key).toMatch(lang === 'ja' ? /[。）]$/ : /[.)]$/);
      }
    }
  });
});

describe('scenarioJsonSchema(lang)', () => {
  it('gives every property its title and description in the language asked', () => {
    for (const lang of ['ja', 'en'] as const) {
      const described = properties(scenarioJsonSchema(lang)).filter((p) => Object.keys(p.schema).length > 0);
      expect(described.length).toBeGreaterThan(1000);
      for (const p of described) expect(p.schema['description'], where(p)).toBe(fieldWords(p.name, p.parent, lang)!.description);
    }
    const population = (scenarioJsonSchema('ja') as any).properties.municipality.properties.population;
    expect([population.title, population.description]).toEqual(['人口', '町の住民の数。']);
  });
});

describe('fieldLabel(path, lang, scenario)', () => {
  const scenario = {
    sites: [{ id: 'hall', name: '町役場' }],
    systems: [{ id: 'registry', name: { ja: '住民記録', en: 'Resident registry' }, backups: [{ site: 'hall' }, { site: 'hall' }] }],
    threats: { leaks: [{ id: 'mail', name: { ja: '誤送信', en: 'mis-sent mail' } }] },
    variants: { cloud: { label: { ja: 'クラウド', en: 'Cloud' }, systems: { registry: { site: 'hall' } } } },
  };
  it.each([
    ['threats.leaks[0].dataClassProbability.myNumber', '漏えい「誤送信」: マイナンバーを含む確率', 'Leak "mis-sent mail": probability it includes My Number'],
    ['municipality.population', '町: 人口', 'Town: Population'],
    ['systems[0].backups[1].intervalHours', 'システム「住民記録」 › バックアップ「町役場」: 取得間隔', 'System "Resident registry" › Backup "町役場": Interval'],
    ['systems[0].annualCostYen.public-cloud', 'システム「住民記録」: 年間費用 › ガバメントクラウド', 'System "Resident registry": Annual cost › Government cloud'],
    ['variants.cloud.systems.registry.site', '選択肢「クラウド」 › システム「住民記録」: 拠点', 'Option "Cloud" › System "Resident registry": Site'],
    ['hazards.earthquake.blackoutHours', '地震: 停電時間', 'Earthquake: Blackout duration'],
    ['threats.leaks[3].annualRate', '漏えい4: 頻度（年あたり）', 'Leak 4: Rate (per year)'],
    ['costs.someFutureField', '費用: someFutureField', 'Costs: someFutureField'],
  ])('%s', (path, ja, en) => {
    expect([fieldLabel(path, 'ja', scenario), fieldLabel(path, 'en', scenario)]).toEqual([ja, en]);
  });

  it('labels every number of every preset without a raw field name', () => {
    for (const [name, preset] of Object.entries(PRESETS)) {
      for (const { path } of collectProvenance(preset)) {
        for (const lang of ['ja', 'en'] as const) expect(fieldLabel(path, lang, preset), `${name} ${path}`).not.toMatch(/[a-z][A-Z]|\[\d/);
      }
    }
  });
});
