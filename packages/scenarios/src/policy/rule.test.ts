import { describe, expect, it } from 'vitest';
import { ruleSchema } from './rule.ts';

const basis = { ja: '町の判断', en: 'town decision', kind: 'town-decision', confirmed: true } as const;
const rule = { id: 'early-report', when: { personsAffectedAtLeast: 1 }, actions: ['reportToCommission'], basis };
const customIssues = (input: unknown) =>
  ruleSchema.safeParse(input).error?.issues.map((i: any) => ({ code: i.code, path: i.path, params: i.params }));

describe('ruleSchema', () => {
  it('accepts a rule with deadlines for its own actions and returns it unchanged', () => {
    const withDeadlines = {
      ...rule,
      deadlines: [
        { action: 'reportToCommission', stage: 'preliminary', days: 3 },
        { action: 'reportToCommission', stage: 'final', days: 30 },
      ],
    };
    expect(ruleSchema.parse(withDeadlines)).toEqual(withDeadlines);
  });

  it('a deadline for an action the rule does not require is an unknownReference listing the known actions', () => {
    expect(customIssues({ ...rule, deadlines: [{ action: 'publishNotice', stage: 'final', days: 30 }] })).toEqual([
      {
        code: 'custom',
        path: ['deadlines', 0, 'action'],
        params: { messageKey: 'unknownReference', kind: 'action', id: 'publishNotice', known: ['reportToCommission'] },
      },
    ]);
  });

  it('an action listed twice, or a deadline given twice for one action and stage, is a duplicateId', () => {
    expect(
      customIssues({
        ...rule,
        actions: ['reportToCommission', 'publishNotice', 'reportToCommission'],
        deadlines: [
          { action: 'reportToCommission', stage: 'final', days: 30 },
          { action: 'reportToCommission', stage: 'final', days: 20 },
        ],
      }),
    ).toEqual([
      { code: 'custom', path: ['actions', 2], params: { messageKey: 'duplicateId', id: 'reportToCommission' } },
      { code: 'custom', path: ['deadlines', 1], params: { messageKey: 'duplicateId', id: 'reportToCommission.final' } },
    ]);
  });

  it('rejects an unknown action, a zero-day deadline, a rule without actions and an unknown basis kind', () => {
    const paths = (input: unknown) => ruleSchema.safeParse(input).error?.issues.map((i) => i.path);
    expect(paths({ ...rule, actions: ['apologise'] })).toEqual([['actions', 0]]);
    expect(paths({ ...rule, actions: [] })).toEqual([['actions']]);
    expect(paths({ ...rule, deadlines: [{ action: 'reportToCommission', stage: 'final', days: 0 }] })).toEqual([
      ['deadlines', 0, 'days'],
    ]);
    expect(paths({ ...rule, basis: { ...basis, kind: 'rumour' } })).toEqual([['basis', 'kind']]);
  });

  it('rejects unknown fields in the rule, its basis and its deadlines', () => {
    const keys = (input: unknown) =>
      ruleSchema.safeParse(input).error?.issues.map((i: any) => [i.code, i.path, i.keys]);
    expect(keys({ ...rule, severity: 'high' })).toEqual([['unrecognized_keys', [], ['severity']]]);
    expect(keys({ ...rule, basis: { ...basis, url: 'x' } })).toEqual([['unrecognized_keys', ['basis'], ['url']]]);
    expect(keys({ ...rule, deadlines: [{ action: 'reportToCommission', stage: 'final', days: 30, hours: 1 }] })).toEqual([
      ['unrecognized_keys', ['deadlines', 0], ['hours']],
    ]);
  });

  it('rule ids are letters, digits and "-", starting with a letter', () => {
    expect(ruleSchema.safeParse({ ...rule, id: 'town press' }).error?.issues.map((i) => i.path)).toEqual([['id']]);
    expect(ruleSchema.safeParse({ ...rule, id: 'townPress-50' }).success).toBe(true);
  });
});
