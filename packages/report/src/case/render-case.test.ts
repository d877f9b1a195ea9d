import { Calendar, jmaClassLabel, resolveVariant, TOTAL_LOSS_DATA_HOURS } from '@machi/scenarios';
import { describe, expect, it } from 'vitest';
import { JUPYTER_DISPLAY } from '../displayable.ts';
import { formatDate, formatFiscalYear } from '../format/date.ts';
import { digits } from '../format/digits.ts';
import { formatHours, formatPersons } from '../format/quantity.ts';
import { formatYen } from '../format/yen.ts';
import { formatMetric } from '../labels.ts';
import type { Lang } from '../lang.ts';
import { renderCase } from './render-case.ts';
import { scriptedTown, scriptedTownInput, scriptedYear } from './test-support.ts';

const scenario = scriptedTown();
const result = scriptedYear(scenario);
const command = 'machi case town.yaml --variant onprem --seed 1 --replication 0 --year 0 --years 1 --lang ja';
const rendered = { ja: renderCase(result, { scenario, year: 0, lang: 'ja', command }), en: renderCase(result, { scenario, year: 0, lang: 'en', command }) };

const NUMBER = /\d+(?:,\d{3})*(?:\.\d+)?/g;
const numbers = (text: string) => text.match(NUMBER) ?? [];

/**
 * Every text a number of the case may come from, built from the simulation records themselves (not
 * from the case): the outcome records of the year, their notes, the year's metrics, the hazard, the
 * dates of all of them, the scenario's RTOs, cohorts and names, the policy's wording, the command.
 */
function recordTexts(lang: Lang): string[] {
  const calendar = new Calendar(scenario.startDate);
  const date = (hours: number) => {
    const t = calendar.civilAt(hours);
    return [formatDate(t, lang), formatDate({ year: t.year, month: t.month, day: t.day }, lang)];
  };
  const h = (x: number) => formatHours(x, lang);
  const texts: string[] = [command, scenario.startDate, formatFiscalYear(2027, lang), ...date(0), ...date(8760 - 24), String(result.replication), String(result.seed), '1'];
  for (const [metric, value] of Object.entries(result.years[0]!)) texts.push(metric, formatMetric(metric, value, lang));
  const m = scenario.municipality;
  for (const share of Object.values(m.ageShares)) texts.push(formatPersons(Math.round(m.population * share), lang), digits(Math.round(m.population * share)));
  for (const s of resolveVariant(scenario, 'onprem').systems) texts.push(h(s.rtoHours));
  texts.push(h(TOTAL_LOSS_DATA_HOURS), '15', '64', '65', '72'); // cohort bounds, the 72-hour list window
  for (const e of result.hazardEvents) for (const x of Object.values(e.intensityBySite ?? {})) texts.push(String(x), jmaClassLabel(x, lang === 'ja' ? 'ja' : 'en'));
  for (const o of result.outcomes.filter((x) => x.year === 0)) {
    texts.push(...date(o.startHours), ...date(o.endHours), String(result.hazardEvents.find((e) => e.atHours === o.startHours)?.magnitude ?? ''));
    texts.push(formatPersons(o.personsAffected, lang), h(o.criticalDowntimeHours), formatYen(o.costYen, lang), formatPersons(o.residentsWithoutService, lang), formatMetric('residentHoursWithoutService', o.residentHoursWithoutService, lang));
    for (const v of Object.values(o.personsByDataClass)) texts.push(formatPersons(v, lang));
    for (const v of Object.values(o.costBreakdownYen)) texts.push(formatYen(v, lang));
    for (const s of o.systems) {
      texts.push(h(s.downHours), h(s.dataLostHours ?? 0));
      for (const w of s.windows) texts.push(...date(w.fromHours), ...date(w.toHours));
    }
    for (const s of o.services) texts.push(h(s.downHours), formatPersons(s.residentsWithoutService, lang));
    for (const a of o.actions) {
      texts.push(...a.rules, ...a.basis.map((b) => `${b[lang]} ${b.source ?? ''}`));
      for (const d of a.deadlines) texts.push(String(d.days), ...date(o.startHours + 24 * d.days));
    }
    for (const n of o.notes ?? []) {
      texts.push(...date(n.atHours));
      for (const v of Object.values(n.detail)) if (typeof v === 'number') texts.push(String(v), digits(v), digits(v, 1), digits(v, 2), h(v), formatPersons(v, lang));
    }
  }
  return texts;
}

