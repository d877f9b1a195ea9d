import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { formatIssues } from './format-issues.ts';
import { parseText } from './parse-text.ts';
import { validateData } from './validate.ts';

function validate(schema: z.ZodType, text: string) {
  const parsed = parseText(text, 'town.yaml');
  if (!parsed.ok) throw new Error('test text must parse');
  return validateData(schema, parsed, 'town.yaml');
}

function issues(schema: z.ZodType, text: string) {
  const result = validate(schema, text);
  return result.ok ? [] : result.issues.map(({ line, column, path, code, params }) => ({ at: `${line}:${column}`, path, code, params }));
}

function report(schema: z.ZodType, text: string): string {
  const result = validate(schema, text);
  return result.ok ? 'ok' : `${formatIssues(result.issues, 'ja')}\n${formatIssues(result.issues, 'en')}`;
}

describe('validateData', () => {
  it('returns the output type of the schema, transforms and defaults applied', () => {
    const schema = z.strictObject({ n: z.number().transform((n) => n * 2), d: z.string().default('x') });
    expect(validate(schema, 'n: 2\n')).toEqual({ ok: true, value: { n: 4, d: 'x' } });
  });

  it('reports one issue per unknown key, at the key, with the known keys and the closest one', () => {
    const schema = z.strictObject({ intervalHours: z.number(), kind: z.string() });
    expect(issues(schema, 'intervalHour: 1\nkind: a\nzz: 2\n')).toEqual([
      { at: '1:1', path: ['intervalHours'], code: 'missingField', params: { key: 'intervalHours' } },
      { at: '1:1', path: ['intervalHour'], code: 'unknownField', params: { key: 'intervalHour', allowed: ['intervalHours', 'kind'], suggestion: 'intervalHours' } },
      { at: '3:1', path: ['zz'], code: 'unknownField', params: { key: 'zz', allowed: ['intervalHours', 'kind'] } },
    ]);
  });

  it('finds the known keys through arrays, optionals, records and discriminated unions', () => {
    const item = z.discriminatedUnion('type', [
      z.strictObject({ type: z.literal('a'), alpha: z.number() }),
      z.strictObject({ type: z.literal('b'), beta: z.number() }),
    ]);
    const schema = z.strictObject({ groups: z.record(z.string(), z.array(item)).optional() });
    const found = issues(schema, 'groups:\n  g:\n    - { type: b, betta: 1 }\n');
    expect(found.find((i) => i.code === 'unknownField')).toEqual({
      at: '3:18', path: ['groups', 'g', 0, 'betta'], code: 'unknownField',
      params: { key: 'betta', allowed: ['type', 'beta'], suggestion: 'beta' },
    });
  });

  it('a failed union reports the branch the value was meant for', () => {
    const schema = z.strictObject({
      host: z.union([z.strictObject({ cloud: z.string() }), z.strictObject({ rack: z.number() })]),
    });
    expect(issues(schema, 'host: { rack: "12" }\n')).toEqual([
      { at: '1:15', path: ['host', 'rack'], code: 'invalidType', params: { expected: 'number', received: { kind: 'string', value: '12' } } },
    ]);
  });

  it('a union no branch of which takes the value lists what each expected', () => {
    const schema = z.strictObject({ mode: z.union([z.number(), z.literal('auto')]) });
    expect(issues(schema, 'mode: true\n')).toEqual([
      { at: '1:7', path: ['mode'], code: 'invalidUnion', params: { expected: ['number'], allowed: ['auto'], received: { kind: 'boolean', value: true } } },
    ]);
  });

  it('an unknown discriminator lists the allowed values at the discriminator', () => {
    const schema = z.discriminatedUnion('type', [z.strictObject({ type: z.literal('a') }), z.strictObject({ type: z.literal('b') })]);
    expect(issues(schema, 'type: c\n')).toEqual([
      { at: '1:7', path: ['type'], code: 'invalidValue', params: { allowed: ['a', 'b'], received: { kind: 'string', value: 'c' } } },
    ]);
  });

  it('sizes, formats, multiples and record keys carry their bounds and the value', () => {
    const schema = z.strictObject({
      tags: z.array(z.string()).min(2),
      code: z.string().regex(/^[A-Z]+$/),
      step: z.number().multipleOf(5),
      rate: z.number().gt(0),
      labels: z.record(z.string().regex(/^[a-z]+$/), z.number()),
    });
    expect(issues(schema, 'tags: [a]\ncode: abc\nstep: 7\nrate: 0\nlabels: { Ab: 1 }\n').map((i) => [i.at, i.code, i.params])).toEqual([
      ['1:7', 'tooSmall', { origin: 'array', inclusive: true, exact: false, actual: 1, minimum: 2 }],
      ['2:7', 'invalidFormat', { format: 'regex', pattern: '/^[A-Z]+$/', received: { kind: 'string', value: 'abc' } }],
      ['3:7', 'notMultipleOf', { divisor: 5, received: { kind: 'number', value: 7 } }],
      ['4:7', 'tooSmall', { origin: 'number', inclusive: false, exact: false, actual: 0, minimum: 0 }],
      ['5:11', 'invalidKey', { key: 'Ab', reason: { code: 'invalidFormat', params: { format: 'regex', pattern: '/^[a-z]+$/', received: { kind: 'string', value: 'Ab' } } } }],
    ]);
  });

  it('custom issues named by params.messageKey keep their params; others keep their message', () => {
    const schema = z.strictObject({ systems: z.array(z.strictObject({ id: z.string(), host: z.string() })), shares: z.array(z.number()), at: z.string() })
      .superRefine((v, ctx) => {
        const known = v.systems.map((s) => s.id);
        ctx.addIssue({ code: 'custom', path: ['systems', 1, 'host'], message: 'x', params: { messageKey: 'unknownReference', kind: 'system', id: v.systems[1].host, known } });
        ctx.addIssue({ code: 'custom', path: ['systems', 1, 'id'], message: 'x', params: { messageKey: 'duplicateId', id: 'registry' } });
        ctx.addIssue({ code: 'custom', path: ['shares'], message: 'x', params: { messageKey: 'sharesMustSumTo', sum: 0.1 + 0.2 + 0.6, expected: 1 } });
        ctx.addIssue({ code: 'custom', path: ['at'], message: 'x', params: { messageKey: 'dateBeforeStart', at: '2026-12-31', startDate: '2027-04-01' } });
        ctx.addIssue({ code: 'custom', path: ['at'], message: 'x', params: { messageKey: 'invalidDate', value: '2027-02-30' } });
        ctx.addIssue({ code: 'custom', path: [], message: 'Budget exceeds the annual cap', params: { messageKey: 'notALocaleKey' } });
      });
    const text = 'systems:\n  - { id: registry, host: dc1 }\n  - { id: registry, host: registy }\nshares: [0.1, 0.2, 0.6]\nat: 2026-12-31\n';
    expect(report(schema, text)).toMatchInlineSnapshot(`
      "town.yaml:1:1  (root)  Budget exceeds the annual cap
      town.yaml:3:11  systems[1].id  ID "registry" が重複しています
      town.yaml:3:27  systems[1].host  システム "registy" は定義されていません。"registry" のことですか？
      town.yaml:4:9  shares  割合の合計を 1 にしてください（現在の合計は 0.9 です）
      town.yaml:5:5  at  日付 2026-12-31 がシナリオの開始日 2027-04-01 より前です
      town.yaml:5:5  at  "2027-02-30" は有効な日付ではありません（YYYY-MM-DD の形で、実在する日付を指定してください）
      town.yaml:1:1  (root)  Budget exceeds the annual cap
      town.yaml:3:11  systems[1].id  Duplicate id "registry"
      town.yaml:3:27  systems[1].host  Unknown system "registy". Did you mean "registry"?
      town.yaml:4:9  shares  Shares must sum to 1 (they sum to 0.9)
      town.yaml:5:5  at  Date 2026-12-31 is before the scenario's start date 2027-04-01
      town.yaml:5:5  at  "2027-02-30" is not a valid date (use YYYY-MM-DD)"
    `);
  });
});
