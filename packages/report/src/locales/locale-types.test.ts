import type { IncidentCause, Metric } from '@machi/scenarios';
import { describe, expect, it } from 'vitest';
import { en } from './en.ts';
import { ja } from './ja.ts';
import type { ReportLocale } from './report-locale.ts';

// These tests are checked by `tsc` (the test command runs it first): each `@ts-expect-error` must meet
// an error, so a locale type that stopped requiring every entry of its vocabulary fails the type check.
describe('the locale type', () => {
  it('a reason without its words is a type error', () => {
    const { 'site-flooded': _flooded, ...reasons } = ja.reasons;
    // @ts-expect-error 'site-flooded' is missing
    const missing: ReportLocale['reasons'] = reasons;
    expect(Object.keys(missing)).not.toContain('site-flooded');
  });

  it('a metric or an action without its words is a type error', () => {
    const { downtimeHours: _downtime, ...metrics } = en.metrics;
    // @ts-expect-error 'downtimeHours' is missing
    const noMetric: ReportLocale['metrics'] = metrics;
    const { pressConference: _press, ...actions } = en.actions;
    // @ts-expect-error 'pressConference' is missing
    const noAction: ReportLocale['actions'] = actions;
    expect([Object.keys(noMetric).length, Object.keys(noAction).length]).toEqual([Object.keys(en.metrics).length - 1, Object.keys(en.actions).length - 1]);
  });

  it('a note kind without its sentence is a type error', () => {
    const { lineCut: _lineCut, ...notes } = ja.notes;
    // @ts-expect-error 'lineCut' is missing
    const missing: ReportLocale['notes'] = notes;
    expect(Object.keys(missing)).not.toContain('lineCut');
  });

  it('a hazard added to the vocabulary needs its words in each locale', () => {
    // A toy hazard: the causes of the real vocabulary plus one more, worded by today's locales.
    type WithMeteorStrike = IncidentCause | 'meteorStrike';
    // @ts-expect-error 'meteorStrike' has no words in ja
    const jaCauses: { readonly [K in WithMeteorStrike]: string } = ja.causes;
    // @ts-expect-error nor in en
    const enCauses: { readonly [K in WithMeteorStrike]: string } = en.causes;
    const worded: { readonly [K in WithMeteorStrike]: string } = { ...ja.causes, meteorStrike: '隕石の落下' };
    expect([jaCauses, enCauses].map((c) => (c as Record<string, string>).meteorStrike)).toEqual([undefined, undefined]);
    expect(worded.meteorStrike).toBe('隕石の落下');
  });

  it('words for an entry the vocabulary does not have are a type error too', () => {
    // @ts-expect-error 'sunspots' is no metric
    const extra: ReportLocale['metrics'] = { ...ja.metrics, sunspots: '太陽の黒点' };
    const metric: Metric = 'costYen';
    expect(extra[metric]).toBe(ja.metrics.costYen);
  });
});