describe('renderCase', () => {
  it.each(['ja', 'en'] as const)('every number in the %s case comes from the records of that replication', (lang) => {
    const allowed = new Set(recordTexts(lang).flatMap(numbers));
    const markdown = rendered[lang].toMarkdown({ figures: 'none' });
    const stray = numbers(markdown).filter((n) => !allowed.has(n));
    expect(stray).toEqual([]);
  });

  it('shows each incident’s persons, hours and yen exactly as its record formats them', () => {
    const md = rendered.ja.markdown;
    for (const o of result.outcomes) {
      expect(md).toContain(formatYen(o.costYen, 'ja'));
      expect(md).toContain(formatPersons(o.personsAffected, 'ja'));
      for (const s of o.systems) expect(md).toContain(`${formatHours(s.downHours, 'ja')}止まりました`);
      for (const s of o.services) expect(md).toContain(`窓口で${formatHours(s.downHours, 'ja')}使えませんでした`);
    }
    const year = result.years[0]!;
    expect(md).toContain(`| 年間費用(運用+インシデント) | ${formatYen(year.costYen!, 'ja')} |`);
    expect(md).toContain(`| インシデント件数 | ${year.incidents} |`);
    expect(md).toContain(`| 名簿を参照できない間の要支援者数 | ${formatPersons(year.evacuationSupportResidentsUncovered!, 'ja')} |`);
  });

  it('dates incidents from the start date with 和暦 beside 西暦, and deadlines from the incident', () => {
    const md = rendered.ja.markdown;
    expect(md).toContain('### 2027年(令和9年)6月12日(土) 03:00(閉庁日) 地震(マグニチュード7.8)');
    expect(md).toContain('### 2028年(令和10年)1月20日(木) 22:00(夜間) ランサムウェア攻撃');
    expect(md).toContain('速報は5日以内(2027年(令和9年)9月19日(日)まで)');
    expect(rendered.en.markdown).toContain('### Sat 12 June 2027 03:00 (town hall closed): Earthquake (magnitude 7.8)');
  });

  it('reads as a tabletop-exercise script: each incident has the same six questions', () => {
    const md = rendered.ja.markdown;
    for (const h of ['何が起きたか', '何が止まり、なぜ止まったか', '誰が影響を受けたか', '復旧に必要だったもの・待ったもの', '超えた対応基準(規則・根拠・期限)', '住民にとっての意味']) {
      expect(md.split(`#### ${h}\n`)).toHaveLength(4);
    }
  });

  it('escapes a town and a system named like HTML, in HTML and in Markdown', () => {
    const input = scriptedTownInput();
    input.name = '<script>alert(1)</script>';
    input.systems[0]!.name = { ja: '<b onmouseover=alert(1)>住民記録</b>', en: '<b>registry</b>' };
    const evil = scriptedTown(input);
    const c = renderCase(scriptedYear(evil), { scenario: evil, year: 0, lang: 'ja' });
    expect(c.html).not.toMatch(/<script|<b[ >]/);
    expect(c.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(c.html).toContain('&lt;b onmouseover=alert(1)&gt;住民記録&lt;/b&gt;');
    expect(c.markdown).not.toMatch(/<script|<b[ >]/);
    expect(c.markdown).toContain('# &lt;script&gt;alert(1)&lt;/script&gt; 仮想事例');
  });

  it('displays itself in Jupyter as Markdown (figure inline) and HTML, and writes a self-contained page', () => {
    const c = rendered.ja;
    const bundle = c[JUPYTER_DISPLAY]();
    expect(Object.keys(bundle)).toEqual(['text/plain', 'text/markdown', 'text/html']);
    expect(bundle['text/plain']).toBe('VirtualCase(例示町, onprem, replication 0, year 0: 3 incidents)');
    expect(bundle['text/markdown']).toContain('](<data:image/svg+xml,%3Csvg');
    expect(bundle['text/html']).toContain('<svg xmlns="http://www.w3.org/2000/svg"');
    expect(c.toHTML()).toBe(c.html);
    expect(c.html.startsWith('<!DOCTYPE html>\n<html lang="ja">')).toBe(true);
    expect(c.html).toContain('<h4>住民にとっての意味</h4>');
    expect(c.toMarkdown()).toBe(c.markdown);
    expect(c.markdown).toContain('![例示町:2027年(令和9年)4月1日(木)からの1年間に止まったシステムとサービス](figures/case-gantt-onprem-r0-y0.svg)');
    expect(c.toMarkdown({ figures: 'none' })).not.toContain('![');
    expect(c.figureFiles()).toEqual([{ path: 'figures/case-gantt-onprem-r0-y0.svg', text: c.figure.toSVG() }]);
  });

  it('tells a year without incidents', () => {
    const quiet = scriptedTown({ events: [] });
    const c = renderCase(scriptedYear(quiet), { scenario: quiet, year: 0, lang: 'en' });
    expect(c.case.incidents).toEqual([]);
    expect(c.markdown).toContain('No incident happened this year.');
  });

  it('tells how the year was picked', () => {
    const selection = { rule: 'worst' as const, by: 'costYen', replication: 0, year: 0, value: result.years[0]!.costYen!, candidates: 1, replications: 1, years: 1 };
    const c = renderCase(result, { scenario, year: 0, lang: 'ja', selection });
    expect(c.markdown).toContain(`この年は、1回の試行×1年のうち「年間費用(運用+インシデント)」が最も大きかった年です(${formatYen(selection.value, 'ja')})。`);
  });

  it.each(['ja', 'en'] as const)('the %s Markdown of the scripted town is pinned', async (lang) => {
    await expect(rendered[lang].markdown).toMatchFileSnapshot(`__snapshots__/scripted-town.${lang}.md`);
  });
});
